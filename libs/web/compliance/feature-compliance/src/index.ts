export { complianceRoutes } from './lib/compliance.routes';
