import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull, MoreThanOrEqual } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, Board } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, newToken, webLink } from '@cabinet/api/identity';
import type { CalendarFeedInput, CalendarFeedView } from '@cabinet/shared/contracts';
import { CalendarFeed } from '../entities/calendar-feed.entity';
import { Meeting } from '../entities/meeting.entity';
import { icsCalendar } from '../calendar/ics';
import { meetingEvent } from '../calendar/meeting-event';
import { boardsShownTo, feedOwner, mayFollowBoard } from './feed-owner-access';

/** Past meetings a feed still shows, so a calendar keeps recent history. */
const FEED_PAST_DAYS = 90;

/**
 * Private calendar addresses: one board's meetings, or every meeting of the boards a person sits on.
 * The address carries a random secret (only its hash is kept) and stops working when revoked.
 */
@Injectable()
export class CalendarFeedsUseCases {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  create(auth: InOrganization, input: CalendarFeedInput): Promise<CalendarFeedView> {
    const token = newToken();
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const access = input.boardId ? await accessBoard(m, auth, input.boardId) : null;
      // The feed would serve them nothing (see boardsShownTo): say so now rather than hand out an empty calendar.
      if (access && !mayFollowBoard(access)) throw DomainError.invalid('boardId', 'has a calendar link only for people who sit on the board or run it');
      const board = access?.board ?? null;
      const feed = await m.save(m.create(CalendarFeed, { organizationId: auth.organizationId, userId: auth.userId, boardId: board?.id ?? null, scope: input.scope, tokenHash: hashToken(token) }));
      await this.audit.record(m, { organizationId: auth.organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'calendar_feed.created', entityType: 'calendar_feed', entityId: feed.id, details: { scope: input.scope } });
      return { id: feed.id, scope: feed.scope, boardId: board?.id ?? null, boardName: board?.name ?? null, createdAt: feed.createdAt.toISOString(), url: webLink(this.config.APP_URL, `/api/calendar/${token}`) };
    });
  }

  list(auth: InOrganization): Promise<CalendarFeedView[]> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const feeds = await m.find(CalendarFeed, { where: { userId: auth.userId, organizationId: auth.organizationId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
      const boardIds = feeds.map((feed) => feed.boardId).filter((id): id is string => !!id);
      const boards = boardIds.length ? await m.find(Board, { where: { id: In(boardIds) } }) : [];
      return feeds.map((feed) => ({ id: feed.id, scope: feed.scope, boardId: feed.boardId, boardName: boards.find((b) => b.id === feed.boardId)?.name ?? null, createdAt: feed.createdAt.toISOString() }));
    });
  }

  revoke(auth: InOrganization, feedId: string): Promise<void> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const result = await m.update(CalendarFeed, { id: feedId, userId: auth.userId, organizationId: auth.organizationId, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw DomainError.notFound('This calendar link');
      await this.audit.record(m, { organizationId: auth.organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'calendar_feed.revoked', entityType: 'calendar_feed', entityId: feedId });
    });
  }

  /**
   * The feed itself, for a calendar app without a session. The secret finds the feed; the feed's
   * owner then stands in, as they are now: the boards they still sit on or manage, in their organisation.
   *
   * An owner who lost that access (left the board, lost the manager role, disabled, erased) gets a
   * valid but empty calendar rather than a 404. Calendar apps treat an error as "try again later"
   * and keep showing the last copy, meeting links included; an empty calendar makes them remove
   * those events. A revoked address is still a 404: its owner chose to end it.
   */
  async read(token: string): Promise<string> {
    const tokenHash = hashToken(token);
    const feed = await this.db.transaction({ feedTokenHash: tokenHash }, (m) => m.findOneBy(CalendarFeed, { tokenHash, revokedAt: IsNull() }));
    if (!feed) throw DomainError.notFound('This calendar');
    return this.db.transaction({ organizationId: feed.organizationId, userId: feed.userId }, async (m) => {
      const owner = await feedOwner(m, feed);
      const boards = owner ? await boardsShownTo(m, owner, feed) : [];
      const since = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
      const meetings = boards.length ? await m.find(Meeting, { where: { boardId: In(boards.map((b) => b.id)), endsAt: MoreThanOrEqual(since) }, order: { startsAt: 'ASC' } }) : [];
      const names = new Map(boards.map((b) => [b.id, b.name]));
      return icsCalendar({
        // Not even the board's name once the owner can no longer see the board.
        name: feed.boardId && boards[0] ? boards[0].name : 'Cabinet meetings',
        events: meetings.map((meeting) => meetingEvent(meeting, names.get(meeting.boardId) ?? '', this.config.APP_URL)),
      });
    });
  }
}
