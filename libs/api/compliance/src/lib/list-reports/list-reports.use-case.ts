import { Injectable } from '@nestjs/common';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { BoardReportView } from '@cabinet/shared/contracts';
import { BoardReport } from '../entities/board-report.entity';
import { reportView } from './report-view';

/** The reports the board's managers recorded as made public, newest year first. */
@Injectable()
export class ListReportsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string): Promise<BoardReportView[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      const rows = await m.find(BoardReport, { where: { boardId }, order: { year: 'DESC', kind: 'ASC' } });
      return rows.map(reportView);
    });
  }
}
