import { Field, Int, ObjectType } from 'type-graphql';
import { CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';

@ObjectType({ description: 'Number of cooperatives of one type.' })
export class CooperativeTypeCount {
  @Field(() => CooperativeType, { description: 'Type of cooperative.' })
  type!: CooperativeType;

  @Field(() => Int, { description: 'How many active cooperatives have this type.' })
  count!: number;
}

@ObjectType({ description: 'Number of cooperatives with one status.' })
export class CooperativeStatusCount {
  @Field(() => CooperativeStatus, { description: 'Status.' })
  status!: CooperativeStatus;

  @Field(() => Int, { description: 'How many cooperatives have this status.' })
  count!: number;
}

@ObjectType({ description: 'Annual members\' meetings (RAT) recorded for one fiscal year.' })
export class AnnualMeetingYear {
  @Field(() => Int, { description: 'The fiscal year (tahun buku) the meetings approved.' })
  fiscalYear!: number;

  @Field(() => Int, { description: 'Cooperatives of the region with a RAT recorded for that fiscal year.' })
  cooperatives!: number;
}

@ObjectType({ description: 'Cooperatives of a region and all regions below it, counted in the database.' })
export class CooperativeSummary {
  @Field(() => Int, { description: 'All cooperatives on record, whatever their status.' })
  total!: number;

  @Field(() => Int, { description: 'Active cooperatives.' })
  active!: number;

  @Field(() => [CooperativeTypeCount], { description: 'Active cooperatives by type; every type is listed, with 0 where there are none.' })
  byType!: CooperativeTypeCount[];

  @Field(() => [CooperativeStatusCount], { description: 'All cooperatives by status; every status is listed.' })
  byStatus!: CooperativeStatusCount[];

  @Field(() => Int, { description: 'Members (anggota) of the active cooperatives, as last reported.' })
  members!: number;

  @Field(() => Int, { description: 'Active cooperatives of the Merah Putih programme (KDMP/KKMP).' })
  merahPutih!: number;

  @Field(() => Int, {
    description:
      'Active cooperatives that held no RAT in asOfYear or the year before (none recorded, or the last one earlier), ' +
      'leaving out those established in that window, which could not have held one yet.',
  })
  withoutRecentRat!: number;

  @Field(() => Int, { description: 'The year the RAT count is measured against.' })
  asOfYear!: number;

  /** The region summed up, for the fields resolved on their own (withoutNik). */
  regionCode!: string;
}
