import { buildFederatedSchema, importJobSchema, recordsOriginResolver, referenceResolverById, type DatabaseDefinition } from '@kumkm/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { AnnualMeeting } from './annual-meeting/annual-meeting.entity';
import { AnnualMeetingResolver } from './annual-meeting/annual-meeting.resolver';
import { BusinessLine } from './business-line/business-line.entity';
import { BusinessLineResolver, CooperativeBusinessLinesResolver } from './business-line/business-line.resolver';
import { Cooperative } from './cooperative/cooperative.entity';
import { CooperativeResolver } from './cooperative/cooperative.resolver';
import { HealthRating } from './health-rating/health-rating.entity';
import { HealthRatingResolver } from './health-rating/health-rating.resolver';
import { mysqlMigrations, sqliteMigrations } from './migrations';
import { Officer } from './officer/officer.entity';
import { CooperativeDataQualityResolver, CooperativeSummaryResolver } from './region/cooperative-summary.resolver';
import { Region, regionReferenceResolver, RegionResolver } from './region/region';

export const cooperativesDatabase: DatabaseDefinition = {
  entities: [Cooperative, Officer, AnnualMeeting, HealthRating, BusinessLine],
  migrations: { mysql: mysqlMigrations, sqlite: sqliteMigrations },
};

// Built once: each build of the job types would declare them anew.
const importJobs = importJobSchema('cooperatives');

export function buildCooperativesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [RegionResolver, CooperativeResolver, AnnualMeetingResolver, HealthRatingResolver, BusinessLineResolver, CooperativeBusinessLinesResolver, CooperativeSummaryResolver, CooperativeDataQualityResolver, recordsOriginResolver(Region, 'cooperativeRecords', 'cooperatives', { records: 'cooperative records', subgraph: 'cooperatives' }), ...importJobs.resolvers],
    referenceResolvers: [regionReferenceResolver, referenceResolverById('Cooperative', Cooperative), referenceResolverById('BusinessLine', BusinessLine), importJobs.referenceResolvers],
    orphanedTypes: importJobs.orphanedTypes,
  });
}
