import { z } from 'zod';
import type { PackRule, RuleResult } from './rule-kinds';

/**
 * What the API answers about compliance packs and a board's standing against them. Evaluations
 * carry ids for their evidence; the board view adds what a manager needs to recognise each row
 * (a meeting's day and title, a member's listed name), never contact details.
 */

/** A pack as the pack list and editor show it: its latest version's rules. */
export interface CompliancePackView {
  id: string;
  /** Cabinet's own packs (seeded from real funder rules) cannot be edited, only copied. */
  seeded: boolean;
  /** The organisation that composed it, or null for Cabinet's. */
  organizationId: string | null;
  name: string;
  description: string;
  jurisdiction: string | null;
  version: number;
  versionId: string;
  /** The month (1-12) the pack's reporting year starts: 1, or a fiscal year's first month. */
  yearStartMonth: number;
  rules: PackRule[];
  versions: Array<{ id: string; version: number; createdAt: string }>;
  createdAt: string;
}

/** One row an evaluation rests on, with what a manager needs to find it. */
export interface ComplianceEvidenceView {
  type: 'meeting' | 'member' | 'minutes' | 'recommendation' | 'report';
  id: string;
  /** A plain code the screens translate: held, late, counted, missing... */
  note: string;
  /** The row's day (a meeting's start, minutes' meeting, a recommendation's sending), when it has one. */
  on: string | null;
  /** A meeting's or recommendation's title, or a member's listed name (role only when they chose so). */
  label: string;
  /** For minutes and meetings, the meeting the web app links to. */
  meetingId: string | null;
}

export interface ComplianceRuleView {
  ruleKey: string;
  kind: PackRule['kind'];
  title: string;
  source: PackRule['source'];
  result: RuleResult;
  measured: number | null;
  threshold: number;
  unit: 'percent' | 'count' | 'days' | 'members';
  evidence: ComplianceEvidenceView[];
}

/** A pack's verdict for one reporting year, as of a moment. */
export interface CompliancePeriodView {
  from: string;
  to: string;
  asOf: string;
  /** When Cabinet stored it; null for an "as of" evaluation made on request and not stored. */
  evaluatedAt: string | null;
  rules: ComplianceRuleView[];
}

/** A past reporting year's results, for the trend: counts by result. */
export interface ComplianceTrendPoint {
  from: string;
  to: string;
  pass: number;
  fail: number;
  atRisk: number;
  notEnoughData: number;
}

export interface BoardPackComplianceView {
  pack: { id: string; name: string; seeded: boolean; version: number; versionId: string; description: string };
  addedAt: string;
  /** The running reporting year (or the one holding the "as of" day), or null before the first evaluation. */
  current: CompliancePeriodView | null;
  /** Earlier reporting years, newest first (empty for an "as of" view). */
  trend: ComplianceTrendPoint[];
}

export interface BoardComplianceView {
  boardId: string;
  /** The day asked for, or null for the stored, current view. */
  asOf: string | null;
  packs: BoardPackComplianceView[];
}

const day = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });

export const boardComplianceQuerySchema = z.object({ asOf: day.optional() });
export type BoardComplianceQuery = z.infer<typeof boardComplianceQuerySchema>;

export const attachPackSchema = z.strictObject({ packId: z.uuid({ error: 'must be a pack id' }) });
export type AttachPackInput = z.infer<typeof attachPackSchema>;
