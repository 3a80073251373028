import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { type InOrganization, Organization } from '@cabinet/api/identity';
import type { BoardDetail, CreateBoardInput } from '@cabinet/shared/contracts';
import { accessBoard, boardDb } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { SeatType } from '../entities/seat-type.entity';
import { todayIso } from '../rules/dates';
import { loadBoardDetail } from '../views/board-detail';
import { DEFAULT_ONBOARDING_STEPS, DEFAULT_SEAT_TYPES, DEFAULT_SETTINGS, slugFrom } from './board-defaults';
import { checkBoardSettings } from './board-settings-rules';
import { insertBoard } from './insert-board';

/** A new board hosted by the active organisation, with the usual seats and onboarding steps to start from. */
@Injectable()
export class CreateBoardUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, input: CreateBoardInput): Promise<BoardDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const organization = await m.findOneByOrFail(Organization, { id: auth.organizationId });
      if (organization.kind === 'funder') {
        throw new DomainError('Funders follow the boards they fund through grants; boards are run by services and community groups.', undefined, 403);
      }
      const settings = { ...DEFAULT_SETTINGS, ...input };
      checkBoardSettings(settings);
      const board = await insertBoard(m, { ...settings, organizationId: auth.organizationId, slug: input.slug ?? slugFrom(input.name) }, input.slug !== undefined);
      await m.insert(
        SeatType,
        DEFAULT_SEAT_TYPES.map((seat, position) => ({ ...seat, position, organizationId: board.organizationId, boardId: board.id })),
      );
      await m.insert(
        OnboardingStep,
        DEFAULT_ONBOARDING_STEPS.map((step, position) => ({ ...step, position, required: true, organizationId: board.organizationId, boardId: board.id })),
      );
      await auditBoard(this.audit, m, auth, 'board.created', { type: 'board', id: board.id });
      return loadBoardDetail(m, await accessBoard(m, auth, board.id), todayIso());
    });
  }
}
