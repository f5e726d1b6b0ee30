import { assertId, PageArgs, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { UmkmActorConnection } from '../umkm-actor/umkm-actor-queries';
import { Cooperative } from './cooperative.type';
import { memberPages, memberSummaries } from './member-queries';
import { MemberSummary } from './member-summary';

@Resolver(() => Cooperative)
export class CooperativeMembersResolver {
  @FieldResolver(() => UmkmActorConnection, {
    nullable: true,
    description: 'Business actors (UMKM) that are members of this cooperative, by business name; null only when the umkm subgraph is unavailable.',
  })
  members(@Root() cooperative: Cooperative, @Args() page: PageArgs, @Ctx() context: SubgraphContext) {
    return memberPages(context, page).load(assertId(cooperative.id, 'cooperative'));
  }

  @FieldResolver(() => MemberSummary, { nullable: true, description: 'Counts of the member businesses of this cooperative; null only when the umkm subgraph is unavailable.' })
  memberSummary(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext) {
    return memberSummaries(context).load(cooperative.id);
  }
}
