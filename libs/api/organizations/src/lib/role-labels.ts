import type { Locale, OrganizationRole } from '@cabinet/shared/contracts';

/** Role names for emails, in the words the web app uses for them. */
const LABELS: Record<Locale, Record<OrganizationRole, string>> = {
  en: { admin: 'Administrator', service_manager: 'Service manager', staff: 'Staff', member: 'Member', agency_liaison: 'Agency liaison', funder_auditor: 'Funder auditor' },
  pt: { admin: 'Administrador', service_manager: 'Gestor de serviço', staff: 'Equipa', member: 'Membro', agency_liaison: 'Contacto da organização', funder_auditor: 'Auditor do financiador' },
  es: { admin: 'Administrador', service_manager: 'Responsable de servicio', staff: 'Personal', member: 'Miembro', agency_liaison: 'Enlace de la organización', funder_auditor: 'Auditor del financiador' },
};

export function roleLabel(role: OrganizationRole, locale: Locale): string {
  return LABELS[locale][role];
}
