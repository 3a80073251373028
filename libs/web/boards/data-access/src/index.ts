export { BoardMembersApi, BoardsApi, PublicBoardsApi } from './lib/boards.api';
