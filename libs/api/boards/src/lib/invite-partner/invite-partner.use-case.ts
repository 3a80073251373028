import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, newToken, Organization, webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import type { PartnerInvitationCreated, PartnerInvitationInput } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardPartnerInvitation } from '../entities/board-partner-invitation.entity';

export const PARTNER_LINK_DAYS = 14;

/**
 * A single-use link for an administrator of another organisation (a community group, say) to
 * co-own the board. The link is shown once to the manager and, when they give an address, emailed
 * (in English: the other organisation's people and languages are not visible here). Only its hash is kept.
 */
@Injectable()
export class InvitePartnerUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, input: PartnerInvitationInput): Promise<PartnerInvitationCreated> {
    const token = newToken();
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      const invitation = await m.save(
        m.create(BoardPartnerInvitation, {
          organizationId: board.organizationId,
          boardId,
          email: input.email,
          tokenHash: hashToken(token),
          createdBy: auth.userId,
          expiresAt: new Date(Date.now() + PARTNER_LINK_DAYS * 86_400_000),
        }),
      );
      const url = webLink(this.config.APP_URL, '/partnerships/accept', { token });
      if (input.email) {
        const host = await m.findOneByOrFail(Organization, { id: board.organizationId });
        await queueEmail(m, { to: input.email, template: 'board-partnership', locale: 'en', organizationId: auth.organizationId, data: { hostName: host.name, boardName: board.name, url } });
      }
      await auditBoard(this.audit, m, auth, 'board.partner_invited', { type: 'board_partner_invitation', id: invitation.id }, { boardId, emailed: !!input.email });
      return { id: invitation.id, url, expiresAt: invitation.expiresAt.toISOString() };
    });
  }
}
