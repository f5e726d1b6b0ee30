export { umkmSubgraph as subgraph } from './subgraph';
export { umkmManifest } from './manifest';
export { buildUmkmSchema, umkmDatabase } from './schema';
export { PRODUCT_OFFERS } from './product/product-offer-matches';
