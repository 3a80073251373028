import type { PdfBlock } from '@cabinet/api/meetings';
import { evidencePacket } from './evidence-packet';
import type { ExportContent, ExportRule } from './export-content';
import { exportFile, fileSlug } from './export-file';

const HASH = 'c0ffee'.padEnd(64, '0');
const share: ExportRule = {
  ruleKey: 'unaligned-consumers-share',
  title: 'A third of voting members are unaligned consumers',
  source: { citation: '42 U.S.C. 300ff-12(b)', url: 'https://example.org/300ff-12' },
  result: 'fail',
  measured: 31.2,
  threshold: 33,
  unit: 'percent',
  withheld: false,
  evidence: [
    { type: 'member', id: 'm1', note: 'counted', on: null, label: 'Alex', meetingId: null },
    { type: 'meeting', id: 'g1', note: 'held', on: '2026-03-02', label: 'Spring meeting', meetingId: 'g1' },
  ],
};
const content: ExportContent = {
  boardName: 'Harbour CAB',
  hostOrganizationId: '00000000-0000-4000-8000-000000000001',
  organizationName: 'Harbour Services',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  locale: 'en',
  auditHeadHash: HASH,
  generatedAt: new Date('2026-05-04T09:30:12Z'),
  packs: [{ name: 'Ryan White Part A', version: 1, asOf: '2026-05-04T05:00:00.000Z', evaluatedAt: '2026-05-04T05:00:01.000Z', rules: [share] }],
};

const texts = (blocks: PdfBlock[]) => blocks.flatMap((block) => ('items' in block ? block.items : [block.text]));

describe('evidencePacket', () => {
  it('names the board, its organisation and the year, then each pack with when it was judged', () => {
    const { title, lang, blocks } = evidencePacket(content);
    expect(lang).toBe('en');
    expect(title).toBe('Compliance evidence packet: Harbour CAB, 2026-01-01 – 2026-12-31');
    expect(texts(blocks).slice(0, 6)).toEqual([
      'Compliance evidence packet',
      'Board: Harbour CAB',
      'Organisation: Harbour Services',
      'Reporting year: 2026-01-01 – 2026-12-31',
      'Ryan White Part A (version 1)',
      'As of: 2026-05-04 05:00 UTC · Evaluated: 2026-05-04 05:00 UTC',
    ]);
  });

  it('prints each rule with its result, measure, source and records (day, label, note)', () => {
    const lines = texts(evidencePacket(content).blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'A third of voting members are unaligned consumers: Not met',
        'Measured: 31.2% · Needs: 33%',
        'Source: 42 U.S.C. 300ff-12(b) (https://example.org/300ff-12)',
        'Alex · counted',
        '2026-03-02 · Spring meeting · held',
      ]),
    );
  });

  it('ends with the audit chain head alone on its line, and when the packet was made', () => {
    const lines = texts(evidencePacket(content).blocks);
    expect(lines.slice(-4, -2)).toEqual(['Audit chain head', HASH]);
    expect(lines.at(-1)).toBe('Made: 2026-05-04 09:30 UTC');
  });

  it('says a share was withheld instead of printing it, and that there are no records', () => {
    const lines = texts(evidencePacket({ ...content, packs: [{ ...content.packs[0]!, rules: [{ ...share, measured: null, withheld: true, evidence: [] }] }] }).blocks);
    expect(lines).toContain('Measured: withheld: it would show fewer than 5 people with an attribute · Needs: 33%');
    expect(lines).toContain('No records listed.');
  });

  it('writes the fixed words and numbers in the reader’s language', () => {
    const lines = texts(evidencePacket({ ...content, locale: 'pt' }).blocks);
    expect(lines).toEqual(expect.arrayContaining(['Conselho: Harbour CAB', 'A third of voting members are unaligned consumers: Não cumprida', 'Medido: 31,2% · Exige: 33%', 'Alex · contado']));
    expect(texts(evidencePacket({ ...content, locale: 'es' }).blocks)).toContain('Cabeza de la cadena de auditoría');
  });

  it('says when the year has no stored results', () => {
    expect(texts(evidencePacket({ ...content, packs: [] }).blocks)).toContain('No stored results for this reporting year.');
  });
});

describe('exportFile', () => {
  it('names the file after the board and year, in plain ASCII', async () => {
    expect(fileSlug('Harbour CAB')).toBe('harbour-cab');
    expect(fileSlug('Conselho de Saúde — Região Norte!')).toBe('conselho-de-saude-regiao-norte');
    expect(fileSlug('😀')).toBe('board');
    const pdf = await exportFile('evidence_pdf', content);
    expect(pdf).toMatchObject({ fileName: 'harbour-cab-2026-evidence.pdf', contentType: 'application/pdf' });
    expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = await exportFile('results_csv', { ...content, periodFrom: '2025-07-01', periodTo: '2026-06-30' });
    expect(csv).toMatchObject({ fileName: 'harbour-cab-2025-2026-results.csv', contentType: 'text/csv; charset=utf-8' });
  });
});
