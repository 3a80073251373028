import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import { applyDbContext, Db, isUniqueViolation } from '@cabinet/api/database';
import type { PublicApplicationInput } from '@cabinet/shared/contracts';
import { Board } from '../entities/board.entity';
import { SeatType } from '../entities/seat-type.entity';
import { boardManagers, derivedEmailId } from '../members/board-managers';
import { ApplicationThrottle } from './application-throttle';

/**
 * An application from the public join page, without an account. It is written under the board's
 * slug alone, which row-level security lets insert an application but read nothing back, and lands
 * in the managers' review queue, and they get an email saying so. A filled honeypot gets the same
 * answer and is dropped.
 */
@Injectable()
export class ApplyToBoardUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly throttle: ApplicationThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(slug: string, input: PublicApplicationInput, ip: string): Promise<{ received: true }> {
    await this.throttle.attempt(slug, ip);
    await this.db.transaction({ boardSlug: slug }, async (m) => {
      const board = await m.findOneBy(Board, { slug });
      if (!board?.acceptsApplications) throw DomainError.notFound('This board');
      if (input.website) return;
      const seats = await m.find(SeatType, { where: { boardId: board.id }, order: { position: 'ASC' } });
      // Without a choice, the application waits in the first voting seat (usually the peers'); managers can move it.
      const seat = input.seatTypeId ? seats.find((s) => s.id === input.seatTypeId) : (seats.find((s) => s.voting) ?? seats[0]);
      if (!seat) throw DomainError.invalid('seatTypeId', 'must be one of the seats this board offers');
      const id = randomUUID();
      // Plain INSERTs without RETURNING: the policy lets this request add the row, not read it.
      await m.query(
        `INSERT INTO board_member (id, organization_id, board_id, seat_type_id, status, display_name, email, phone, source, application_note)
         VALUES ($1, $2, $3, $4, 'applied', $5, $6, $7, 'application', $8)`,
        [id, board.organizationId, board.id, seat.id, input.displayName, input.email, input.phone, input.about || null],
      );
      await m.query(`INSERT INTO board_member_event (id, organization_id, board_id, member_id, to_status) VALUES ($1, $2, $3, $4, 'applied')`, [randomUUID(), board.organizationId, board.id, id]);
      // The host's audit trail records that an application arrived (no names), in the host's context.
      await applyDbContext(m, { organizationId: board.organizationId });
      await this.audit.record(m, { organizationId: board.organizationId, actorUserId: null, action: 'board_member.applied', entityType: 'board_member', entityId: id, details: { boardId: board.id } });
      // The managers hear that someone is waiting; who it is stays in the app, behind sign-in.
      const url = webLink(this.config.APP_URL, `/boards/${board.id}/applications`);
      for (const manager of await boardManagers(m, board.organizationId, board.id)) {
        await applyDbContext(m, { organizationId: manager.organizationId });
        await queueEmail(m, { id: derivedEmailId('board-application', id, manager.key), to: manager.email, template: 'board-application', locale: manager.locale, organizationId: manager.organizationId, data: { boardName: board.name, url } });
      }
    }).catch((error: unknown) => {
      // A second application from the same address while the first waits: the same thank-you, nothing new.
      if (isUniqueViolation(error, 'UQ_board_member_email')) return;
      throw error;
    });
    return { received: true };
  }
}
