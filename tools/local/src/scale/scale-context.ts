import type { Client, QueryResult } from 'pg';

/** What every part of the generator shares: the owner's connection and the validated options as SQL literals. */
export interface ScaleContext {
  q: (sql: string, params?: unknown[]) => Promise<QueryResult>;
  /** `DATE 'YYYY-MM-DD'`: the day the history ends. */
  today: string;
  /** The first day of the history, `years` before today. */
  start: string;
  years: number;
  boards: number;
  /** The last meeting index: one a month over the history, and two scheduled ahead. */
  lastMeeting: number;
}

export function scaleContext(owner: Client, options: { today: string; years: number; boards: number }): ScaleContext {
  const today = `DATE '${options.today}'`;
  return {
    q: (sql, params = []) => owner.query(sql, params),
    today,
    start: `(${today} - INTERVAL '${options.years} years')::date`,
    years: options.years,
    boards: options.boards,
    lastMeeting: options.years * 12 + 2,
  };
}

/**
 * Row-level security binds the schema owner too: rows are written inside the organisation they
 * belong to, exactly as the app would write them.
 */
export function inOrganization(ctx: ScaleContext, organizationId: string): Promise<QueryResult> {
  return ctx.q(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
}

/**
 * Ids are md5 of a readable seed, shaped as version-4 UUIDs (the API's validators accept only
 * those), so the same options always give the same ids. A temporary function: the schema is untouched.
 */
export async function createIdFunction(ctx: ScaleContext): Promise<void> {
  await ctx.q(`CREATE FUNCTION pg_temp.scale_id(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM (SELECT md5('cabinet-scale:' || seed) AS h) AS x $$`);
}

export const SCALE_PASSWORD = 'cabinet scale password';

const fixed = (n: number) => `5ca1e000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The primary service organisation: the manager and the peer member work here. */
export const SERVICE_ID = fixed(1);
export const FUNDER_ID = fixed(2);
/** The funder's grant to the primary service (one grant per grantee: each service has its own). */
export const GRANT_ID = fixed(3);

export interface ScaleHost {
  id: string;
  name: string;
  kind: 'service' | 'community';
  grantId: string;
  manager: { id: string; email: string; displayName: string };
}

/**
 * Boards are spread over four organisations in turn; the peer network also co-owns some of the
 * primary service's boards, as a partner.
 */
export const HOSTS: readonly ScaleHost[] = [
  { id: SERVICE_ID, name: 'Scale Services', kind: 'service', grantId: GRANT_ID, manager: { id: fixed(0xa1), email: 'manager@scale.cabinet.local', displayName: 'Dana (scale manager)' } },
  { id: fixed(4), name: 'Riverside Health', kind: 'service', grantId: fixed(0x13), manager: { id: fixed(0xa2), email: 'manager2@scale.cabinet.local', displayName: 'Lou (Riverside manager)' } },
  { id: fixed(5), name: 'Eastgate Clinics', kind: 'service', grantId: fixed(0x23), manager: { id: fixed(0xa3), email: 'manager3@scale.cabinet.local', displayName: 'Mo (Eastgate manager)' } },
  { id: fixed(6), name: 'Harbour Peer Network', kind: 'community', grantId: fixed(0x33), manager: { id: fixed(0xa4), email: 'manager4@scale.cabinet.local', displayName: 'Ash (peer network coordinator)' } },
];
export const PARTNER = HOSTS[3]!;

export const MEMBER_USER = { id: fixed(0xb1), email: 'member@scale.cabinet.local', displayName: 'Robin (scale member)' };
export const FUNDER_USER = { id: fixed(0xc1), email: 'funder@scale.cabinet.local', displayName: 'Kim (scale funder)' };
/** The peer member sits on the primary service's first boards. */
export const MEMBER_BOARDS = 3;

/** `board i` → its host, as a SQL CASE over the board number. */
export const hostOf = (i: string) => `(ARRAY[${HOSTS.map((h) => `'${h.id}'::uuid`).join(', ')}])[1 + (${i} - 1) % ${HOSTS.length}]`;
export const managerOf = (organizationId: string) => `(CASE ${organizationId} ${HOSTS.map((h) => `WHEN '${h.id}'::uuid THEN '${h.manager.id}'::uuid`).join(' ')} END)`;
