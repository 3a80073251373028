export { peerInputRoutes } from './lib/peer-input.routes';
