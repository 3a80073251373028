import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { StandingReview } from '@cabinet/shared/contracts';
import { assertOrganizer } from '../access/meeting-access';
import { membersDueReview } from '../standing-reviews/members-due-review';

/** For organisers: the members the board's attendance rule says are due a standing review. */
@Injectable()
export class ListStandingReviewsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, now = new Date()): Promise<StandingReview[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      return membersDueReview(m, access.board, now);
    });
  }
}
