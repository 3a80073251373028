import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import type { InOrganization } from '@cabinet/api/identity';
import { AgendaItem, Meeting } from '@cabinet/api/meetings';
import type { PeerInputView } from '@cabinet/shared/contracts';
import { type TriageChange, TriageStep } from '../triage-input/triage-step';

/**
 * An organiser puts input on an agenda by linking an item of one of the board's meetings, which
 * they word themselves (the input's own words stay in the triage queue). The sender then sees the
 * meeting's date with their claim code.
 */
@Injectable()
export class PutInputOnAgendaUseCase {
  constructor(private readonly step: TriageStep) {}

  /** The step checks access first (organisers only), then the input's status, then the item. */
  execute(auth: InOrganization, boardId: string, inputId: string, agendaItemId: string): Promise<PeerInputView> {
    return this.step.take(auth, boardId, inputId, 'put_on_agenda', (m) => linkedItem(m, boardId, agendaItemId));
  }
}

/** An item of this board, not declined, on a meeting that takes place (422 on `agendaItemId` otherwise). */
async function linkedItem(m: EntityManager, boardId: string, agendaItemId: string): Promise<TriageChange> {
  const item = await m.findOne(AgendaItem, { where: { id: agendaItemId, boardId } });
  if (!item || item.status === 'declined') throw DomainError.invalid('agendaItemId', 'must be an agenda item of this board that was not declined');
  const meeting = await m.findOne(Meeting, { where: { id: item.meetingId, boardId } });
  if (!meeting || meeting.status === 'cancelled') throw DomainError.invalid('agendaItemId', 'is on a cancelled meeting: choose an item of a meeting that takes place');
  return { agendaItemId: item.id };
}
