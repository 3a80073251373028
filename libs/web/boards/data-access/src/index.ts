export { BoardMembersApi, BoardsApi, PublicBoardsApi } from './lib/boards.api';
// Test data builders for the board libraries' specs (no test-runner dependency).
export { testBoardDetail, testBoardSettings, testRosterMember, testSeatType } from './lib/testing/board-fixtures';
