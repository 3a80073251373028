import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { BoardMember } from '../entities/board-member.entity';
import { BoardTerm } from '../entities/board-term.entity';

/**
 * Every term the person has served on this board, including earlier memberships that ended
 * (matched by account or email): leaving and rejoining does not reset the consecutive-term count.
 */
export async function termsServed(m: EntityManager, member: BoardMember): Promise<BoardTerm[]> {
  return (await termsServedByEach(m, member.boardId, [member])).get(member.id) ?? [];
}

/**
 * `termsServed` for several members of one board at once, oldest term first, keyed by member id:
 * two queries whatever their number, so the board page and the renew rule count the same terms.
 */
export async function termsServedByEach(m: EntityManager, boardId: string, members: readonly BoardMember[]): Promise<Map<string, BoardTerm[]>> {
  if (!members.length) return new Map();
  const userIds = [...new Set(members.flatMap((x) => (x.userId ? [x.userId] : [])))];
  const emails = [...new Set(members.flatMap((x) => (x.email ? [x.email] : [])))];
  const where: Array<FindOptionsWhere<BoardMember>> = [
    { boardId, id: In(members.map((x) => x.id)) },
    ...(userIds.length ? [{ boardId, userId: In(userIds) }] : []),
    ...(emails.length ? [{ boardId, email: In(emails) }] : []),
  ];
  const related = await m.find(BoardMember, { where });
  const terms = await m.find(BoardTerm, { where: { boardId, memberId: In(related.map((x) => x.id)) }, order: { startsOn: 'ASC' } });
  return new Map(
    members.map((member) => {
      const same = new Set(
        related.filter((x) => x.id === member.id || (!!member.userId && x.userId === member.userId) || (!!member.email && x.email === member.email)).map((x) => x.id),
      );
      return [member.id, terms.filter((t) => same.has(t.memberId))];
    }),
  );
}
