import { type BoardDetail, ORGANIZING_BOARD_ROLES } from '@cabinet/shared/contracts';

/**
 * Whether to offer the viewer the organisers' screens: the board's managers and its office holders
 * (as in the meetings feature, which a feature library cannot import). Only a hint: the API decides.
 */
export function mayOrganize(board: BoardDetail): boolean {
  if (board.canManage) return true;
  return board.roster.some(
    (member) => (member.isMe || (board.myMemberId !== null && member.id === board.myMemberId)) && member.boardRole !== null && ORGANIZING_BOARD_ROLES.includes(member.boardRole),
  );
}
