import { rulePackSchema } from '@cabinet/shared/contracts';
import { HRSA_HEALTH_CENTER_BOARD_PACK, MASSACHUSETTS_PFAC_PACK, NYC_DRUG_USE_CAB_PACK, RYAN_WHITE_PART_A_PACK, SEEDED_PACKS } from './index';

/** Phrases from the items compliance-sources.md marks unverified: none may be shipped as a rule. */
const UNVERIFIED = [/open meeting/i, /public minutes/i, /syringe/i, /users advisory board/i, /AIDS Institute/i];

const textOf = (pack: (typeof SEEDED_PACKS)[number]) => [pack.name, pack.description, ...pack.rules.flatMap((rule) => [rule.title, rule.source.citation])].join('\n');

describe('seeded rule packs', () => {
  it.each(SEEDED_PACKS.map((pack) => [pack.key, pack] as const))('%s is a valid rule pack', (_key, pack) => {
    const parsed = rulePackSchema.safeParse(pack);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('gives every pack its own key, in the same form as rule keys', () => {
    const keys = SEEDED_PACKS.map((pack) => pack.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$/);
  });

  it('numbers every version as a positive whole number', () => {
    for (const pack of SEEDED_PACKS) expect(Number.isInteger(pack.version) && pack.version >= 1).toBe(true);
  });

  it('names a jurisdiction as an ISO 3166 code', () => {
    for (const pack of SEEDED_PACKS) expect(pack.jurisdiction).toMatch(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/);
  });

  it('cites a source for every rule, with a secure web address when it gives one', () => {
    for (const rule of SEEDED_PACKS.flatMap((pack) => pack.rules)) {
      expect(rule.source.citation.trim().length).toBeGreaterThanOrEqual(3);
      if (rule.source.url !== null) expect(rule.source.url).toMatch(/^https:\/\//);
    }
  });

  it('says in each description what Cabinet does not check', () => {
    for (const pack of SEEDED_PACKS) expect(pack.description).toMatch(/Not checked by Cabinet: /);
  });

  it('ships nothing the sources mark unverified', () => {
    for (const pack of SEEDED_PACKS) for (const phrase of UNVERIFIED) expect({ pack: pack.key, found: phrase.test(textOf(pack)) }).toEqual({ pack: pack.key, found: false });
    // Ryan White's open meetings and public minutes are unverified: no minutes rule may appear there.
    expect(RYAN_WHITE_PART_A_PACK.rules.filter((rule) => rule.kind.startsWith('minutes_'))).toEqual([]);
  });

  it('encodes the thresholds the sources give', () => {
    const params = (pack: (typeof SEEDED_PACKS)[number], key: string) => pack.rules.find((rule) => rule.key === key)?.params;
    expect(params(RYAN_WHITE_PART_A_PACK, 'unaligned-consumers-share')).toEqual({ group: { by: 'tag', tags: ['unaligned_consumer'] }, minPercent: 33, over: 'voting_members' });
    expect(params(HRSA_HEALTH_CENTER_BOARD_PACK, 'board-size')).toEqual({ min: 9, max: 25 });
    expect(params(MASSACHUSETTS_PFAC_PACK, 'annual-report-by-october')).toEqual({ report: 'annual', month: 10, day: 1 });
    expect(params(NYC_DRUG_USE_CAB_PACK, 'six-meetings-a-fiscal-year')).toEqual({ min: 6, period: { per: 'fiscal_year', startMonth: 7 } });
  });

  it('leaves out the minutes-sent rule the Massachusetts regulation gives no deadline for', () => {
    expect(MASSACHUSETTS_PFAC_PACK.rules.some((rule) => rule.kind === 'minutes_within')).toBe(false);
  });
});
