export { LandingPageComponent } from './lib/landing-page/landing-page.component';
