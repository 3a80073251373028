import { z } from 'zod';
import type { ComplianceRuleView, ComplianceTrendPoint } from './compliance-views';

/**
 * Grants: a funder records a grant to a service organisation and the compliance packs that apply.
 * The service organisation accepts it through a link, choosing which of its boards it covers;
 * only then does the funder see those boards' results (never personal data beyond pseudonyms and
 * seats, never a share of people with an attribute that would single them out: see singlesPeopleOut).
 */
export const GRANT_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];


export interface GrantView {
  id: string;
  title: string;
  reference: string | null;
  status: GrantStatus;
  startsOn: string;
  endsOn: string | null;
  /** What the funder wrote about the boards the grant pays for, as named in the application. */
  boardsNote: string;
  funder: { id: string; name: string };
  /** The service organisation, once it accepted. */
  grantee: { id: string; name: string } | null;
  /** The address the link went to (the funder's view only; null for the grantee). */
  invitedEmail: string | null;
  packs: Array<{ id: string; name: string; version: number }>;
  boards: Array<{ id: string; name: string }>;
  createdAt: string;
  decidedAt: string | null;
}

/** What the link shows a service organisation's admin before they accept or decline. */
export interface GrantPreview {
  title: string;
  reference: string | null;
  funderName: string;
  startsOn: string;
  endsOn: string | null;
  boardsNote: string;
  status: GrantStatus;
  packs: Array<{ id: string; name: string; description: string; rules: Array<{ key: string; title: string }> }>;
  /** The asking organisation's own boards it may name (those it hosts). */
  boards: Array<{ id: string; name: string }>;
}

const day = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'must be the code from the link' });

export const createGrantSchema = z
  .strictObject({
    title: z.string().trim().min(3, { error: 'must be at least 3 characters' }).max(200, { error: 'must be at most 200 characters' }),
    reference: z.string().trim().max(100, { error: 'must be at most 100 characters' }).nullable().optional(),
    granteeEmail: z.email({ error: 'must be an email address' }).max(254),
    startsOn: day,
    endsOn: day.nullable().optional(),
    boardsNote: z.string().trim().max(500, { error: 'must be at most 500 characters' }).default(''),
    packIds: z.array(z.uuid({ error: 'must be a pack id' })).min(1, { error: 'must name at least one pack' }).max(10, { error: 'must name at most 10 packs' }),
  })
  .refine((grant) => !grant.endsOn || grant.endsOn >= grant.startsOn, { error: 'must not be before the start', path: ['endsOn'] });
export type CreateGrantInput = z.infer<typeof createGrantSchema>;

export const grantTokenSchema = z.strictObject({ token });
export const acceptGrantSchema = z.strictObject({
  token,
  boardIds: z.array(z.uuid({ error: 'must be a board id' })).min(1, { error: 'must name at least one board' }).max(50, { error: 'must name at most 50 boards' }),
});
export type AcceptGrantInput = z.infer<typeof acceptGrantSchema>;

/**
 * One rule's verdict as a funder sees it: a share of people with an attribute under 5 is withheld,
 * and so is who has the attribute. Evidence is listed on the board's drill-down only (empty on
 * the portfolio), with members as their listed name and seat.
 */
export type PortfolioRuleView = ComplianceRuleView & {
  /** The measured value was withheld: it would reveal a count of people with an attribute under 5. */
  withheld: boolean;
};

export interface PortfolioPackView {
  packId: string;
  packName: string;
  version: number;
  period: { from: string; to: string; evaluatedAt: string } | null;
  rules: PortfolioRuleView[];
  trend: ComplianceTrendPoint[];
}

/** One covered board in a funder's portfolio, with its status per rule of each pack of the grant. */
export interface PortfolioBoardView {
  boardId: string;
  boardName: string;
  organizationName: string;
  grantId: string;
  grantTitle: string;
  packs: PortfolioPackView[];
  /** Rules by result across the board's packs, for the dashboard's summary. */
  counts: { pass: number; fail: number; atRisk: number; notEnoughData: number };
}

export interface PortfolioView {
  boards: PortfolioBoardView[];
}

/**
 * A covered board's audit trail as its funder reads it: what happened and when, about the board,
 * in each organisation that runs it (ids and actions only: the trail never holds names), and
 * whether each organisation's chain still verifies, with its head hash.
 */
export interface PortfolioAuditView {
  boardId: string;
  entries: Array<{ organizationName: string; seq: string; occurredAt: string; action: string; entityType: string | null }>;
  chains: Array<{ organizationName: string; valid: boolean; entriesChecked: number; headHash: string }>;
}
