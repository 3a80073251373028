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
const DECLINED = '5ca1e000-0000-4000-8000-0000000000d1';

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
    // And a grant the services declined, naming every board under every Cabinet pack: it must open nothing.
    await admin.query(`INSERT INTO "grant" (id, organization_id, title, status, starts_on, invited_email, grantee_organization_id, decided_at)
      VALUES ($1, $2, 'Declined grant', 'declined', DATE '2020-01-01', 'grants@declined.example.org', $3, now())`, [DECLINED, scale.funderId, scale.serviceId]);
    await admin.query(`INSERT INTO grant_pack (grant_id, pack_id, organization_id) SELECT $1, id, $2 FROM compliance_pack WHERE organization_id IS NULL`, [DECLINED, scale.funderId]);
    await admin.query(`INSERT INTO grant_board (grant_id, board_id, organization_id, grantee_organization_id, board_name) SELECT $1, id, $2, organization_id, name FROM board`, [DECLINED, scale.funderId]);
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

  it('opens to the funder exactly what the per-row rule it replaced opened', async () => {
    // The old rule, app_funds_board_pack, asked of every row (as a superuser, so no policy filters the rows first).
    await admin.query('BEGIN');
    await admin.query(`SELECT set_config('app.organization_id', $1, true)`, [scale.funderId]);
    const { rows } = await admin.query(`SELECT board_id || '/' || pack_version_id AS pair FROM compliance_result r
      WHERE app_funds_board_pack(r.board_id, (SELECT v.pack_id FROM compliance_pack_version v WHERE v.id = r.pack_version_id)) ORDER BY 1`);
    await admin.query('COMMIT');
    const granted = rows.map((row: { pair: string }) => row.pair);
    const all = Number((await admin.query(`SELECT count(*) AS n FROM compliance_result`)).rows[0].n);
    // The data must leave something out (boards no accepted grant names, packs the grants do not
    // name, everything the declined grant names), or the comparison could not tell.
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.length).toBeLessThan(all);
    expect(await visibleTo(scale.funderId)).toEqual(granted);
  });

  it('opens nothing through grants to an organisation that has none', async () => {
    expect(await visibleTo('5ca1e000-0000-4000-8000-0000000000ff')).toEqual([]);
  });
});
