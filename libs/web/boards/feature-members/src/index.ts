export { boardMembersRoutes } from './lib/board-members.routes';
