import { PageArgs, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { searchSuppliers } from './supplier-search';
import { SupplierConnection, SupplierFilter } from './supplier.types';

/**
 * The supplier directory for government buyers (Bela Pengadaan). Served here because this subgraph
 * holds most offers (products) and the suppliers that offer them: a page of business actors and
 * their products is answered in this one subgraph fetch, with no second round of entity fetches.
 */
@Resolver()
export class SupplierResolver {
  @Query(() => SupplierConnection, {
    description:
      'Business actors and cooperatives whose offers match a search, best match first (Bela Pengadaan: "klik, langsung muncul"). Words are matched in offer names and descriptions whatever their case, accents or punctuation, the last one also as a prefix for type-ahead. Give words, a filter, or both: neither is BAD_USER_INPUT.',
  })
  suppliers(
    @Arg('search', () => String, { nullable: true, description: 'Words to find, e.g. "keripik pisang"; at most 100 characters.' }) search: string | null | undefined,
    @Arg('filter', () => SupplierFilter, { nullable: true, description: 'What the suppliers must be or offer.' }) filter: SupplierFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ): Promise<SupplierConnection> {
    return searchSuppliers(context, search, filter ?? {}, page);
  }
}
