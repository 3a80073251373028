import type { Messages } from './en.messages';
import { PT_BOARDS_MESSAGES } from './boards/boards.pt';
import { PT_IDENTITY_MESSAGES } from './identity/identity.pt';
import { PT_MEMBERS_MESSAGES } from './members/members.pt';
import { PT_BOARD_MEMBERS_MESSAGES } from './board-members/board-members.pt';
import { PT_JOIN_MESSAGES } from './join/join.pt';
import { PT_MEETINGS_MESSAGES } from './meetings/meetings.pt';
import { PT_AGENDA_MESSAGES } from './meetings/agenda.pt';
import { PT_ATTENDANCE_MESSAGES } from './meetings/attendance.pt';
import { PT_MOTIONS_MESSAGES } from './meetings/motions.pt';
import { PT_MEETING_SETTINGS_MESSAGES } from './meetings/settings.pt';
import { PT_MINUTES_MESSAGES } from './meetings/minutes.pt';
import { PT_RECOMMENDATIONS_MESSAGES } from './recommendations/recommendations.pt';
import { PT_EVIDENCE_MESSAGES } from './recommendations/evidence.pt';
import { PT_ACCOUNTABILITY_MESSAGES } from './recommendations/accountability.pt';
import { PT_PUBLIC_OUTCOMES_MESSAGES } from './recommendations/public-outcomes.pt';
import { PT_SOURCE_INPUT_MESSAGES } from './recommendations/source-input.pt';
import { PT_PEER_INPUT_MESSAGES } from './peer-input/peer-input.pt';
import { PT_COMPLIANCE_MESSAGES } from './compliance/compliance.pt';
import { PT_PACK_EDITOR_MESSAGES } from './compliance/pack-editor.pt';
import { PT_GRANTS_MESSAGES } from './compliance/grants.pt';
import { PT_PORTFOLIO_MESSAGES } from './compliance/portfolio.pt';
import { PT_EXPORTS_MESSAGES } from './compliance/exports.pt';
import { PT_ANNUAL_REPORT_MESSAGES } from './compliance/annual-report.pt';

/** Portuguese, worded to read naturally in both Portugal and Brazil (no telemóvel/celular-style splits). */
export const PT_MESSAGES: Messages = {
  'app.name': 'Cabinet',
  'app.pageTitle': '{page} · Cabinet',

  'shell.skipLink': 'Ir para o conteúdo principal',
  'shell.nav.label': 'Principal',
  'shell.nav.home': 'Início',
  'shell.language.label': 'Idioma',
  'shell.quickExit': 'Saída rápida',
  'shell.footer.tagline': 'Conselhos consultivos comunitários que obtêm respostas.',
  'shell.footer.quickExitHint':
    'Para sair deste site rapidamente, use o botão Saída rápida ou carregue na tecla Esc três vezes.',

  'landing.pageTitle': 'Conselhos consultivos comunitários que obtêm respostas',
  'landing.heading': 'Tenha voz nos serviços que usa',
  'landing.lead':
    'O Cabinet é uma ferramenta simples para conselhos consultivos comunitários. Um conselho é um grupo de pessoas que usam um serviço de saúde ou social. Reúnem-se, conversam e dizem ao serviço o que deve mudar.',
  'landing.promise.label': 'A nossa promessa',
  'landing.promise.text':
    'Cada recomendação que um conselho faz recebe uma resposta documentada da organização, dentro do prazo, e é o conselho que decide se a resposta é suficiente.',
  'landing.peers.heading': 'Para quem usa um serviço',
  'landing.peers.body':
    'Faça parte do conselho consultivo do seu serviço. Dê ideias, vote e acompanhe o que acontece depois. Pode participar pelo telefone e, se quiser, sem mostrar o seu nome.',
  'landing.managers.heading': 'Para gestores de serviços',
  'landing.managers.body':
    'Crie um conselho, acolha novos membros e marque reuniões. Agendas, votações e atas ficam num só lugar, e pode ver o que está atrasado.',
  'landing.funders.heading': 'Para financiadores',
  'landing.funders.body':
    'Veja a prova de que a organização respondeu ao seu conselho: dentro do prazo, com motivos e com a avaliação do próprio conselho sobre cada resposta.',

  'notFound.pageTitle': 'Página não encontrada',
  'notFound.heading': 'Não encontramos essa página',
  'notFound.body': 'O endereço pode estar desatualizado ou ter um erro de escrita.',
  'notFound.homeLink': 'Ir para a página inicial',

  ...PT_IDENTITY_MESSAGES,
  ...PT_MEMBERS_MESSAGES,
  ...PT_BOARD_MEMBERS_MESSAGES,
  ...PT_JOIN_MESSAGES,
  ...PT_BOARDS_MESSAGES,
  ...PT_MEETINGS_MESSAGES,
  ...PT_AGENDA_MESSAGES,
  ...PT_ATTENDANCE_MESSAGES,
  ...PT_MOTIONS_MESSAGES,
  ...PT_MEETING_SETTINGS_MESSAGES,
  ...PT_MINUTES_MESSAGES,
  ...PT_RECOMMENDATIONS_MESSAGES,
  ...PT_EVIDENCE_MESSAGES,
  ...PT_ACCOUNTABILITY_MESSAGES,
  ...PT_PUBLIC_OUTCOMES_MESSAGES,
  ...PT_SOURCE_INPUT_MESSAGES,
  ...PT_PEER_INPUT_MESSAGES,
  ...PT_COMPLIANCE_MESSAGES,
  ...PT_PACK_EDITOR_MESSAGES,
  ...PT_GRANTS_MESSAGES,
  ...PT_PORTFOLIO_MESSAGES,
  ...PT_EXPORTS_MESSAGES,
  ...PT_ANNUAL_REPORT_MESSAGES,
};
