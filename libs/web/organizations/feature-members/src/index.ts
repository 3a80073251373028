export { membersRoutes } from './lib/members.routes';
