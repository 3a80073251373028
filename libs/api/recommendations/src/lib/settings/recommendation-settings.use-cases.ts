import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb, manageBoard } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { RecommendationSettingsInput, RecommendationSettingsView } from '@cabinet/shared/contracts';
import { assertBoardOrganizer } from '../access/recommendation-access';
import { BoardRecommendationSettings } from '../entities/board-recommendation-settings.entity';
import { responseDays } from './recommendation-settings';

/**
 * How long agencies have to answer the board: organisers read it, managers change it. A change
 * applies to recommendations sent from then on; due dates already given stay as they were.
 */
@Injectable()
export class RecommendationSettingsUseCases {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  get(auth: InOrganization, boardId: string): Promise<RecommendationSettingsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertBoardOrganizer(access);
      return { responseDays: await responseDays(m, boardId), canChange: access.canManage };
    });
  }

  change(auth: InOrganization, boardId: string, input: RecommendationSettingsInput, now = new Date()): Promise<RecommendationSettingsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await manageBoard(m, auth, boardId);
      const before = await responseDays(m, boardId);
      await m.upsert(BoardRecommendationSettings, { boardId, organizationId: access.board.organizationId, responseDays: input.responseDays, updatedAt: now }, ['boardId']);
      if (before !== input.responseDays) {
        await this.audit.record(m, {
          organizationId: auth.organizationId,
          actorUserId: auth.userId,
          requestId: auth.requestId,
          action: 'board.recommendation_settings_changed',
          entityType: 'board',
          entityId: boardId,
          details: { responseDays: input.responseDays, before },
        });
      }
      return { responseDays: input.responseDays, canChange: true };
    });
  }
}
