import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { emailedToken, signUpOrganization, type TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, CompliancePackView, GrantView, PortfolioView } from '@cabinet/shared/contracts';
import { createBoard, seatId, signedInPeer, type Peer } from '../boards/board-helpers';

/**
 * The page-data routes `npm run bench` loads, each asked once on a small board and once after it
 * grew tenfold (members, meetings with attendance, answered recommendations, boards a person sits
 * on, boards a grant covers). The SQL statements one request sends must not grow with the rows:
 * a query per row is what falls over first under load.
 */

/** Runs SQL as the schema owner in the agency's context (row-level security binds the owner too). */
async function asOwner(ownerUrl: string, organizationId: string, statements: Array<[string, unknown[]]>): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    for (const [sql, params] of statements) await owner.query(sql, params);
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
}

/**
 * `members` more people on the board (the first of them the peer, if given), `meetings` more held
 * meetings with everyone's attendance, `recommendations` more answered recommendations.
 */
function growBoard(organizationId: string, board: BoardDetail, from: number, counts: { members: number; meetings: number; recommendations: number }, peerUserId: string | null): Array<[string, unknown[]]> {
  const seat = seatId(board, 'community');
  const tag = `${board.id}-${from}`;
  return [
    [
      `INSERT INTO board_member (id, organization_id, board_id, seat_type_id, status, display_name, source, user_id)
       SELECT md5($3 || 'member' || j)::uuid, $1, $2, $4, 'active', 'Member ' || j, 'added', CASE WHEN j = 1 THEN $6::uuid END
         FROM generate_series(1, $5::int) AS j`,
      [organizationId, board.id, tag, seat, counts.members, peerUserId],
    ],
    [
      `INSERT INTO meeting (id, organization_id, board_id, title, starts_at, ends_at, time_zone, format, status, online_url)
       SELECT md5($3 || 'meeting' || n)::uuid, $1, $2, 'Meeting ' || n, now() - n * INTERVAL '7 days', now() - n * INTERVAL '7 days' + INTERVAL '2 hours',
              'UTC', 'online', 'held', 'https://meet.example.org/q'
         FROM generate_series(1, $4::int) AS n`,
      [organizationId, board.id, tag, counts.meetings],
    ],
    [
      // Everyone on the board attended every held meeting, the older ones included.
      `INSERT INTO meeting_attendance (meeting_id, member_id, organization_id, board_id, status, recorded_at)
       SELECT mt.id, m.id, $1, $2, 'present', mt.starts_at FROM meeting mt JOIN board_member m ON m.board_id = mt.board_id
        WHERE mt.board_id = $2 AND mt.status = 'held'
       ON CONFLICT DO NOTHING`,
      [organizationId, board.id],
    ],
    [
      `INSERT INTO recommendation (id, organization_id, board_id, title, body, status, source, addressed_organization_id, sent_at, response_due_on, created_at)
       SELECT md5($3 || 'rec' || n)::uuid, $1, $2, 'Recommendation ' || n, 'What the board recommends.', 'responded', 'direct', $1,
              now() - n * INTERVAL '40 days', (now() - n * INTERVAL '40 days' + INTERVAL '60 days')::date, now() - n * INTERVAL '40 days'
         FROM generate_series(1, $4::int) AS n`,
      [organizationId, board.id, tag, counts.recommendations],
    ],
    [
      `INSERT INTO recommendation_response (organization_id, board_id, recommendation_id, round, decision, responded_at)
       SELECT $1, $2, md5($3 || 'rec' || n)::uuid, 1, 'accepted', now() - n * INTERVAL '40 days' + INTERVAL '30 days' FROM generate_series(1, $4::int) AS n`,
      [organizationId, board.id, tag, counts.recommendations],
    ],
  ];
}

