import type { PdfBlock, PdfContent } from '@cabinet/api/meetings';
import type { ExportContent, ExportPack, ExportRule } from './export-content';
import { EXPORT_TEXT, type ExportText } from './export-text';

/**
 * The evidence packet: the board, its organisation and the reporting year; each pack with each
 * rule's result, what was measured against what it needs, its source and the records it rests
 * on (day, label, note); then the audit chain's head hash and when the packet was made. Numbers
 * are written as the screens write them in the reader's language; days and times stay ISO, which
 * reads the same in every language.
 */
export function evidencePacket(content: ExportContent): PdfContent {
  const text = EXPORT_TEXT[content.locale];
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: text.title },
    { kind: 'meta', text: `${text.board}: ${content.boardName}` },
    { kind: 'meta', text: `${text.organization}: ${content.organizationName}` },
    { kind: 'meta', text: `${text.period}: ${content.periodFrom} – ${content.periodTo}` },
  ];
  if (content.packs.length === 0) blocks.push({ kind: 'paragraph', text: text.noResults });
  for (const pack of content.packs) blocks.push(...packBlocks(pack, text, content.locale));
  blocks.push(
    { kind: 'subheading', text: text.auditHead },
    // Alone on its line, so it prints (and copies) unbroken.
    { kind: 'paragraph', text: content.auditHeadHash },
    { kind: 'meta', text: text.auditHeadHint },
    { kind: 'meta', text: `${text.generated}: ${moment(content.generatedAt.toISOString())}` },
  );
  return { title: `${text.title}: ${content.boardName}, ${content.periodFrom} – ${content.periodTo}`, lang: content.locale, blocks };
}

function packBlocks(pack: ExportPack, text: ExportText, locale: string): PdfBlock[] {
  const when = [pack.asOf ? `${text.asOf}: ${moment(pack.asOf)}` : null, pack.evaluatedAt ? `${text.evaluated}: ${moment(pack.evaluatedAt)}` : null].filter((part) => part !== null);
  const blocks: PdfBlock[] = [{ kind: 'subheading', text: `${pack.name} (${text.version} ${pack.version})` }];
  if (when.length) blocks.push({ kind: 'meta', text: when.join(' · ') });
  for (const rule of pack.rules) blocks.push(...ruleBlocks(rule, text, locale));
  return blocks;
}

function ruleBlocks(rule: ExportRule, text: ExportText, locale: string): PdfBlock[] {
  const source = rule.source.url ? `${rule.source.citation} (${rule.source.url})` : rule.source.citation;
  const evidence = rule.evidence.map((link) => [link.on, link.label || null, text.notes[link.note] ?? link.note.replace(/_/g, ' ')].filter((part) => !!part).join(' · '));
  return [
    { kind: 'paragraph', text: `${rule.title}: ${text.results[rule.result]}` },
    { kind: 'meta', text: `${text.measured}: ${measuredText(rule, text, locale)} · ${text.threshold}: ${amount(rule.threshold, rule.unit, text, locale)}` },
    { kind: 'meta', text: `${text.source}: ${source}` },
    ...(evidence.length ? [{ kind: 'meta' as const, text: `${text.evidence}:` }, { kind: 'list' as const, items: evidence }] : [{ kind: 'meta' as const, text: text.noEvidence }]),
  ];
}

function measuredText(rule: ExportRule, text: ExportText, locale: string): string {
  if (rule.withheld) return text.withheld;
  return rule.measured === null ? text.nothingMeasured : amount(rule.measured, rule.unit, text, locale);
}

/** Percents as the locale writes them (measured to one decimal, so none is rounded), other amounts with their unit. */
export function amount(value: number, unit: ExportRule['unit'], text: ExportText, locale: string): string {
  // Plain spaces: some locales group digits or space a percent sign with characters the PDF font lacks.
  const plain = (formatted: string) => formatted.replace(/\s/g, ' ');
  if (unit === 'percent') return plain(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100));
  const number = plain(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value));
  return unit === 'days' || unit === 'members' ? `${number} ${text.units[unit]}` : number;
}

/** "2026-05-04 09:30 UTC": to the minute, in UTC, which the packet says. */
function moment(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
