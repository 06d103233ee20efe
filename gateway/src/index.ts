export { startGateway, type GatewayOptions } from './startGateway.ts';
export { startFederation, type FederationOptions, type RunningFederation } from './launcher/startFederation.ts';
