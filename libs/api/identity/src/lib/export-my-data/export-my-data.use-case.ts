import { Injectable } from '@nestjs/common';
import { AuditEntry } from '@cabinet/api/audit';
import { applyDbContext, Db } from '@cabinet/api/database';
import type { AccountExport } from '@cabinet/shared/contracts';
import { meetingContributions, mergeContributions, NO_CONTRIBUTIONS } from '../account/meeting-contributions';
import type { AuthContext } from '../auth/auth-context';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The person's own data, to take away: their profile, memberships, sessions, what they said and
 * did in board meetings, and what they did in each of their organisations' audit trails (read in that organisation's context, their
 * entries only). Other people's data stays out, apart from the ids the entries name.
 */
@Injectable()
export class ExportMyDataUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: AuthContext): Promise<AccountExport> {
    const { userId } = auth;
    return this.db.transaction({ userId }, async (m) => {
      const user = await m.findOneByOrFail(AppUser, { id: userId });
      const memberships = await m.find(Membership, { where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } });
      const sessions = await m.find(UserSession, { where: { userId }, order: { createdAt: 'DESC' } });
      // The person's own board memberships, whoever runs the board (plain SQL: boards build on identity).
      const boardMemberships: AccountExport['boardMemberships'] = (
        (await m.query(
          `SELECT board_id, display_name, status, board_role, listed_by_role_only, created_at FROM board_member WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        )) as Array<{ board_id: string; display_name: string; status: string; board_role: string | null; listed_by_role_only: boolean; created_at: Date }>
      ).map((row) => ({ boardId: row.board_id, displayName: row.display_name, status: row.status, boardRole: row.board_role, listedByRoleOnly: row.listed_by_role_only, since: row.created_at.toISOString() }));

      const auditEntries: AccountExport['auditEntries'] = [];
      let meetings = NO_CONTRIBUTIONS;
      for (const { organizationId } of memberships) {
        await applyDbContext(m, { userId, organizationId });
        meetings = mergeContributions(meetings, await meetingContributions(m, userId));
        const entries = await m.find(AuditEntry, { where: { organizationId, actorUserId: userId }, order: { seq: 'ASC' } });
        auditEntries.push(
          ...entries.map((e) => ({ organizationId, seq: e.seq, occurredAt: e.occurredAt.toISOString(), action: e.action, entityType: e.entityType, entityId: e.entityId, details: e.details })),
        );
      }

      return {
        exportedAt: new Date().toISOString(),
        profile: {
          id: user.id,
          displayName: user.displayName,
          legalName: user.legalName,
          email: user.email,
          username: user.username,
          locale: user.locale,
          emailVerifiedAt: iso(user.emailVerifiedAt),
          twoFactorEnabled: !!user.totpEnabledAt,
          createdAt: user.createdAt.toISOString(),
        },
        memberships: memberships.map((membership) => ({
          organizationId: membership.organizationId,
          organizationName: membership.organization!.name,
          organizationKind: membership.organization!.kind,
          role: membership.role,
          disabled: !!membership.disabledAt,
          joinedAt: membership.createdAt.toISOString(),
        })),
        sessions: sessions.map((session) => ({ device: session.device, createdAt: session.createdAt.toISOString(), lastSeenAt: session.lastSeenAt.toISOString(), endedAt: iso(session.revokedAt) })),
        boardMemberships,
        meetings,
        auditEntries,
      };
    });
  }
}
