import type { PdfBlock, PdfContent } from '@cabinet/api/meetings';
import type { Locale } from '@cabinet/shared/contracts';
import type { BoardFacts, Day } from '../facts/board-facts';
import type { EvaluationPeriod } from '../facts/evaluation';
import {
  meetingsSummary,
  membershipSummary,
  recommendationsSummary,
  reportDays,
  type MembershipSummary,
  type ReportPerson,
  type ReportSeat,
  type ReportTarget,
  type TargetShare,
} from './annual-report-summary';
import { ANNUAL_REPORT_TEXT, type AnnualReportText, fill } from './annual-report-text';
import { amount } from './evidence-packet';
import type { ExportRule } from './export-content';
import { EXPORT_TEXT, type ExportText } from './export-text';

/** One pack's stored results for its reporting year that ends in the report's year, as a public report may print them. */
export interface AnnualPackResult {
  name: string;
  version: number;
  from: Day;
  to: Day;
  rules: Array<Pick<ExportRule, 'title' | 'result' | 'measured' | 'threshold' | 'unit' | 'withheld'>>;
}

/** Everything the annual report prints: the board's facts as of the year's end (or now), and the few names they point at. */
export interface AnnualReportInput {
  year: number;
  locale: Locale;
  generatedAt: Date;
  auditHeadHash: string;
  board: { name: string; purpose: string; hostName: string; partnerNames: string[] };
  seats: ReportSeat[];
  people: ReportPerson[];
  targets: ReportTarget[];
  /** Titles of the recommendations the facts name, by id. */
  recommendationTitles: ReadonlyMap<string, string>;
  facts: BoardFacts;
  packs: AnnualPackResult[];
}

interface Words {
  text: AnnualReportText;
  /** The evidence packet's words, for results, amounts and units. */
  packet: ExportText;
  locale: Locale;
}

/**
 * A board's annual report, in the shape the Massachusetts PFAC regulation asks for (105 CMR
 * 130.1801: made public every year): the board and who runs it; the meetings held, attendance,
 * quorum and minutes; its members by seat and against its composition targets; each
 * recommendation sent and what became of it; the stored compliance results; then when it was
 * made and the audit chain's head. The report is public, so nobody is named beyond the chair and
 * co-chairs as the board lists them, and a share of people with an attribute held by fewer than
 * 5 is not printed. Days stay ISO, as in the evidence packet; numbers follow the reader's language.
 */
export function annualReport(input: AnnualReportInput): PdfContent {
  const words: Words = { text: ANNUAL_REPORT_TEXT[input.locale], packet: EXPORT_TEXT[input.locale], locale: input.locale };
  const { text } = words;
  const { period, day } = reportDays(input.year, input.facts.asOf);
  const title = `${fill(text.title, { year: input.year })}: ${input.board.name}`;
  const membership = membershipSummary(input.facts, input.people, input.seats, input.targets, period, day);
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: title },
    { kind: 'paragraph', text: fill(text.covers, { year: input.year, day }) },
    ...(day < period.to ? [{ kind: 'meta' as const, text: fill(text.soFar, { day }) }] : []),
    ...aboutBlocks(input.board, membership, day, words),
    ...meetingBlocks(input.facts, period, words),
    ...membershipBlocks(membership, day, words),
    ...recommendationBlocks(input, period, words),
    ...complianceBlocks(input.packs, words),
    { kind: 'subheading', text: text.auditHead },
    // Alone on its line, so it prints (and copies) unbroken.
    { kind: 'paragraph', text: input.auditHeadHash },
    { kind: 'meta', text: text.auditHeadHint },
    { kind: 'meta', text: fill(text.generated, { day: input.generatedAt.toISOString().slice(0, 10) }) },
  ];
  return { title, lang: input.locale, blocks };
}

function aboutBlocks(board: AnnualReportInput['board'], { officers, voting }: MembershipSummary, day: Day, { text }: Words): PdfBlock[] {
  const chairs = (['chair', 'co_chair'] as const).flatMap((role) => {
    const names = officers.filter((one) => one.role === role).map((one) => one.listedAs);
    return names.length ? [`${text.roles[role]}: ${names.join(', ')}`] : [];
  });
  return [
    { kind: 'subheading', text: text.about },
    { kind: 'paragraph', text: `${text.board}: ${board.name}` },
    { kind: 'paragraph', text: `${text.host}: ${board.hostName}` },
    ...(board.partnerNames.length ? [{ kind: 'paragraph' as const, text: `${text.partners}: ${board.partnerNames.join(', ')}` }] : []),
    { kind: 'paragraph', text: board.purpose.trim() ? `${text.purpose}: ${board.purpose.trim()}` : text.noPurpose },
    ...(chairs.length ? chairs.map((line): PdfBlock => ({ kind: 'paragraph', text: line })) : [{ kind: 'paragraph' as const, text: text.noChair }]),
    { kind: 'paragraph', text: `${fill(text.votingAt, { day })}: ${voting}` },
  ];
}

