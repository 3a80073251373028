import type { OrganizationRole, Permission } from '@cabinet/shared/contracts';

/** Who is asking, established by the session guard before any controller runs. */
export interface AuthContext {
  userId: string;
  sessionId: string;
  /** The organisation the person is working in; every tenant query uses it. */
  organizationId: string | null;
  role: OrganizationRole | null;
  permissions: ReadonlySet<Permission>;
  csrfToken: string;
  idleTimeoutSeconds: number;
  requestId: string;
  /** The active organisation requires an authenticator app this person has not set up yet. */
  twoFactorSetupRequired: boolean;
}

/** The fields a request gains from the guard. */
export interface AuthenticatedRequest {
  auth?: AuthContext;
  id: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  method: string;
}
