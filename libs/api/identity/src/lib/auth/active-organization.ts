import { DomainError } from '@cabinet/api/core';
import type { AuthContext } from './auth-context';

/** The signed-in person, working in an organisation. */
export type InOrganization = AuthContext & { organizationId: string };

/** Organisation routes need an active organisation; someone without one has nothing to see there. */
export function inOrganization(auth: AuthContext): InOrganization {
  if (!auth.organizationId) throw DomainError.notFound('This organisation');
  return auth as InOrganization;
}
