import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { isOrganizer } from '@cabinet/api/meetings';
import type { PeerInputStatus, PeerInputView } from '@cabinet/shared/contracts';
import { PeerInput } from '../entities/peer-input.entity';
import { type InputAction, transition } from '../rules/input-transitions';
import { inputViews } from '../views/input-views';

/** What a step writes besides the status: the linked agenda item, the answer or the reason. */
export type TriageChange = Partial<Pick<PeerInput, 'agendaItemId' | 'answer' | 'declineReason'>>;

/** Works out a step's change in its transaction, once the step is known to be allowed; may refuse (422). */
export type ChangeOf = (m: EntityManager) => Promise<TriageChange>;

/** Statuses that tell the sender what became of their input: reaching one dates the decision. */
const OUTCOMES: readonly PeerInputStatus[] = ['answered', 'declined', 'recommendation'];

/**
 * One triage step, shared by the triage actions so they load, check and record alike: only the
 * board's organisers reach it (anyone else gets the board's 404), the input is locked while it
 * moves, its status must allow the action (422 on `status`), and the audit entry holds ids and
 * statuses only: never the input's words or its author (the actor is the organiser).
 */
@Injectable()
export class TriageStep {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  take(auth: InOrganization, boardId: string, inputId: string, action: InputAction, changeOf: ChangeOf = async () => ({}), now = new Date()): Promise<PeerInputView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!isOrganizer(access)) throw DomainError.notFound('This board');
      const input = await m.findOne(PeerInput, { where: { id: inputId, boardId }, lock: { mode: 'pessimistic_write' } });
      if (!input) throw DomainError.notFound('This input');
      const status = transition(input.status, action);
      const change = await changeOf(m);
      await m.update(PeerInput, { id: input.id }, { ...change, status, acknowledgedAt: input.acknowledgedAt ?? now, ...(OUTCOMES.includes(status) ? { decidedAt: now } : {}), updatedAt: now });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: `peer_input.${status}`,
        entityType: 'peer_input',
        entityId: input.id,
        details: { boardId, from: input.status, to: status },
      });
      const [view] = await inputViews(m, boardId, [await m.findOneByOrFail(PeerInput, { id: input.id })], now);
      return view!;
    });
  }
}
