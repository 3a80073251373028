export { recommendationsRoutes } from './lib/recommendations.routes';
