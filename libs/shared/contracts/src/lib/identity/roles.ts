/** What an organisation is: an agency running services, a funder, or a self-organised peer group. */
export const ORGANIZATION_KINDS = ['service', 'funder', 'community'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Roles a person holds in an organisation (board roles come with boards). */
export const ORGANIZATION_ROLES = ['admin', 'service_manager', 'staff', 'member', 'agency_liaison', 'funder_auditor'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/**
 * Every permission a route can require. Routes declare one; the web app uses the same keys to
 * decide what to show. Keys read "<subject>.<action>".
 */
export enum Permission {
  OrganizationRead = 'organization.read',
  OrganizationManage = 'organization.manage',
  MembersRead = 'members.read',
  MembersManage = 'members.manage',
  InvitationsManage = 'invitations.manage',
  AuditRead = 'audit.read',
  /** See boards: managers see all of their organisation's, others the boards they sit on. */
  BoardsRead = 'boards.read',
  /** Create and run boards: settings, seats, members, applications, partners. */
  BoardsManage = 'boards.manage',
  /** Anything a signed-in person may do with their own account, whatever their role. */
  AccountManage = 'account.manage',
  /** See how boards stand against their compliance packs, and the packs themselves. */
  ComplianceRead = 'compliance.read',
  /** Compose compliance packs and choose which apply to the organisation's boards. */
  ComplianceManage = 'compliance.manage',
  /** Record grants to service organisations and the packs that apply (a funder's admins). */
  GrantsManage = 'grants.manage',
}

const EVERYONE = [Permission.OrganizationRead, Permission.AccountManage];
/** Everyone in a service or community organisation: funders see boards only through grants. */
const BOARD_READERS = [...EVERYONE, Permission.BoardsRead];
const MANAGERS = [...BOARD_READERS, Permission.BoardsManage, Permission.ComplianceRead, Permission.ComplianceManage, Permission.MembersRead, Permission.MembersManage, Permission.InvitationsManage, Permission.AuditRead];

/** The permissions each role grants. Deny by default: what is not listed is refused. */
export const ROLE_PERMISSIONS: Record<OrganizationRole, readonly Permission[]> = {
  admin: [...MANAGERS, Permission.OrganizationManage, Permission.GrantsManage],
  service_manager: MANAGERS,
  staff: [...BOARD_READERS, Permission.MembersRead],
  member: BOARD_READERS,
  agency_liaison: BOARD_READERS,
  funder_auditor: [...EVERYONE, Permission.AuditRead, Permission.ComplianceRead],
};

/** Roles that may sign in for 30 minutes of idleness instead of 15 (peers often share slower devices). */
export const PEER_ROLES: readonly OrganizationRole[] = ['member'];
