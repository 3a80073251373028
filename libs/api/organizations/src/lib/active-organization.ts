import { DomainError } from '@cabinet/api/core';
import type { AuthContext } from '@cabinet/api/identity';

/** Organisation routes need an active organisation; someone without one has nothing to see there. */
export function inOrganization(auth: AuthContext): AuthContext & { organizationId: string } {
  if (!auth.organizationId) throw DomainError.notFound('This organisation');
  return auth as AuthContext & { organizationId: string };
}
