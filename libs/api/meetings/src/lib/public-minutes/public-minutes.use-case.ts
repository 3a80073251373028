import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { type Locale, publicMinutesBody, type PublicMinutesSummary, type PublicMinutesView } from '@cabinet/shared/contracts';
import { Meeting } from '../entities/meeting.entity';
import { Minutes } from '../entities/minutes.entity';
import { minutesFileName, minutesPdf } from '../minutes/minutes-pdf';

/** A board with public pages, by its web address; any other is the same 404 as none. */
async function publicBoard(m: EntityManager, slug: string): Promise<Board> {
  const board = await m.findOneBy(Board, { slug });
  if (!board?.publicPages) throw DomainError.notFound('This board');
  return board;
}

function summaryOf(minutes: Minutes, meeting: Meeting): PublicMinutesSummary {
  return { meetingId: minutes.meetingId, meetingTitle: meeting.title, meetingStartsAt: meeting.startsAt.toISOString(), timeZone: meeting.timeZone, publishedAt: minutes.publishedAt!.toISOString(), summary: minutes.summary ?? '' };
}

/**
 * Published minutes on a board's public page, for anyone without signing in: the plain-language
 * summary and the text without its private sections. Reached by the board's slug and nothing else
 * (row-level security shows only published minutes of a board with public pages).
 */
@Injectable()
export class PublicMinutesUseCase {
  constructor(private readonly db: Db) {}

  list(slug: string): Promise<PublicMinutesSummary[]> {
    return this.db.transaction({ boardSlug: slug }, async (m) => {
      const board = await publicBoard(m, slug);
      const minutes = await m.find(Minutes, { where: { boardId: board.id, status: 'published' }, order: { publishedAt: 'DESC' }, take: 100 });
      const meetings = minutes.length ? await m.find(Meeting, { where: { id: In(minutes.map((one) => one.meetingId)) } }) : [];
      return minutes.flatMap((one) => {
        const meeting = meetings.find((mt) => mt.id === one.meetingId);
        return meeting ? [summaryOf(one, meeting)] : [];
      }).sort((a, b) => b.meetingStartsAt.localeCompare(a.meetingStartsAt));
    });
  }

  get(slug: string, meetingId: string): Promise<PublicMinutesView> {
    return this.db.transaction({ boardSlug: slug }, (m) => this.load(m, slug, meetingId));
  }

  async pdf(slug: string, meetingId: string, locale: Locale): Promise<{ filename: string; pdf: Buffer }> {
    const view = await this.get(slug, meetingId);
    const startsAt = new Date(view.meetingStartsAt);
    const content = { meetingTitle: view.meetingTitle, meetingStartsAt: startsAt, timeZone: view.timeZone, status: 'published' as const, summary: view.summary, body: view.body, redacted: view.redacted };
    return { filename: minutesFileName(startsAt, view.timeZone), pdf: await minutesPdf(content, locale) };
  }

  private async load(m: EntityManager, slug: string, meetingId: string): Promise<PublicMinutesView> {
    const board = await publicBoard(m, slug);
    const minutes = await m.findOneBy(Minutes, { boardId: board.id, meetingId, status: 'published' });
    const meeting = minutes && (await m.findOneBy(Meeting, { id: meetingId }));
    if (!minutes || !meeting) throw DomainError.notFound('These minutes');
    return { ...summaryOf(minutes, meeting), boardName: board.name, boardSlug: board.slug, body: publicMinutesBody(minutes.body, minutes.privateSections), redacted: minutes.privateSections.length > 0 };
  }
}
