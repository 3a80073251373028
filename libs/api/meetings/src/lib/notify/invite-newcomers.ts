import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import { Board, type BoardMember, MemberSeatedHooks } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Meeting } from '../entities/meeting.entity';
import { queueMeetingEmails } from './meeting-emails';

/**
 * Someone who takes a seat after meetings were planned gets the invitation the others got when
 * they were scheduled: one email with every meeting still ahead in the calendar file, and answer
 * links for the first. Reminders need nothing: they go to whoever is seated when they are due.
 */
@Injectable()
export class InviteNewcomers implements OnModuleInit {
  constructor(
    private readonly hooks: MemberSeatedHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.hooks.listen(async (m, member) => {
      await this.invite(m, member);
    });
  }

  async invite(m: EntityManager, member: BoardMember, now = new Date()): Promise<number> {
    const ahead = await m.find(Meeting, { where: { boardId: member.boardId, status: 'scheduled', startsAt: MoreThan(now) }, order: { startsAt: 'ASC' } });
    if (ahead.length === 0) return 0;
    const board = await m.findOneByOrFail(Board, { id: member.boardId });
    return queueMeetingEmails(m, this.config.APP_URL, board, ahead, 'scheduled', member.id);
  }
}
