import { BusinessScale } from '@kumkm/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Number of business actors of one scale.' })
export class ScaleCount {
  @Field(() => BusinessScale, { description: 'Scale.' })
  scale!: BusinessScale;

  @Field(() => Int, { description: 'How many business actors have this scale.' })
  count!: number;
}

@ObjectType({ description: 'The business actors (UMKM) that are members of a cooperative.' })
export class MemberSummary {
  @Field(() => Int, { description: 'Member businesses recorded.' })
  total!: number;

  @Field(() => [ScaleCount], { description: 'Member businesses by scale; every scale is listed.' })
  byScale!: ScaleCount[];

  @Field(() => Int, { description: 'Member businesses holding a halal certificate.' })
  halalCertified!: number;

  @Field(() => Int, { description: 'Woman-owned member businesses.' })
  womanOwned!: number;
}
