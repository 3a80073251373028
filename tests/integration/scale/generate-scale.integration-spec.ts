import { Client } from 'pg';
import { createTestDatabase, TestClient, testServiceUrls, useTestStack, type TestDatabase } from '@cabinet/api/testing';
import type { BoardDetail, BoardRecommendationsView, MeetingDetail, MeetingSummary, PortfolioView, RecommendationDetail, SessionView } from '@cabinet/shared/contracts';
// The generator is a local tool (tools/local, an app without an import path), tested here against the real API.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { generateScale, SCALE_PASSWORD, SCALE_TABLES, ScaleDataExists, type ScaleData, type ScaleOptions } from '../../../tools/local/src/scale/generate-scale';

const OPTIONS: Omit<ScaleOptions, 'auditHmacKey'> = { boards: 6, years: 2, today: new Date().toISOString().slice(0, 10) };

async function generateInto(database: TestDatabase, auditHmacKey: string): Promise<ScaleData> {
  const owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  try {
    return await generateScale(owner, { ...OPTIONS, auditHmacKey });
  } finally {
    await owner.end();
  }
}

/** Reads every organisation's rows (a superuser passes row-level security): the database's truth to compare pages with. */
async function asAdmin<T>(database: TestDatabase, work: (admin: Client) => Promise<T>): Promise<T> {
  const url = new URL(testServiceUrls().adminUrl);
  url.pathname = `/${database.name}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** One hash per table over all its rows in a fixed order: equal fingerprints, equal rows. */
function fingerprints(database: TestDatabase): Promise<Record<string, string>> {
  return asAdmin(database, async (admin) => {
    const prints: Record<string, string> = {};
    for (const table of SCALE_TABLES) {
      // Password hashes are salted at random (same password, new salt): the one column left out.
      const { rows } = await admin.query(`SELECT count(*) || ':' || md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS print FROM (SELECT (to_jsonb(t) - 'password_hash')::text AS r FROM "${table}" t) AS x`);
      prints[table] = rows[0].print as string;
    }
    return prints;
  });
}

describe('the scale data generator', () => {
  const stack = useTestStack({ worker: false });
  let scale: ScaleData;
  /** Taken before anyone signs in: signing in adds audit entries. */
  let generated: Record<string, string>;

  beforeAll(async () => {
    scale = await generateInto(stack.database, stack.config.AUDIT_HMAC_KEY);
    generated = await fingerprints(stack.database);
  });

  async function signIn(identifier: string): Promise<TestClient> {
    const client = new TestClient(stack.api);
    const signedIn = await client.post<SessionView>('/api/auth/sign-in', { identifier, password: SCALE_PASSWORD });
    expect(signedIn.status).toBe(200);
    return client;
  }

  it('writes every kind of row, for every board', () => {
    expect(scale.boardIds).toHaveLength(OPTIONS.boards);
    expect(scale.serviceIds).toHaveLength(4);
    for (const table of SCALE_TABLES) expect({ table, rows: scale.rows[table] }).toEqual({ table, rows: expect.any(Number) });
    expect(Object.entries(scale.rows).filter(([, n]) => n === 0)).toEqual([]);
    expect(scale.rows['meeting']).toBe(OPTIONS.boards * (OPTIONS.years * 12 + 2));
  });

  it('shows the manager the member’s board, its meetings and its recommendations as they are in the database', async () => {
    const manager = await signIn(scale.people.manager);
    const { boardId, meetingId, recommendationId } = scale.sample;
    const truth = await asAdmin(stack.database, async (admin) => {
      const count = async (sql: string) => Number((await admin.query(sql, [boardId])).rows[0].n);
      return {
        seated: await count(`SELECT count(*) AS n FROM board_member WHERE board_id = $1 AND status IN ('guest', 'active', 'on_leave')`),
        meetings: new Map((await admin.query(`SELECT id, status FROM meeting WHERE board_id = $1`, [boardId])).rows.map((row: { id: string; status: string }) => [row.id, row.status])),
        recommendations: await count(`SELECT count(*) AS n FROM recommendation WHERE board_id = $1`),
        steps: Number((await admin.query(`SELECT count(*) AS n FROM recommendation_event WHERE recommendation_id = $1`, [recommendationId])).rows[0].n),
      };
    });

    const board = await manager.get<BoardDetail>(`/api/boards/${boardId}`);
    expect(board.status).toBe(200);
    expect(board.body.roster).toHaveLength(truth.seated);
    expect(board.body.pending).toBe(1);
    const meetings = await manager.get<MeetingSummary[]>(`/api/boards/${boardId}/meetings`);
    expect(meetings.status).toBe(200);
    // The list shows the latest and coming meetings, as they are stored.
    expect(meetings.body.length).toBeGreaterThan(0);
    expect(meetings.body.map((one) => [one.id, one.status])).toEqual(meetings.body.map((one) => [one.id, truth.meetings.get(one.id)]));
    const meeting = await manager.get<MeetingDetail>(`/api/boards/${boardId}/meetings/${meetingId}`);
    expect(meeting.body).toMatchObject({ id: meetingId, status: 'held' });
    const recommendations = await manager.get<BoardRecommendationsView>(`/api/boards/${boardId}/recommendations`);
    expect(recommendations.body.recommendations).toHaveLength(truth.recommendations);
    const recommendation = await manager.get<RecommendationDetail>(`/api/boards/${boardId}/recommendations/${recommendationId}`);
    expect(recommendation.status).toBe(200);
    expect(recommendation.body.timeline).toHaveLength(truth.steps);
    expect(recommendation.body.responses.length).toBeGreaterThan(0);
  });

  it('seats the peer member on several boards, and on their board page they see themselves', async () => {
    const member = await signIn(scale.people.member);
    const boards = await member.get<Array<{ id: string }>>('/api/boards');
    expect(boards.status).toBe(200);
    expect(boards.body.length).toBeGreaterThan(1);
    const board = await member.get<BoardDetail>(`/api/boards/${scale.sample.boardId}`);
    expect(board.body.myMemberId).toEqual(expect.any(String));
  });

  it('shows the funder every board its grants cover', async () => {
    const funder = await signIn(scale.people.funder);
    const covered = await asAdmin(stack.database, async (admin) => Number((await admin.query(`SELECT count(*) AS n FROM grant_board WHERE organization_id = $1`, [scale.funderId])).rows[0].n));
    const portfolio = await funder.get<PortfolioView>('/api/portfolio');
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.boards).toHaveLength(covered);
    expect(covered).toBeGreaterThan(0);
    expect(covered).toBeLessThanOrEqual(OPTIONS.boards);
  });

  it('leaves an audit chain the app verifies intact', async () => {
    const manager = await signIn(scale.people.manager);
    const verification = await manager.get<{ valid: boolean; entriesChecked: number }>('/api/audit/verify');
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect(verification.body.entriesChecked).toBeGreaterThan(100);
  });

  it('refuses to write the scale data twice into one database', async () => {
    await expect(generateInto(stack.database, stack.config.AUDIT_HMAC_KEY)).rejects.toBeInstanceOf(ScaleDataExists);
  });

  it('writes the same rows for the same options', async () => {
    const second = await createTestDatabase();
    try {
      const again = await generateInto(second, stack.config.AUDIT_HMAC_KEY);
      expect(again).toEqual(scale);
      expect(await fingerprints(second)).toEqual(generated);
    } finally {
      await second.drop();
    }
  });
});
