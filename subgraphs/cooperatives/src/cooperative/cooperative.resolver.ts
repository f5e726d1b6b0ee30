import { assertId, Connection, PageArgs, Role, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AnnualMeeting } from '../annual-meeting/annual-meeting.entity';
import { HealthRating } from '../health-rating/health-rating.entity';
import { Officer } from '../officer/officer.entity';
import { cooperativeByLegalEntityNumber, cooperativeByNik, listCooperatives } from './cooperative-queries';
import { registerCooperative, updateCooperative } from './cooperative-registry';
import { Cooperative } from './cooperative.entity';
import { CooperativeFilter, RegisterCooperativeInput, UpdateCooperativeInput } from './cooperative.inputs';
import { annualMeetingsOf, cooperativeById, healthRatingsOf, officersOf } from './cooperative.loaders';
import { Region } from '../region/region';
import { isRatCompliant } from './rat-compliance';

@ObjectType({ description: 'A page of cooperatives.' })
export class CooperativeConnection extends Connection(Cooperative, 'cooperative') {}

@Resolver(() => Cooperative)
export class CooperativeResolver {
  @Query(() => Cooperative, { nullable: true, description: 'One cooperative by id; null when none has it.' })
  cooperative(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Cooperative | null> {
    return cooperativeById(context).load(assertId(id, 'cooperative'));
  }

  @Query(() => Cooperative, { nullable: true, description: 'One cooperative by its NIK (Nomor Induk Koperasi); null when none has it.' })
  cooperativeByNik(@Arg('nik', { description: '16-digit Nomor Induk Koperasi.' }) nik: string, @Ctx() context: SubgraphContext) {
    return cooperativeByNik(context, nik);
  }

  @Query(() => Cooperative, { nullable: true, description: 'One cooperative by its legal entity number (nomor badan hukum); null when none has it.' })
  cooperativeByLegalEntityNumber(
    @Arg('legalEntityNumber', { description: 'Legal entity number, exactly as registered.' }) legalEntityNumber: string,
    @Ctx() context: SubgraphContext,
  ) {
    return cooperativeByLegalEntityNumber(context, legalEntityNumber);
  }

  @Query(() => CooperativeConnection, { description: 'Cooperatives matching a filter, sorted by name, one page at a time.' })
  cooperatives(
    @Arg('filter', () => CooperativeFilter, { nullable: true, description: 'Conditions the cooperatives must meet.' }) filter: CooperativeFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ) {
    return listCooperatives(context, filter, page);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region recorded for this cooperative (usually its village).' })
  region(@Root() cooperative: Cooperative): Region | null {
    return Region.find(cooperative.regionCode);
  }

  @FieldResolver(() => [Officer], { description: 'Officers: management (pengurus) and supervisory board (pengawas).' })
  async officers(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext) {
    const officers = await officersOf(context).load(cooperative.id);
    // Officers are personal data scoped by their cooperative's region.
    return officers.map((officer) => Object.assign(officer, { regionCode: cooperative.regionCode }));
  }

  @FieldResolver(() => [AnnualMeeting], { description: 'Annual members\' meetings (RAT) recorded, latest fiscal year first.' })
  annualMeetings(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext) {
    return annualMeetingsOf(context).load(cooperative.id);
  }

  @FieldResolver(() => [HealthRating], { description: 'Health assessments (savings and loan cooperatives), latest year first.' })
  healthRatings(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext) {
    return healthRatingsOf(context).load(cooperative.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it held its annual members\' meeting (RAT) for the last closed fiscal year (asOfYear − 1), or is too new to owe one: part of its readiness for government procurement (Bela Pengadaan).',
  })
  ratCompliant(
    @Root() cooperative: Cooperative,
    @Arg('asOfYear', () => Int, { nullable: true, description: 'Year to measure against; defaults to the current year.' }) asOfYear: number | undefined,
  ): boolean {
    return isRatCompliant(cooperative, asOfYear ?? new Date().getUTCFullYear());
  }

  @FieldResolver(() => HealthRating, { nullable: true, description: 'The most recent health assessment, if any.' })
  async latestHealthRating(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext) {
    const ratings = await healthRatingsOf(context).load(cooperative.id);
    return ratings[0] ?? null;
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Cooperative, {
    description: 'Registers a cooperative with its officers (an officer inside its region, or an admin). CONFLICT for a NIK or legal entity number already registered.',
  })
  registerCooperative(@Arg('input') input: RegisterCooperativeInput, @Ctx() context: SubgraphContext) {
    return registerCooperative(context.db, context.viewer, input);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Cooperative, { description: 'Changes a cooperative\'s record (an officer inside its region, or an admin; NOT_FOUND for an unknown id).' })
  updateCooperative(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCooperativeInput, @Ctx() context: SubgraphContext) {
    return updateCooperative(context.db, context.viewer, assertId(id, 'cooperative'), input);
  }
}
