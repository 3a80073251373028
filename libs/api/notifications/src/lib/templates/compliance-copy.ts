import type { Locale } from '@cabinet/shared/contracts';
import type { Copy } from './copy';

/**
 * A funder's grant waiting for the service organisation to accept it. The funder's name and the
 * grant's title only: what the grant pays for stays in Cabinet, behind sign-in.
 */
export interface GrantInvitationEmailData {
  funderName: string;
  grantTitle: string;
  url: string;
}

export const COMPLIANCE_COPY = {
  'grant-invitation': {
    en: (d: GrantInvitationEmailData): Copy => ({
      subject: `${d.funderName} asks you to link a grant in Cabinet`,
      lines: [
        `${d.funderName} recorded the grant "${d.grantTitle}" for your organisation in Cabinet.`,
        'If you accept, you choose which of your boards it covers, and the funder sees how those boards meet the grant’s rules: results only, never names or contact details.',
        'An admin or service manager of your organisation can accept or decline. The link works for 30 days.',
      ],
      action: { label: 'See the grant', url: d.url },
    }),
    pt: (d: GrantInvitationEmailData): Copy => ({
      subject: `${d.funderName} pede-lhe que associe um financiamento no Cabinet`,
      lines: [
        `${d.funderName} registou o financiamento "${d.grantTitle}" para a sua organização no Cabinet.`,
        'Se aceitar, escolhe os conselhos que ele abrange, e o financiador vê como esses conselhos cumprem as regras do financiamento: só resultados, nunca nomes nem contactos.',
        'Uma pessoa administradora ou gestora de serviço da sua organização pode aceitar ou recusar. A ligação funciona durante 30 dias.',
      ],
      action: { label: 'Ver o financiamento', url: d.url },
    }),
    es: (d: GrantInvitationEmailData): Copy => ({
      subject: `${d.funderName} te pide vincular una subvención en Cabinet`,
      lines: [
        `${d.funderName} registró la subvención "${d.grantTitle}" para tu organización en Cabinet.`,
        'Si la aceptas, eliges qué consejos cubre, y el financiador ve cómo esos consejos cumplen las reglas de la subvención: solo resultados, nunca nombres ni datos de contacto.',
        'Una persona administradora o gestora de servicio de tu organización puede aceptarla o rechazarla. El enlace funciona durante 30 días.',
      ],
      action: { label: 'Ver la subvención', url: d.url },
    }),
  } satisfies Record<Locale, (d: GrantInvitationEmailData) => Copy>,
};
