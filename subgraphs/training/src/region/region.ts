import { defineRegionEntity } from '@kumkm/subgraph-kit';

/** This subgraph's Region entity (see defineRegionEntity for why each subgraph has its own class). */
export const { Region, RegionResolver, regionReferenceResolver } = defineRegionEntity();
export type Region = InstanceType<typeof Region>;
