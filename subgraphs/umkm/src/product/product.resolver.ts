import { assertId, Role, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { registerProduct, updateProduct } from './product-catalogue';
import { Product } from './product.entity';
import { ProductInput, UpdateProductInput } from './product.inputs';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Product, { description: 'Adds a product to a business actor, with its terms for government buyers (Bela Pengadaan); FORBIDDEN outside the officer\'s region.' })
  registerProduct(
    @Arg('umkmActorId', () => ID) umkmActorId: string,
    @Arg('input') input: ProductInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Product> {
    return registerProduct(context.db, context.viewer, assertId(umkmActorId, 'business actor', 'umkmActorId'), input);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => Product, { description: 'Changes a product or its terms for government buyers (NOT_FOUND for an unknown id, BAD_USER_INPUT for an inverted price range).' })
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateProductInput, @Ctx() context: SubgraphContext): Promise<Product> {
    return updateProduct(context.db, context.viewer, assertId(id, 'product'), input);
  }
}
