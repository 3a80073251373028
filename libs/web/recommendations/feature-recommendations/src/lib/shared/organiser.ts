import { type BoardDetail, ORGANIZING_BOARD_ROLES } from '@cabinet/shared/contracts';

/**
 * Whether to offer the viewer the organisers' actions: the board's managers, and the members who
 * hold one of its offices. Only a hint for the screen: the API decides (and says so in `can.*`).
 */
export function mayOrganize(board: BoardDetail): boolean {
  if (board.canManage) return true;
  return board.roster.some(
    (member) => (member.isMe || (board.myMemberId !== null && member.id === board.myMemberId)) && member.boardRole !== null && ORGANIZING_BOARD_ROLES.includes(member.boardRole),
  );
}
