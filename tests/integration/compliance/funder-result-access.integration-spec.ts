import { Client } from 'pg';
import { testServiceUrls, useTestStack } from '@cabinet/api/testing';
// The generator is a local tool (tools/local, an app without an import path), used here for a realistic set of grants.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { generateScale, type ScaleData } from '../../../tools/local/src/scale/generate-scale';

/**
 * The funder's door to stored verdicts (the compliance_result "funder_read" policy) is one set
 * lookup per query since FindFundedResultsOnce. It must open exactly what the per-row rule it
 * replaced opened: a verdict of a board an accepted grant of the funder names, under a pack that
 * grant names; no other board's, no other pack's, nothing for another organisation.
 */
describe('which stored verdicts a funder can read', () => {
  let scale: ScaleData;
  let admin: Client;
  let app: Client;

  // Registered before the stack, so the connections close before its database is dropped.
  afterAll(async () => {
    await app?.end();
    await admin?.end();
  });

  const stack = useTestStack({ worker: false });

  beforeAll(async () => {
    const owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
    // Twelve boards: the scale data leaves every tenth out of the funder's grants.
    scale = await generateScale(owner, { boards: 12, years: 1, today: new Date().toISOString().slice(0, 10), auditHmacKey: stack.config.AUDIT_HMAC_KEY }).finally(() => owner.end());
    const url = new URL(testServiceUrls().adminUrl);
    url.pathname = `/${stack.database.name}`;
    admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    // A verdict for every board under every version of every pack, granted or not (as a superuser, past row-level security).
    await admin.query(`INSERT INTO compliance_result (board_id, pack_version_id, rule_key, period_from, organization_id, period_to, as_of, result, measured, threshold, unit, evidence)
      SELECT b.id, v.id, 'a-rule', DATE '2026-01-01', b.organization_id, DATE '2026-12-31', now(), 'pass', 1, 1, 'count', '[]'::jsonb
        FROM board b CROSS JOIN compliance_pack_version v`);
    app = new Client({ connectionString: stack.database.appUrl });
    await app.connect();
  });

  async function visibleTo(organizationId: string): Promise<string[]> {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const { rows } = await app.query(`SELECT board_id || '/' || pack_version_id AS pair FROM compliance_result ORDER BY 1`);
    await app.query('COMMIT');
    return rows.map((row: { pair: string }) => row.pair);
  }

  it('opens to the funder exactly the granted boards under the granted packs', async () => {
    const { rows } = await admin.query(
      `SELECT DISTINCT gb.board_id || '/' || v.id AS pair
         FROM "grant" g JOIN grant_board gb ON gb.grant_id = g.id JOIN grant_pack gp ON gp.grant_id = g.id
         JOIN compliance_pack_version v ON v.pack_id = gp.pack_id
        WHERE g.organization_id = $1 AND g.status = 'accepted' ORDER BY 1`,
      [scale.funderId],
    );
    const granted = rows.map((row: { pair: string }) => row.pair);
    const all = Number((await admin.query(`SELECT count(*) AS n FROM compliance_result`)).rows[0].n);
    // The test data must leave something out, or it could not tell.
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.length).toBeLessThan(all);
    expect(await visibleTo(scale.funderId)).toEqual(granted);
  });

  it('opens nothing through grants to an organisation that has none', async () => {
    expect(await visibleTo('5ca1e000-0000-4000-8000-0000000000ff')).toEqual([]);
  });
});
