import type { EN_BOARDS_LABELS } from './boards.labels.en';

/** Spanish names for the boards domain's enums. */
export const ES_BOARDS_LABELS: Readonly<Record<keyof typeof EN_BOARDS_LABELS, string>> = {
  'boards.labels.seatKind.peer': 'Par con experiencia vivida',
  'boards.labels.seatKind.community': 'Representante de la comunidad',
  'boards.labels.seatKind.staff': 'Personal de la entidad',
  'boards.labels.seatKind.funder_observer': 'Observador del financiador',
  'boards.labels.seatKind.ex_officio': 'Por su cargo',
  'boards.labels.seatKind.custom': 'Otro',

  'boards.labels.status.applied': 'Solicitó unirse',
  'boards.labels.status.nominated': 'Propuesto',
  'boards.labels.status.guest': 'Invitado',
  'boards.labels.status.active': 'Activo',
  'boards.labels.status.on_leave': 'De baja temporal',
  'boards.labels.status.ended': 'Finalizado',

  'boards.labels.boardRole.chair': 'Presidencia',
  'boards.labels.boardRole.co_chair': 'Copresidencia',
  'boards.labels.boardRole.secretary': 'Secretaría',

  'boards.labels.tag.lived_experience': 'Experiencia vivida',
  'boards.labels.tag.consumer': 'Usa los servicios',
  'boards.labels.tag.unaligned_consumer': 'Usa los servicios, sin vínculo con la entidad',
  'boards.labels.tag.patient_family': 'Paciente o familiar',
  'boards.labels.tag.youth': 'Persona joven',
  'boards.labels.tag.formerly_incarcerated': 'Ha estado en prisión',

  'boards.labels.endReason.term_expired': 'Mandato terminado',
  'boards.labels.endReason.resigned': 'Renunció',
  'boards.labels.endReason.removed': 'Apartado',
  'boards.labels.endReason.declined': 'No siguió adelante',

  'boards.labels.onboardingKind.confidentiality': 'Acuerdo de confidencialidad',
  'boards.labels.onboardingKind.conflict_of_interest': 'Declaración de conflicto de intereses',
  'boards.labels.onboardingKind.orientation': 'Sesión de bienvenida',
  'boards.labels.onboardingKind.custom': 'Otro paso',

  'boards.labels.quorumKind.majority': 'Más de la mitad de los miembros con voto',
  'boards.labels.quorumKind.fixed': 'Un número fijo de miembros con voto',

  'boards.labels.voteThreshold.simple_majority': 'Más de la mitad de los votos',
  'boards.labels.voteThreshold.two_thirds': 'Dos tercios de los votos',

  'boards.labels.source.added': 'Añadido por un responsable',
  'boards.labels.source.application': 'Solicitud desde la página para unirse',
  'boards.labels.source.nomination': 'Propuesta',

  'boards.labels.relation.host': 'Organizado por {organization}',
  'boards.labels.relation.partner': 'Compartido con {organization}',

  'boards.labels.invitationStatus.pending': 'En espera',
  'boards.labels.invitationStatus.accepted': 'Aceptada',
  'boards.labels.invitationStatus.revoked': 'Anulada',
  'boards.labels.invitationStatus.expired': 'Caducada',

  'boards.labels.voting': 'Con voto',
  'boards.labels.nonVoting': 'Sin voto',
  'boards.labels.canVote': 'Puede votar',
  'boards.labels.listedByRole': 'Aparece solo por su función',
};
