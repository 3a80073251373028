import { DataSource, EntityManager } from 'typeorm';
import { AuditChainHead, AuditEntry, AuditTrail } from '@cabinet/api/audit';
import type { AppConfig } from '@cabinet/api/core';
import { applyDbContext, dataSourceOptions } from '@cabinet/api/database';
import { AppUser, IDENTITY_ENTITIES, Membership, Organization, PasswordHasher } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import { OutboxMessage } from '@cabinet/api/outbox';
import { BOARD_ENTITIES } from '@cabinet/api/boards';
import { MEETING_ENTITIES } from '@cabinet/api/meetings';
import { PEER_INPUT_ENTITIES } from '@cabinet/api/peer-input';
import { RECOMMENDATION_ENTITIES } from '@cabinet/api/recommendations';
import { COMPLIANCE_ENTITIES } from '@cabinet/api/compliance';
import type { OrganizationKind, OrganizationRole } from '@cabinet/shared/contracts';
import { seedDemoBoard } from './seed-demo-board';

/** Fixed ids make the seed idempotent: running `npm start` again adds nothing twice. */
const WELCOME_EMAIL_ID = '00000000-0000-4000-8000-00000000c0de';
export const DEMO_PASSWORD = 'cabinet demo password';

const ORGANIZATIONS: Array<{ id: string; name: string; kind: OrganizationKind }> = [
  { id: '0000000a-0000-4000-8000-000000000001', name: 'Harbour Health Services', kind: 'service' },
  { id: '0000000a-0000-4000-8000-000000000002', name: 'Riverside Peer Network', kind: 'community' },
  { id: '0000000a-0000-4000-8000-000000000003', name: 'Northshore Health Fund', kind: 'funder' },
];

interface DemoPerson {
  id: string;
  email: string | null;
  username: string | null;
  displayName: string;
  legalName: string | null;
  memberships: Array<[organizationIndex: number, OrganizationRole]>;
  /** Shown by `npm start`. */
  signIn: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { id: '0000000b-0000-4000-8000-000000000001', email: 'manager@demo.cabinet.local', username: null, displayName: 'Alex (manager)', legalName: 'Alex Moreira', memberships: [[0, 'admin'], [1, 'admin']], signIn: 'service manager, in two organisations' },
  { id: '0000000b-0000-4000-8000-000000000002', email: null, username: 'sam.peer', displayName: 'Sam', legalName: null, memberships: [[0, 'member']], signIn: 'peer member without email (username)' },
  { id: '0000000b-0000-4000-8000-000000000003', email: 'funder@demo.cabinet.local', username: null, displayName: 'Jo (funder)', legalName: 'Jo Fernández', memberships: [[2, 'funder_auditor']], signIn: 'funder auditor' },
];

export const DEMO_INBOX_ADDRESS = 'manager@demo.cabinet.local';

async function seedPerson(m: EntityManager, person: DemoPerson, passwordHash: string, audit: AuditTrail): Promise<void> {
  await applyDbContext(m, { userId: person.id });
  const exists = await m.findOneBy(AppUser, { id: person.id });
  if (!exists) {
    await m.insert(AppUser, { id: person.id, email: person.email, username: person.username, passwordHash, displayName: person.displayName, legalName: person.legalName, emailVerifiedAt: new Date() });
  }
  for (const [index, role] of person.memberships) {
    const organization = ORGANIZATIONS[index]!;
    await applyDbContext(m, { userId: person.id, organizationId: organization.id });
    await m.createQueryBuilder().insert().into(Organization).values(organization).orIgnore().execute();
    const added = await m.createQueryBuilder().insert().into(Membership).values({ organizationId: organization.id, userId: person.id, role }).orIgnore().execute();
    if (added.identifiers.length && (added.raw as unknown[]).length) {
      await audit.record(m, { organizationId: organization.id, actorUserId: null, action: 'member.added', entityType: 'user', entityId: person.id, details: { role, source: 'demo data' } });
    }
  }
}

/** Demo data for the local run, written with the product's own entities, hashing and audit trail. */
export async function seedDemoData(appDatabaseUrl: string, config: Pick<AppConfig, 'APP_URL' | 'AUDIT_HMAC_KEY'>): Promise<void> {
  const dataSource = new DataSource({
    ...dataSourceOptions({ url: appDatabaseUrl, poolSize: 1, applicationName: 'cabinet-seed' }),
    entities: [OutboxMessage, AuditEntry, AuditChainHead, ...IDENTITY_ENTITIES, ...BOARD_ENTITIES, ...MEETING_ENTITIES, ...PEER_INPUT_ENTITIES, ...RECOMMENDATION_ENTITIES, ...COMPLIANCE_ENTITIES],
  });
  await dataSource.initialize();
  try {
    const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
    const audit = new AuditTrail(config as AppConfig);
    await dataSource.transaction(async (m) => {
      for (const person of DEMO_PEOPLE) await seedPerson(m, person, passwordHash, audit);
      await seedDemoBoard(m, audit);
      await applyDbContext(m, {});
      await queueEmail(m, {
        id: WELCOME_EMAIL_ID,
        to: DEMO_INBOX_ADDRESS,
        template: 'welcome',
        locale: 'en',
        data: { displayName: 'Alex', signInUrl: `${config.APP_URL}/sign-in` },
      });
    });
  } finally {
    await dataSource.destroy();
  }
}
