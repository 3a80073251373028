export { recommendationsRoutes } from './lib/recommendations.routes';
export { ClaimOutcomeComponent } from './lib/public/claim-outcome.component';
export { PublicOutcomesLinkComponent } from './lib/public/public-outcomes-link.component';
