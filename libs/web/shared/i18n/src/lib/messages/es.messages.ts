import type { Messages } from './en.messages';
import { ES_BOARDS_MESSAGES } from './boards/boards.es';
import { ES_IDENTITY_MESSAGES } from './identity/identity.es';
import { ES_MEMBERS_MESSAGES } from './members/members.es';
import { ES_BOARD_MEMBERS_MESSAGES } from './board-members/board-members.es';
import { ES_JOIN_MESSAGES } from './join/join.es';
import { ES_MEETINGS_MESSAGES } from './meetings/meetings.es';
import { ES_AGENDA_MESSAGES } from './meetings/agenda.es';
import { ES_ATTENDANCE_MESSAGES } from './meetings/attendance.es';
import { ES_MOTIONS_MESSAGES } from './meetings/motions.es';
import { ES_MEETING_SETTINGS_MESSAGES } from './meetings/settings.es';
import { ES_MINUTES_MESSAGES } from './meetings/minutes.es';
import { ES_RECOMMENDATIONS_MESSAGES } from './recommendations/recommendations.es';
import { ES_EVIDENCE_MESSAGES } from './recommendations/evidence.es';
import { ES_ACCOUNTABILITY_MESSAGES } from './recommendations/accountability.es';
import { ES_PUBLIC_OUTCOMES_MESSAGES } from './recommendations/public-outcomes.es';
import { ES_SOURCE_INPUT_MESSAGES } from './recommendations/source-input.es';
import { ES_PEER_INPUT_MESSAGES } from './peer-input/peer-input.es';
import { ES_COMPLIANCE_MESSAGES } from './compliance/compliance.es';
import { ES_PACK_EDITOR_MESSAGES } from './compliance/pack-editor.es';
import { ES_GRANTS_MESSAGES } from './compliance/grants.es';
import { ES_PORTFOLIO_MESSAGES } from './compliance/portfolio.es';
import { ES_EXPORTS_MESSAGES } from './compliance/exports.es';
import { ES_ANNUAL_REPORT_MESSAGES } from './compliance/annual-report.es';

/** Spanish, using "tú" (warmer, and usual in peer and harm-reduction services) and words shared across regions. */
export const ES_MESSAGES: Messages = {
  'app.name': 'Cabinet',
  'app.pageTitle': '{page} · Cabinet',

  'shell.skipLink': 'Saltar al contenido principal',
  'shell.nav.label': 'Principal',
  'shell.nav.home': 'Inicio',
  'shell.language.label': 'Idioma',
  'shell.quickExit': 'Salida rápida',
  'shell.footer.tagline': 'Consejos asesores comunitarios que obtienen respuestas.',
  'shell.footer.quickExitHint':
    'Para salir rápido de este sitio, usa el botón Salida rápida o pulsa la tecla Esc tres veces.',

  'landing.pageTitle': 'Consejos asesores comunitarios que obtienen respuestas',
  'landing.heading': 'Ten voz en los servicios que usas',
  'landing.lead':
    'Cabinet es una herramienta sencilla para consejos asesores comunitarios. Un consejo es un grupo de personas que usan un servicio de salud o social. Se reúnen, hablan y le dicen al servicio qué debe cambiar.',
  'landing.promise.label': 'Nuestra promesa',
  'landing.promise.text':
    'Cada recomendación que hace un consejo recibe una respuesta documentada de la organización, a tiempo, y es el consejo quien decide si la respuesta es suficiente.',
  'landing.peers.heading': 'Para quienes usan un servicio',
  'landing.peers.body':
    'Forma parte del consejo asesor de tu servicio. Propón ideas, vota y sigue lo que pasa después. Puedes participar desde tu teléfono y, si quieres, sin mostrar tu nombre.',
  'landing.managers.heading': 'Para responsables de servicios',
  'landing.managers.body':
    'Crea un consejo, da la bienvenida a nuevos miembros y programa reuniones. Órdenes del día, votaciones y actas están en un solo lugar, y puedes ver qué va con retraso.',
  'landing.funders.heading': 'Para financiadores',
  'landing.funders.body':
    'Comprueba que la organización respondió a su consejo: a tiempo, con motivos y con la valoración del propio consejo sobre cada respuesta.',

  'notFound.pageTitle': 'Página no encontrada',
  'notFound.heading': 'No encontramos esa página',
  'notFound.body': 'Puede que el enlace sea antiguo o que la dirección tenga un error.',
  'notFound.homeLink': 'Ir a la página de inicio',

  ...ES_IDENTITY_MESSAGES,
  ...ES_MEMBERS_MESSAGES,
  ...ES_BOARD_MEMBERS_MESSAGES,
  ...ES_JOIN_MESSAGES,
  ...ES_BOARDS_MESSAGES,
  ...ES_MEETINGS_MESSAGES,
  ...ES_AGENDA_MESSAGES,
  ...ES_ATTENDANCE_MESSAGES,
  ...ES_MOTIONS_MESSAGES,
  ...ES_MEETING_SETTINGS_MESSAGES,
  ...ES_MINUTES_MESSAGES,
  ...ES_RECOMMENDATIONS_MESSAGES,
  ...ES_EVIDENCE_MESSAGES,
  ...ES_ACCOUNTABILITY_MESSAGES,
  ...ES_PUBLIC_OUTCOMES_MESSAGES,
  ...ES_SOURCE_INPUT_MESSAGES,
  ...ES_PEER_INPUT_MESSAGES,
  ...ES_COMPLIANCE_MESSAGES,
  ...ES_PACK_EDITOR_MESSAGES,
  ...ES_GRANTS_MESSAGES,
  ...ES_PORTFOLIO_MESSAGES,
  ...ES_EXPORTS_MESSAGES,
  ...ES_ANNUAL_REPORT_MESSAGES,
};
