import type { EN_MEETING_SETTINGS_MESSAGES } from './settings.en';

/** Portuguese, meeting settings and answering from an email link. */
export const PT_MEETING_SETTINGS_MESSAGES: Readonly<Record<keyof typeof EN_MEETING_SETTINGS_MESSAGES, string>> = {
  'meetings.settings.heading': 'Definições das reuniões',
  'meetings.settings.intro': 'Como este conselho organiza as reuniões. Só quem gere o conselho as pode mudar.',
  'meetings.settings.reminderDays': 'Lembretes (dias antes)',
  'meetings.settings.reminderDays.hint': 'Até 4 números de 0 a 60, com vírgulas, por exemplo 7, 1. 0 é no próprio dia, 2 horas antes. Deixe vazio para não enviar lembretes.',
  'meetings.settings.reminderDays.invalid': 'Escreva até 4 números inteiros diferentes, de 0 a 60, separados por vírgulas.',
  'meetings.settings.agendaPublishDays': 'Ordem de trabalhos (dias antes)',
  'meetings.settings.agendaPublishDays.hint': 'Os membros veem a ordem de trabalhos este número de dias antes de cada reunião. De 0 a 30.',
  'meetings.settings.commentDays': 'Dias para comentar a ata',
  'meetings.settings.commentDays.hint': 'Quanto tempo os membros podem comentar a ata em rascunho. De 1 a 60 dias.',
  'meetings.settings.days.invalid': 'Escreva um número inteiro de dias dentro do intervalo indicado.',
  'meetings.settings.chairApprovesMinutes': 'A presidência aprova a ata. Se não estiver marcado, o conselho aprova-a por votação.',
  'meetings.settings.save': 'Guardar definições',
  'meetings.settings.saved': 'Definições guardadas. Os lembretes das próximas reuniões seguem agora estes dias.',

  'meetings.rsvpLink.pageTitle': 'Responder a um convite de reunião',
  'meetings.rsvpLink.heading': 'Responder a um convite de reunião',
  'meetings.rsvpLink.board': 'Conselho',
  'meetings.rsvpLink.meeting': 'Reunião',
  'meetings.rsvpLink.when': 'Quando',
  'meetings.rsvpLink.question': 'Pode vir?',
  'meetings.rsvpLink.current': 'A sua resposta atual: {answer}',
  'meetings.rsvpLink.choose': 'Escolha primeiro uma resposta.',
  'meetings.rsvpLink.confirm': 'Confirmar a minha resposta',
  'meetings.rsvpLink.saved': 'Obrigado. A sua resposta foi guardada: {answer}.',
  'meetings.rsvpLink.needs': 'Precisa de algo para participar, como interpretação ou cuidado de crianças? Entre no Cabinet e diga à organização na página da reunião.',
  'meetings.rsvpLink.closed.cancelled': 'Esta reunião foi cancelada. Não há nada a responder.',
  'meetings.rsvpLink.closed.held': 'Esta reunião já aconteceu.',
  'meetings.rsvpLink.closed.past': 'Esta reunião já aconteceu.',
  'meetings.rsvpLink.notFound': 'Esta ligação não funciona. Pode estar incompleta, ou ser de uma reunião para a qual já não está convidado.',
};