function meetingBlocks(facts: BoardFacts, period: EvaluationPeriod, words: Words): PdfBlock[] {
  const { text } = words;
  const summary = meetingsSummary(facts, period);
  const held = summary.heldOn.length;
  const blocks: PdfBlock[] = [{ kind: 'subheading', text: text.meetings }, { kind: 'paragraph', text: `${text.held}: ${held}` }, { kind: 'list', items: summary.heldOn }];
  blocks.push({ kind: 'paragraph', text: `${text.cancelled}: ${summary.cancelledOn.length}` }, { kind: 'list', items: summary.cancelledOn });
  if (summary.attendance === null) blocks.push({ kind: 'paragraph', text: text.noAttendance });
  else {
    blocks.push(
      { kind: 'paragraph', text: fill(text.attendance, { share: percent(summary.attendance, words), count: summary.withAttendance }) },
      { kind: 'paragraph', text: fill(text.quorum, { reached: summary.quorumReached, known: summary.withAttendance }) },
    );
  }
  blocks.push(
    { kind: 'paragraph', text: withAverage(fill(text.minutesApproved, { count: summary.minutesApproved, held }), summary.daysToApprove, words) },
    { kind: 'paragraph', text: withAverage(fill(text.minutesPublished, { count: summary.minutesPublished, held }), summary.daysToPublish, words) },
  );
  return blocks;
}

function membershipBlocks(summary: MembershipSummary, day: Day, words: Words): PdfBlock[] {
  const { text } = words;
  return [
    { kind: 'subheading', text: text.membership },
    { kind: 'paragraph', text: `${fill(text.bySeat, { day })}:` },
    { kind: 'list', items: summary.bySeat.map((seat) => `${seat.name}: ${seat.count}`) },
    ...(summary.targets.length
      ? [{ kind: 'paragraph' as const, text: `${fill(text.targets, { day })}:` }, { kind: 'list' as const, items: summary.targets.map((target) => targetLine(target, words)) }]
      : [{ kind: 'paragraph' as const, text: text.noTargets }]),
    { kind: 'paragraph', text: `${text.joined}: ${summary.joined}` },
    { kind: 'paragraph', text: `${text.left}: ${summary.left}` },
    { kind: 'paragraph', text: `${text.onboarded}: ${summary.onboarded}` },
  ];
}

function targetLine(target: TargetShare, words: Words): string {
  const { text } = words;
  const share = target.withheld ? text.withheld : target.percent === null ? text.noVoting : `${percent(target.percent, words)} · ${target.meets ? text.met : text.notMet}`;
  return fill(text.targetLine, { label: target.label, share, target: percent(target.minPercent, words) });
}

function recommendationBlocks(input: AnnualReportInput, period: EvaluationPeriod, words: Words): PdfBlock[] {
  const { text } = words;
  const summary = recommendationsSummary(input.facts, input.recommendationTitles, period);
  const sent = summary.lines.length;
  if (sent === 0) return [{ kind: 'subheading', text: text.recommendations }, { kind: 'paragraph', text: text.noRecommendations }];
  const items = summary.lines.map((line) =>
    [
      `${line.title} (${fill(text.sentOn, { day: line.sentOn })})`,
      text.answers[line.answer],
      line.answeredOn ? fill(text.answeredOn, { day: line.answeredOn }) : null,
      line.implemented ? text.implemented : null,
    ]
      .filter((part) => part !== null)
      .join(' · '),
  );
  const totals = (['accepted', 'partly_accepted', 'declined', 'awaiting'] as const).map((answer) => `${text.answers[answer]}: ${summary.totals[answer]}`).join(' · ');
  return [
    { kind: 'subheading', text: text.recommendations },
    { kind: 'paragraph', text: `${text.sent}: ${sent}` },
    { kind: 'list', items },
    { kind: 'paragraph', text: totals },
    { kind: 'paragraph', text: `${text.implementedCount}: ${summary.implemented}` },
    { kind: 'paragraph', text: fill(text.onTime, { onTime: summary.onTime, sent }) },
  ];
}

function complianceBlocks(packs: readonly AnnualPackResult[], { text, packet, locale }: Words): PdfBlock[] {
  const blocks: PdfBlock[] = [{ kind: 'subheading', text: text.compliance }];
  if (packs.length === 0) blocks.push({ kind: 'paragraph', text: text.noResults });
  for (const pack of packs) {
    const items = pack.rules.map((rule) => {
      const measured = rule.withheld ? packet.withheld : rule.measured === null ? packet.nothingMeasured : amount(rule.measured, rule.unit, packet, locale);
      return `${rule.title}: ${packet.results[rule.result]} · ${packet.measured}: ${measured} · ${packet.threshold}: ${amount(rule.threshold, rule.unit, packet, locale)}`;
    });
    blocks.push(
      { kind: 'paragraph', text: `${pack.name} (${packet.version} ${pack.version})` },
      { kind: 'meta', text: fill(text.packYear, { from: pack.from, to: pack.to }) },
      { kind: 'list', items },
    );
  }
  return blocks;
}

function percent(value: number, { packet, locale }: Words): string {
  return amount(value, 'percent', packet, locale);
}

function withAverage(line: string, days: number | null, { text, packet, locale }: Words): string {
  return days === null ? line : `${line}, ${fill(text.averageAfter, { days: amount(days, 'days', packet, locale) })}`;
}
