export { meetingsRoutes } from './lib/meetings.routes';
