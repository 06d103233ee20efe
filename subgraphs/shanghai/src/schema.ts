import { provinceTypeDefs } from '@yrd/shared/provinceKit/provinceTypeDefs';
import { requireRegion } from '@yrd/shared/regions/regionRegistry';

/** This subgraph's SDL, for `npm run compose`. */
export const typeDefs = provinceTypeDefs(requireRegion('SHANGHAI'));
