import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { eventually, linkToken, Mailbox, TestClient, type TestOrganization, withAppRole } from '@cabinet/api/testing';
import type { InvitationView, OrganizationRole, SessionView } from '@cabinet/shared/contracts';

export const PASSWORD = 'a long enough passphrase';

export interface Invited {
  email: string;
  invitation: InvitationView;
  token: string;
}

export interface Joined extends Invited {
  client: TestClient;
  session: SessionView;
  userId: string;
  password: string;
}

/** A manager invites an address; waits for the invitation email and reads the link's token from it. */
export async function invite(manager: { client: TestClient }, role: OrganizationRole, email = `${role}-${randomUUID()}@example.org`): Promise<Invited> {
  const response = await manager.client.post<InvitationView>('/api/organization/invitations', { email, role });
  if (response.status !== 201) throw new Error(`Invitation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { email, invitation: response.body, token: await invitationTokenSentTo(email) };
}

/** The token of the newest invitation link sent to the address (the address may get other mail too). */
export async function invitationTokenSentTo(email: string, count = 1): Promise<string> {
  const invitations = await eventually(async () => {
    const found = (await new Mailbox().messagesTo(email)).filter((message) => message.text.includes('/invitations/accept?token='));
    if (found.length < count) throw new Error(`Expected ${count} invitation(s) to ${email}, got ${found.length}.`);
    return found;
  }, 15_000);
  return linkToken(invitations[invitations.length - 1]!.text, '/invitations/accept');
}

/** Someone new joins the manager's organisation with a role, through the real email and link. */
export async function join(api: NestFastifyApplication, manager: TestOrganization, role: OrganizationRole, displayName = 'Sam'): Promise<Joined> {
  const invited = await invite(manager, role);
  const client = new TestClient(api);
  const accepted = await client.post<SessionView>('/api/invitations/accept', { token: invited.token, displayName, password: PASSWORD, locale: 'en' });
  if (accepted.status !== 200) throw new Error(`Accepting failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { ...invited, client, session: accepted.body, userId: accepted.body.user.id, password: PASSWORD };
}

/** The organisation's audit entries, read as the app role inside that organisation's context. */
export function auditEntries(appUrl: string, organizationId: string): Promise<Array<{ action: string; entity_id: string | null; details: Record<string, unknown> }>> {
  return withAppRole(appUrl, { 'app.organization_id': organizationId }, async (client) => {
    const { rows } = await client.query('SELECT action, entity_id, details FROM audit_entry WHERE organization_id = $1 ORDER BY seq', [organizationId]);
    return rows;
  });
}
