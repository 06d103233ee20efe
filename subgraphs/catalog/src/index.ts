export { catalogTypeDefs } from './catalogTypeDefs.ts';
export { startCatalogSubgraph, type CatalogSubgraphOptions } from './startCatalogSubgraph.ts';
export { STANDARD_ITEMS } from './seed/standardItems.ts';
export { STORY_ITEMS } from './seed/storyItemCodes.ts';
