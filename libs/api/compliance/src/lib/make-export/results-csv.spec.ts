import type { ExportContent } from './export-content';
import { csvField, RESULTS_CSV_COLUMNS, resultsCsv } from './results-csv';

const content: ExportContent = {
  boardName: 'Harbour CAB, "North"',
  hostOrganizationId: '00000000-0000-4000-8000-000000000001',
  organizationName: 'Harbour Serviços',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  locale: 'en',
  auditHeadHash: 'a'.repeat(64),
  generatedAt: new Date('2026-05-04T09:30:00Z'),
  packs: [
    {
      name: 'Ryan White Part A',
      version: 2,
      asOf: '2026-05-04T05:00:00.000Z',
      evaluatedAt: '2026-05-04T05:00:01.000Z',
      rules: [
        { ruleKey: 'unaligned-consumers-share', title: 'A third are unaligned consumers', source: { citation: '42 U.S.C. 300ff-12(b)', url: null }, result: 'fail', measured: 31.2, threshold: 33, unit: 'percent', withheld: false, evidence: [] },
        { ruleKey: 'small-share', title: '=HYPERLINK("https://evil.example")', source: { citation: '@import', url: null }, result: 'fail', measured: null, threshold: 33, unit: 'percent', withheld: true, evidence: [] },
      ],
    },
  ],
};

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('Planning Council')).toBe('Planning Council');
    expect(csvField(31.2)).toBe('31.2');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Harbour, North')).toBe('"Harbour, North"');
    expect(csvField('the "big" board')).toBe('"the ""big"" board"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('neutralises a field a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvField('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('resultsCsv', () => {
  const text = resultsCsv(content).toString('utf8');

  it('starts with a byte order mark and ends every line, the last too, with CRLF', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toHaveLength(4);
  });

  // The lines exactly as a spreadsheet reads them: quotes doubled inside quoted fields.
  const lines = text.slice(1).split('\r\n');

  it('writes one row per rule under the column names, with the numbers as measured', () => {
    expect(lines[0]).toBe(RESULTS_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('"Harbour CAB, ""North""",Harbour Serviços,Ryan White Part A,2,2026-01-01,2026-12-31,unaligned-consumers-share,A third are unaligned consumers,fail,31.2,33,percent,false,42 U.S.C. 300ff-12(b)');
  });

  it('leaves a withheld share empty, says so, and never lets a title or citation run as a formula', () => {
    expect(lines[2]).toBe(`"Harbour CAB, ""North""",Harbour Serviços,Ryan White Part A,2,2026-01-01,2026-12-31,small-share,"'=HYPERLINK(""https://evil.example"")",fail,,33,percent,true,'@import`);
  });
});
