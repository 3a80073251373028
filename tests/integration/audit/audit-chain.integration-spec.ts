import { Client } from 'pg';
import type { ChainVerification } from '@cabinet/api/audit';
import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';

describe('the audit trail', () => {
  let organization: TestOrganization;
  let owner: Client;

  // Registered before the stack, so it runs before the stack's teardown (Jest runs afterAll hooks in order).
  afterAll(async () => {
    await owner?.end();
  });

  const stack = useTestStack();

  beforeAll(async () => {
    organization = await signUpOrganization(stack.api);
    // Extra entries: two sign-ins and a sign-out.
    await organization.client.post('/api/auth/sign-out');
    await organization.client.post('/api/auth/sign-in', { identifier: organization.email, password: organization.password });
    owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
  });

  const entriesOf = async () =>
    (await owner.query(`SELECT seq, action FROM audit_entry WHERE organization_id = $1 ORDER BY seq`, [organization.organizationId])).rows as Array<{ seq: string; action: string }>;

  it('records sign-up, sign-ins and sign-out in order', async () => {
    // The owner role is subject to row-level security too; give it the tenant context.
    await owner.query(`SELECT set_config('app.organization_id', $1, false)`, [organization.organizationId]);
    expect((await entriesOf()).map((e) => e.action)).toEqual(['organization.created', 'auth.signed_in', 'auth.signed_out', 'auth.signed_in']);
  });

  it('verifies when nothing was touched', async () => {
    const response = await organization.client.get<ChainVerification>('/api/audit/verify');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ valid: true, entriesChecked: 4, firstBrokenSeq: null });
  });

  it('refuses changes and deletions, even by the schema owner', async () => {
    await expect(owner.query(`UPDATE audit_entry SET action = 'x' WHERE organization_id = $1`, [organization.organizationId])).rejects.toThrow(/cannot be changed/);
    await expect(owner.query(`DELETE FROM audit_entry WHERE organization_id = $1`, [organization.organizationId])).rejects.toThrow(/cannot be changed/);
  });

  it('reports the first broken entry after a hand edit that bypassed the protection', async () => {
    await owner.query('ALTER TABLE audit_entry DISABLE TRIGGER "TRG_audit_entry_append_only"');
    await owner.query(`UPDATE audit_entry SET details = '{"reason":"edited"}' WHERE organization_id = $1 AND seq = 3`, [organization.organizationId]);
    await owner.query('ALTER TABLE audit_entry ENABLE TRIGGER "TRG_audit_entry_append_only"');

    const response = await organization.client.get<ChainVerification>('/api/audit/verify');
    expect(response.body).toMatchObject({ valid: false, entriesChecked: 2, firstBrokenSeq: '3' });
  });
});
