import type { EN_MEETING_SETTINGS_MESSAGES } from './settings.en';

/** Spanish, meeting settings and answering from an email link. */
export const ES_MEETING_SETTINGS_MESSAGES: Readonly<Record<keyof typeof EN_MEETING_SETTINGS_MESSAGES, string>> = {
  'meetings.settings.heading': 'Ajustes de las reuniones',
  'meetings.settings.intro': 'Cómo organiza este consejo sus reuniones. Solo quienes gestionan el consejo pueden cambiarlos.',
  'meetings.settings.reminderDays': 'Recordatorios (días antes)',
  'meetings.settings.reminderDays.hint': 'Hasta 4 números de 0 a 60, con comas, por ejemplo 7, 1. 0 es el mismo día, 2 horas antes. Déjalo vacío para no enviar recordatorios.',
  'meetings.settings.reminderDays.invalid': 'Escribe hasta 4 números enteros distintos, de 0 a 60, separados por comas.',
  'meetings.settings.agendaPublishDays': 'Orden del día (días antes)',
  'meetings.settings.agendaPublishDays.hint': 'Los miembros ven el orden del día este número de días antes de cada reunión. De 0 a 30.',
  'meetings.settings.commentDays': 'Días para comentar el acta',
  'meetings.settings.commentDays.hint': 'Cuánto tiempo pueden comentar los miembros el borrador del acta. De 1 a 60 días.',
  'meetings.settings.days.invalid': 'Escribe un número entero de días dentro del rango indicado.',
  'meetings.settings.chairApprovesMinutes': 'La presidencia aprueba el acta. Si no está marcado, el consejo la aprueba con una votación.',
  'meetings.settings.save': 'Guardar ajustes',
  'meetings.settings.saved': 'Ajustes guardados. Los recordatorios de las próximas reuniones siguen ahora estos días.',

  'meetings.rsvpLink.pageTitle': 'Responder a una invitación de reunión',
  'meetings.rsvpLink.heading': 'Responder a una invitación de reunión',
  'meetings.rsvpLink.board': 'Consejo',
  'meetings.rsvpLink.meeting': 'Reunión',
  'meetings.rsvpLink.when': 'Cuándo',
  'meetings.rsvpLink.question': '¿Puedes venir?',
  'meetings.rsvpLink.current': 'Tu respuesta ahora: {answer}',
  'meetings.rsvpLink.choose': 'Elige primero una respuesta.',
  'meetings.rsvpLink.confirm': 'Confirmar mi respuesta',
  'meetings.rsvpLink.saved': 'Gracias. Tu respuesta está guardada: {answer}.',
  'meetings.rsvpLink.needs': '¿Necesitas algo para participar, como interpretación o cuidado infantil? Entra en Cabinet y díselo a la organización en la página de la reunión.',
  'meetings.rsvpLink.closed.cancelled': 'Esta reunión se canceló. No hay nada que responder.',
  'meetings.rsvpLink.closed.held': 'Esta reunión ya se celebró.',
  'meetings.rsvpLink.closed.past': 'Esta reunión ya se celebró.',
  'meetings.rsvpLink.notFound': 'Este enlace no funciona. Puede estar cortado, o ser de una reunión a la que ya no estás invitado.',
};
