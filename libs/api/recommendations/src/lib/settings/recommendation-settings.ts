import type { EntityManager } from 'typeorm';
import { BoardRecommendationSettings } from '../entities/board-recommendation-settings.entity';

/** Days an agency has to answer when the board has not set its own; the table's default too. */
export const DEFAULT_RESPONSE_DAYS = 30;

/** The board's response days, read under the caller's transaction and context. */
export async function responseDays(m: EntityManager, boardId: string): Promise<number> {
  return (await m.findOne(BoardRecommendationSettings, { where: { boardId } }))?.responseDays ?? DEFAULT_RESPONSE_DAYS;
}
