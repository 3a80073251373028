export { authRoutes } from './lib/auth.routes';
