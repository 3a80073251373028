import type { OrganizationRole } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/** Plain names for roles, as people see them everywhere in the app. */
export const ROLE_LABEL_KEYS: Readonly<Record<OrganizationRole, MessageKey>> = {
  admin: 'role.admin',
  service_manager: 'role.service_manager',
  staff: 'role.staff',
  member: 'role.member',
  agency_liaison: 'role.agency_liaison',
  funder_auditor: 'role.funder_auditor',
};
