import { FUNDER_ID, FUNDER_USER, HOSTS, inOrganization, MEMBER_USER, SERVICE_ID, type ScaleContext } from './scale-context';

interface Person {
  id: string;
  email: string;
  displayName: string;
  organizationId: string;
  role: 'service_manager' | 'member' | 'funder_auditor';
}

export const SCALE_PEOPLE: readonly Person[] = [
  ...HOSTS.map((host) => ({ ...host.manager, organizationId: host.id, role: 'service_manager' as const })),
  { ...MEMBER_USER, organizationId: SERVICE_ID, role: 'member' },
  { ...FUNDER_USER, organizationId: FUNDER_ID, role: 'funder_auditor' },
];

/**
 * The organisations (four that run boards, one funder) and the people who sign in: a manager per
 * organisation, a peer member, a funder's auditor. One password hash for all (argon2 is slow on
 * purpose), verified email so they can sign in at once.
 */
export async function generateOrganizations(ctx: ScaleContext, passwordHash: string): Promise<void> {
  const organizations = [...HOSTS.map(({ id, name, kind }) => ({ id, name, kind })), { id: FUNDER_ID, name: 'Scale Fund', kind: 'funder' }];
  for (const organization of organizations) {
    await inOrganization(ctx, organization.id);
    await ctx.q(`INSERT INTO organization (id, name, kind, created_at) VALUES ($1, $2, $3, ${ctx.start})`, [organization.id, organization.name, organization.kind]);
  }
  for (const person of SCALE_PEOPLE) {
    await ctx.q(`SELECT set_config('app.user_id', $1, true)`, [person.id]);
    await ctx.q(`INSERT INTO app_user (id, email, password_hash, display_name, locale, email_verified_at, created_at) VALUES ($1, $2, $3, $4, 'en', ${ctx.start}, ${ctx.start})`, [
      person.id,
      person.email,
      passwordHash,
      person.displayName,
    ]);
    await inOrganization(ctx, person.organizationId);
    await ctx.q(`INSERT INTO membership (organization_id, user_id, role, created_at) VALUES ($1, $2, $3, ${ctx.start})`, [person.organizationId, person.id, person.role]);
  }
  await ctx.q(`SELECT set_config('app.user_id', '', true)`);
}
