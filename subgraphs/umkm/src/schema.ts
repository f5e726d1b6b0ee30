import { buildFederatedSchema, importJobSchema, recordsOriginResolver, referenceResolverById, type DatabaseDefinition } from '@kumkm/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { cooperativeReferenceResolver } from './cooperative/cooperative.type';
import { CooperativeMembersResolver } from './cooperative/cooperative-members.resolver';
import { mysqlMigrations, sqliteMigrations } from './migrations';
import { Product } from './product/product.entity';
import { ProductResolver } from './product/product.resolver';
import { Region, regionReferenceResolver, RegionResolver } from './region/region';
import { SupplierResolver } from './supplier/supplier.resolver';
import { UmkmDataQualityResolver, UmkmSummaryResolver } from './region/umkm-summary.resolver';
import { UmkmRegencyRollup } from './region/umkm-regency-rollup.entity';
import { UmkmActor } from './umkm-actor/umkm-actor.entity';
import { UmkmActorResolver } from './umkm-actor/umkm-actor.resolver';

export const umkmDatabase: DatabaseDefinition = {
  entities: [UmkmActor, Product, UmkmRegencyRollup],
  migrations: { mysql: mysqlMigrations, sqlite: sqliteMigrations },
};

// Built once: each build of the job types would declare them anew.
const importJobs = importJobSchema('umkm');

export function buildUmkmSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [RegionResolver, UmkmActorResolver, ProductResolver, CooperativeMembersResolver, SupplierResolver, UmkmSummaryResolver, UmkmDataQualityResolver, recordsOriginResolver(Region, 'umkmRecords', 'umkm_actors', { records: 'business actor (UMKM) records', subgraph: 'umkm' }), ...importJobs.resolvers],
    referenceResolvers: [regionReferenceResolver, referenceResolverById('UmkmActor', UmkmActor), referenceResolverById('Product', Product), cooperativeReferenceResolver, importJobs.referenceResolvers],
    orphanedTypes: importJobs.orphanedTypes,
  });
}
