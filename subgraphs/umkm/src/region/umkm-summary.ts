import { RupiahScalar } from '@kumkm/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { ScaleCount } from '../cooperative/member-summary';
import { KbliCategory } from '@kumkm/subgraph-kit';

@ObjectType({ description: 'Number of business actors in one KBLI category.' })
export class SectorCount {
  @Field(() => KbliCategory, { description: 'KBLI 2020 category letter.' })
  sector!: KbliCategory;

  @Field(() => Int, { description: 'How many business actors are in this category.' })
  count!: number;
}

@ObjectType({ description: 'Business actors (UMKM) of a region and all regions below it, counted in the database.' })
export class UmkmSummary {
  @Field(() => Int, { description: 'Business actors on record.' })
  total!: number;

  @Field(() => [ScaleCount], { description: 'By scale (PP 7/2021); every scale is listed.' })
  byScale!: ScaleCount[];

  @Field(() => [SectorCount], { description: 'By KBLI category, most numerous first; categories with none are left out.' })
  bySector!: SectorCount[];

  @Field(() => Int, { description: 'Business actors holding a halal certificate.' })
  halalCertified!: number;

  @Field(() => Int, { description: 'Woman-owned business actors.' })
  womanOwned!: number;

  @Field(() => Int, { description: 'Workers employed, as last reported.' })
  employees!: number;

  @Field(() => RupiahScalar, { description: 'Annual sales of all of them together, in rupiah.' })
  annualSales!: string;

  /** The region summed up, for the fields resolved on their own (withoutKbliCode). */
  regionCode!: string;
}
