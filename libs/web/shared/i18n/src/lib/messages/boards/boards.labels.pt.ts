import type { EN_BOARDS_LABELS } from './boards.labels.en';

/** Portuguese names for the boards domain's enums. */
export const PT_BOARDS_LABELS: Readonly<Record<keyof typeof EN_BOARDS_LABELS, string>> = {
  'boards.labels.seatKind.peer': 'Par com experiência vivida',
  'boards.labels.seatKind.community': 'Representante da comunidade',
  'boards.labels.seatKind.staff': 'Equipa da organização',
  'boards.labels.seatKind.funder_observer': 'Observador do financiador',
  'boards.labels.seatKind.ex_officio': 'Por inerência',
  'boards.labels.seatKind.custom': 'Outro',

  'boards.labels.status.applied': 'Candidatou-se',
  'boards.labels.status.nominated': 'Indicado',
  'boards.labels.status.guest': 'Convidado',
  'boards.labels.status.active': 'Ativo',
  'boards.labels.status.on_leave': 'Em pausa',
  'boards.labels.status.ended': 'Terminado',

  'boards.labels.boardRole.chair': 'Presidente',
  'boards.labels.boardRole.co_chair': 'Copresidente',
  'boards.labels.boardRole.secretary': 'Secretário',

  'boards.labels.tag.lived_experience': 'Experiência vivida',
  'boards.labels.tag.consumer': 'Usa os serviços',
  'boards.labels.tag.unaligned_consumer': 'Usa os serviços, sem ligação à organização',
  'boards.labels.tag.patient_family': 'Utente ou familiar',
  'boards.labels.tag.youth': 'Pessoa jovem',
  'boards.labels.tag.formerly_incarcerated': 'Esteve preso',

  'boards.labels.endReason.term_expired': 'Mandato terminado',
  'boards.labels.endReason.resigned': 'Saiu por vontade própria',
  'boards.labels.endReason.removed': 'Afastado',
  'boards.labels.endReason.declined': 'Não avançou',

  'boards.labels.onboardingKind.confidentiality': 'Acordo de confidencialidade',
  'boards.labels.onboardingKind.conflict_of_interest': 'Declaração de conflito de interesses',
  'boards.labels.onboardingKind.orientation': 'Sessão de acolhimento',
  'boards.labels.onboardingKind.custom': 'Outro passo',

  'boards.labels.quorumKind.majority': 'Mais de metade dos membros com direito a voto',
  'boards.labels.quorumKind.fixed': 'Um número fixo de membros com direito a voto',

  'boards.labels.voteThreshold.simple_majority': 'Mais de metade dos votos',
  'boards.labels.voteThreshold.two_thirds': 'Dois terços dos votos',

  'boards.labels.source.added': 'Adicionado por um gestor',
  'boards.labels.source.application': 'Candidatura pela página de adesão',
  'boards.labels.source.nomination': 'Indicação',

  'boards.labels.relation.host': 'Organizado por {organization}',
  'boards.labels.relation.partner': 'Em parceria com {organization}',

  'boards.labels.invitationStatus.pending': 'À espera',
  'boards.labels.invitationStatus.accepted': 'Aceite',
  'boards.labels.invitationStatus.revoked': 'Anulado',
  'boards.labels.invitationStatus.expired': 'Expirado',

  'boards.labels.voting': 'Com direito a voto',
  'boards.labels.nonVoting': 'Sem direito a voto',
  'boards.labels.canVote': 'Pode votar',
  'boards.labels.listedByRole': 'Indicado só pela função',
};
