import { In, type EntityManager } from 'typeorm';
import { BoardMember } from '../entities/board-member.entity';
import { BoardTerm } from '../entities/board-term.entity';

/**
 * Every term the person has served on this board, including earlier memberships that ended
 * (matched by account or email): leaving and rejoining does not reset the consecutive-term count.
 */
export async function termsServed(m: EntityManager, member: BoardMember): Promise<BoardTerm[]> {
  const same = await m.find(BoardMember, {
    where: [{ boardId: member.boardId, id: member.id }, ...(member.userId ? [{ boardId: member.boardId, userId: member.userId }] : []), ...(member.email ? [{ boardId: member.boardId, email: member.email }] : [])],
  });
  return m.find(BoardTerm, { where: { boardId: member.boardId, memberId: In(same.map((x) => x.id)) }, order: { startsOn: 'ASC' } });
}
