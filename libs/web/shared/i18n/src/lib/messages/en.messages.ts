import { EN_BOARDS_MESSAGES } from './boards/boards.en';
import { EN_IDENTITY_MESSAGES } from './identity/identity.en';
import { EN_MEMBERS_MESSAGES } from './members/members.en';
import { EN_BOARD_MEMBERS_MESSAGES } from './board-members/board-members.en';
import { EN_JOIN_MESSAGES } from './join/join.en';
import { EN_MEETINGS_MESSAGES } from './meetings/meetings.en';
import { EN_AGENDA_MESSAGES } from './meetings/agenda.en';
import { EN_ATTENDANCE_MESSAGES } from './meetings/attendance.en';
import { EN_MOTIONS_MESSAGES } from './meetings/motions.en';
import { EN_MEETING_SETTINGS_MESSAGES } from './meetings/settings.en';
import { EN_MINUTES_MESSAGES } from './meetings/minutes.en';
import { EN_RECOMMENDATIONS_MESSAGES } from './recommendations/recommendations.en';
import { EN_EVIDENCE_MESSAGES } from './recommendations/evidence.en';
import { EN_ACCOUNTABILITY_MESSAGES } from './recommendations/accountability.en';
import { EN_PUBLIC_OUTCOMES_MESSAGES } from './recommendations/public-outcomes.en';
import { EN_SOURCE_INPUT_MESSAGES } from './recommendations/source-input.en';
import { EN_PEER_INPUT_MESSAGES } from './peer-input/peer-input.en';
import { EN_COMPLIANCE_MESSAGES } from './compliance/compliance.en';
import { EN_PACK_EDITOR_MESSAGES } from './compliance/pack-editor.en';
import { EN_GRANTS_MESSAGES } from './compliance/grants.en';
import { EN_PORTFOLIO_MESSAGES } from './compliance/portfolio.en';
import { EN_EXPORTS_MESSAGES } from './compliance/exports.en';
import { EN_ANNUAL_REPORT_MESSAGES } from './compliance/annual-report.en';

/**
 * English messages: the source of truth for which message keys exist.
 * Plain language, short sentences: many readers use a phone, some read with difficulty.
 */
export const EN_MESSAGES = {
  'app.name': 'Cabinet',
  'app.pageTitle': '{page} · Cabinet',

  'shell.skipLink': 'Skip to main content',
  'shell.nav.label': 'Main',
  'shell.nav.home': 'Home',
  'shell.language.label': 'Language',
  'shell.quickExit': 'Quick exit',
  'shell.footer.tagline': 'Community advisory boards that get answers.',
  'shell.footer.quickExitHint':
    'To leave this site quickly, use the Quick exit button or press Esc three times.',

  'landing.pageTitle': 'Community advisory boards that get answers',
  'landing.heading': 'Have a say in the services you use',
  'landing.lead':
    'Cabinet is a simple tool for community advisory boards. A board is a group of people who use a health or social service. They meet, talk and tell the service what should change.',
  'landing.promise.label': 'Our promise',
  'landing.promise.text':
    'Every recommendation a board makes gets a documented answer from the agency, on time, and the board decides whether the answer is good enough.',
  'landing.peers.heading': 'For people who use a service',
  'landing.peers.body':
    "Join your service's advisory board. Share ideas, vote and follow what happens next. You can take part from your phone and, if you wish, without showing your name.",
  'landing.managers.heading': 'For service managers',
  'landing.managers.body':
    'Set up a board, welcome new members and plan meetings. Agendas, votes and minutes are all in one place, and you can see what is late.',
  'landing.funders.heading': 'For funders',
  'landing.funders.body':
    "See proof that the agency answered its board: on time, with reasons, and with the board's own verdict on each answer.",

  'notFound.pageTitle': 'Page not found',
  'notFound.heading': "We can't find that page",
  'notFound.body': 'The link may be old, or the address may have a typo.',
  'notFound.homeLink': 'Go to the home page',

  ...EN_IDENTITY_MESSAGES,
  ...EN_MEMBERS_MESSAGES,
  ...EN_BOARD_MEMBERS_MESSAGES,
  ...EN_JOIN_MESSAGES,
  ...EN_BOARDS_MESSAGES,
  ...EN_MEETINGS_MESSAGES,
  ...EN_AGENDA_MESSAGES,
  ...EN_ATTENDANCE_MESSAGES,
  ...EN_MOTIONS_MESSAGES,
  ...EN_MEETING_SETTINGS_MESSAGES,
  ...EN_MINUTES_MESSAGES,
  ...EN_RECOMMENDATIONS_MESSAGES,
  ...EN_EVIDENCE_MESSAGES,
  ...EN_ACCOUNTABILITY_MESSAGES,
  ...EN_PUBLIC_OUTCOMES_MESSAGES,
  ...EN_SOURCE_INPUT_MESSAGES,
  ...EN_PEER_INPUT_MESSAGES,
  ...EN_COMPLIANCE_MESSAGES,
  ...EN_PACK_EDITOR_MESSAGES,
  ...EN_GRANTS_MESSAGES,
  ...EN_PORTFOLIO_MESSAGES,
  ...EN_EXPORTS_MESSAGES,
  ...EN_ANNUAL_REPORT_MESSAGES,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof EN_MESSAGES;

/** Every other language must translate every English key, and only those (a compile error otherwise). */
export type Messages = Readonly<Record<MessageKey, string>>;
