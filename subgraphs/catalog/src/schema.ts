import { catalogTypeDefs } from './catalogTypeDefs.ts';

/** This subgraph's SDL, for `npm run compose`. */
export const typeDefs = catalogTypeDefs();
