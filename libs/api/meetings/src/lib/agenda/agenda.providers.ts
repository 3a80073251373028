import { AddAgendaItemUseCase } from '../add-agenda-item/add-agenda-item.use-case';
import { AgendaPdfUseCase } from '../agenda-pdf/agenda-pdf.use-case';
import { ChangeAgendaItemUseCase } from '../change-agenda-item/change-agenda-item.use-case';
import { DecideAgendaItemUseCase } from '../decide-agenda-item/decide-agenda-item.use-case';
import { GetAgendaUseCase } from '../get-agenda/get-agenda.use-case';
import { OrderAgendaUseCase } from '../order-agenda/order-agenda.use-case';
import { ProposeAgendaItemUseCase } from '../propose-agenda-item/propose-agenda-item.use-case';
import { PublishAgendaUseCase } from '../publish-agenda/publish-agenda.use-case';

/** The agenda's use cases, for MeetingsModule. */
export const AGENDA_PROVIDERS = [
  GetAgendaUseCase,
  ProposeAgendaItemUseCase,
  AddAgendaItemUseCase,
  ChangeAgendaItemUseCase,
  DecideAgendaItemUseCase,
  OrderAgendaUseCase,
  PublishAgendaUseCase,
  AgendaPdfUseCase,
];
