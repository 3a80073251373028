import type { PackRule, RuleKind, RuleParams, RuleSource } from '@cabinet/shared/contracts';

/**
 * A rule pack Cabinet ships, encoding a funder's or regulator's real requirements. Seeded packs are
 * data: a new reading of the source makes a new `version`, never an edit of a published one, so past
 * evaluations keep the rules they were judged by. What the rule kinds cannot express is named in the
 * description ("not checked by Cabinet: ...") rather than approximated.
 */
export interface SeededPack {
  /** Stable across versions; lowercase letters, digits and dashes. */
  key: string;
  /** 1, 2, ...: bumped whenever any rule, parameter or citation changes. */
  version: number;
  name: string;
  description: string;
  /** ISO 3166 code of the place whose authority set the rules (US for federal funders, US-MA, US-NY). */
  jurisdiction: string;
  rules: PackRule[];
}

/** One rule of a seeded pack, its parameters checked against its kind at compile time. */
export function seededRule<K extends RuleKind>(key: string, kind: K, title: string, params: RuleParams<K>, source: RuleSource): PackRule {
  return { key, kind, title, params: params as Record<string, unknown>, source };
}
