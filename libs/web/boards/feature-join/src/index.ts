export { joinRoutes } from './lib/join.routes';
