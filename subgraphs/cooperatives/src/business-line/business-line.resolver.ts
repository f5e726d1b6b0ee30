import { assertId, groupByKeys, OfferMatch, OfferMatchArgs, Role, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';
import { BusinessLine } from './business-line.entity';
import { RegisterBusinessLineInput, UpdateBusinessLineInput } from './business-line.inputs';
import { businessLineOfferMatches } from './business-line-offer-matches';
import { registerBusinessLine, updateBusinessLine } from './business-lines';

/** The business lines of many cooperatives in one statement per request. */
function businessLinesOf(context: SubgraphContext) {
  return context.loaders.get<string, BusinessLine[]>('businessLinesByCooperative', async (ids) => {
    const rows = await context.db.getRepository(BusinessLine).find({ where: { cooperativeId: In([...ids]) }, order: { name: 'ASC' } });
    return groupByKeys(ids, rows, (row) => row.cooperativeId);
  });
}

@Resolver(() => BusinessLine)
export class BusinessLineResolver {
  @Directive('@inaccessible')
  @Query(() => [OfferMatch], { description: 'Business lines of active cooperatives matching a supplier search, best first; internal, asked by the umkm subgraph for `suppliers`.' })
  businessLineOfferMatches(@Args() args: OfferMatchArgs, @Ctx() context: SubgraphContext): Promise<OfferMatch[]> {
    return businessLineOfferMatches(context, args);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => BusinessLine, { description: 'Adds a business line (unit usaha) to a cooperative, with its terms for government buyers (Bela Pengadaan); FORBIDDEN outside the officer\'s region.' })
  registerBusinessLine(
    @Arg('cooperativeId', () => ID) cooperativeId: string,
    @Arg('input') input: RegisterBusinessLineInput,
    @Ctx() context: SubgraphContext,
  ): Promise<BusinessLine> {
    return registerBusinessLine(context.db, context.viewer, assertId(cooperativeId, 'cooperative', 'cooperativeId'), input);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => BusinessLine, { description: 'Changes a business line or its terms for government buyers (NOT_FOUND for an unknown id, BAD_USER_INPUT for an inverted price range).' })
  updateBusinessLine(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateBusinessLineInput, @Ctx() context: SubgraphContext): Promise<BusinessLine> {
    return updateBusinessLine(context.db, context.viewer, assertId(id, 'business line'), input);
  }
}

@Resolver(() => Cooperative)
export class CooperativeBusinessLinesResolver {
  @FieldResolver(() => [BusinessLine], { description: 'Business lines (unit usaha) the cooperative runs, by name.' })
  businessLines(@Root() cooperative: Cooperative, @Ctx() context: SubgraphContext): Promise<BusinessLine[]> {
    return businessLinesOf(context).load(cooperative.id);
  }
}