describe('statements per page-data request', () => {
  const stack = useTestStack();
  let agency: TestOrganization;
  let smallFunder: TestOrganization;
  let largeFunder: TestOrganization;
  let peer: Peer;
  let boards: BoardDetail[];
  let meetingId: string;

  /** Counts the statements the API's own DataSource sends to Postgres for one GET (BEGIN, context and COMMIT included). */
  async function statementsOf(client: TestClient, url: string): Promise<number> {
    const dataSource = stack.api.get(DataSource);
    // The first request may refresh the session's last-seen time (once per 30 s): not the page's cost.
    expect((await client.get(url)).status).toBe(200);
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (...args) => {
      count += 1;
      return original(...args);
    };
    try {
      const response = await client.get(url);
      expect(response.status).toBe(200);
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  async function grantCovering(funder: TestOrganization, covered: BoardDetail[]): Promise<void> {
    const granteeEmail = `grants-${randomUUID()}@example.org`;
    const ryanWhite = (await funder.client.get<CompliancePackView[]>('/api/compliance/packs')).body.find((pack) => pack.seeded && /Ryan White/.test(pack.name))!;
    expect((await funder.client.post<GrantView>('/api/grants', { title: 'Community voice', granteeEmail, startsOn: '2027-01-01', packIds: [ryanWhite.id] })).status).toBe(201);
    const token = await emailedToken(granteeEmail, '/grants/accept');
    expect((await agency.client.post('/api/grants/accept', { token, boardIds: covered.map((b) => b.id) })).status).toBe(200);
  }

  /** Evaluation runs in the worker after a grant is accepted: wait until every covered board has results. */
  async function portfolioSettled(funder: TestOrganization, boardCount: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const view = (await funder.client.get<PortfolioView>('/api/portfolio')).body;
      if (view.boards.length === boardCount && view.boards.every((b) => b.packs.every((p) => p.rules.length > 0))) return;
      if (Date.now() > deadline) throw new Error(`The portfolio never settled: ${JSON.stringify(view)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const routes = () => ({
    "member's home": (): Promise<number> => statementsOf(peer.client, '/api/boards'),
    'board page': () => statementsOf(agency.client, `/api/boards/${boards[0]!.id}`),
    'meeting page': () => statementsOf(peer.client, `/api/boards/${boards[0]!.id}/meetings/${meetingId}`),
    'recommendations board': () => statementsOf(agency.client, `/api/boards/${boards[0]!.id}/recommendations`),
  });

  beforeAll(async () => {
    agency = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    smallFunder = await signUpOrganization(stack.api, { name: 'Small Fund', kind: 'funder' });
    largeFunder = await signUpOrganization(stack.api, { name: 'Large Fund', kind: 'funder' });
    peer = await signedInPeer(stack.api, agency);
    boards = [];
    for (let i = 0; i < 10; i++) boards.push(await createBoard(agency, { name: `Board ${i}` }));
    // Small: the peer on one board of 3 people, 2 held meetings, 2 answered recommendations.
    await asOwner(stack.database.ownerUrl, agency.organizationId, growBoard(agency.organizationId, boards[0]!, 0, { members: 3, meetings: 2, recommendations: 2 }, peer.userId));
    meetingId = (await peer.client.get<Array<{ id: string }>>(`/api/boards/${boards[0]!.id}/meetings`)).body[0]!.id;
    await grantCovering(smallFunder, boards.slice(0, 1));
    await grantCovering(largeFunder, boards);
    await portfolioSettled(smallFunder, 1);
    await portfolioSettled(largeFunder, 10);
  }, 120_000);

  it('sends as many statements for a board ten times the size, and for ten boards as for one', async () => {
    const small: Record<string, number> = {};
    for (const [name, count] of Object.entries(routes())) small[name] = await count();
    small["funder's portfolio"] = await statementsOf(smallFunder.client, '/api/portfolio');

    // Tenfold: 30 people, 20 meetings everyone attended, 20 recommendations; the peer on all 10 boards.
    const grow: Array<[string, unknown[]]> = growBoard(agency.organizationId, boards[0]!, 1, { members: 27, meetings: 18, recommendations: 18 }, null);
    for (const board of boards.slice(1)) grow.push(...growBoard(agency.organizationId, board, 0, { members: 3, meetings: 1, recommendations: 1 }, peer.userId));
    await asOwner(stack.database.ownerUrl, agency.organizationId, grow);
    const large: Record<string, number> = {};
    for (const [name, count] of Object.entries(routes())) large[name] = await count();
    large["funder's portfolio"] = await statementsOf(largeFunder.client, '/api/portfolio');

    // The counter saw the requests, and the rows really grew: else equal counts would prove nothing.
    expect(Object.values(small).every((n) => n > 0)).toBe(true);
    expect((await peer.client.get<unknown[]>('/api/boards')).body).toHaveLength(10);
    expect((await agency.client.get<{ recommendations: unknown[] }>(`/api/boards/${boards[0]!.id}/recommendations`)).body.recommendations).toHaveLength(20);
    expect(large).toEqual(small);
  }, 60_000);
});
