import { assertId, PageArgs, Role, type SubgraphContext } from '@kumkm/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cooperative } from '../cooperative/cooperative.type';
import { Product } from '../product/product.entity';
import { joinCooperative, leaveCooperative, registerUmkmActor, updateUmkmActor } from './umkm-actor-registry';
import { UmkmActor } from './umkm-actor.entity';
import { RegisterUmkmActorInput, UmkmActorFilter, UpdateUmkmActorInput } from './umkm-actor.inputs';
import { listUmkmActors, UmkmActorConnection, umkmActorByNib } from './umkm-actor-queries';
import { productsOf, umkmActorById } from './umkm-actor.loaders';
import { Region } from '../region/region';

@Resolver(() => UmkmActor)
export class UmkmActorResolver {
  @Query(() => UmkmActor, { nullable: true, description: 'One business actor by id; null when none has it.' })
  umkmActor(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<UmkmActor | null> {
    return umkmActorById(context).load(assertId(id, 'business actor'));
  }

  @Query(() => UmkmActor, { nullable: true, description: 'One business actor by NIB (Nomor Induk Berusaha); null when none has it.' })
  umkmActorByNib(@Arg('nib', { description: '13-digit NIB.' }) nib: string, @Ctx() context: SubgraphContext) {
    return umkmActorByNib(context, nib);
  }

  @Query(() => UmkmActorConnection, { description: 'Business actors matching a filter, sorted by business name, one page at a time.' })
  umkmActors(
    @Arg('filter', () => UmkmActorFilter, { nullable: true, description: 'Conditions the business actors must meet.' }) filter: UmkmActorFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ) {
    return listUmkmActors(context, filter, page);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region recorded for this business (usually its village).' })
  region(@Root() actor: UmkmActor): Region | null {
    return Region.find(actor.regionCode);
  }

  @FieldResolver(() => Cooperative, { nullable: true, description: 'The cooperative this business is a member of, if any.' })
  cooperative(@Root() actor: UmkmActor): Cooperative | null {
    return actor.cooperativeId ? { id: actor.cooperativeId } : null;
  }

  @FieldResolver(() => [Product], { description: 'Products of the business.' })
  products(@Root() actor: UmkmActor, @Ctx() context: SubgraphContext) {
    return productsOf(context).load(actor.id);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => UmkmActor, {
    description: 'Registers a business actor. The scale is derived from the annual sales (PP 7/2021); CONFLICT for a NIB already registered.',
  })
  registerUmkmActor(@Arg('input') input: RegisterUmkmActorInput, @Ctx() context: SubgraphContext) {
    return registerUmkmActor(context.db, context.entityOwners, context.viewer, input);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => UmkmActor, { description: 'Changes a business actor\'s record; the scale follows new annual sales (NOT_FOUND for an unknown id).' })
  updateUmkmActor(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUmkmActorInput, @Ctx() context: SubgraphContext) {
    return updateUmkmActor(context.db, context.viewer, assertId(id, 'business actor'), input);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => UmkmActor, { description: 'Records that a business joined a cooperative (which must exist). A business belongs to at most one cooperative.' })
  joinCooperative(
    @Arg('umkmActorId', () => ID) umkmActorId: string,
    @Arg('cooperativeId', () => ID) cooperativeId: string,
    @Ctx() context: SubgraphContext,
  ) {
    return joinCooperative(context.db, context.entityOwners, context.viewer, assertId(umkmActorId, 'business actor', 'umkmActorId'), cooperativeId);
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => UmkmActor, { description: 'Records that a business left its cooperative.' })
  leaveCooperative(@Arg('umkmActorId', () => ID) umkmActorId: string, @Ctx() context: SubgraphContext) {
    return leaveCooperative(context.db, context.viewer, assertId(umkmActorId, 'business actor', 'umkmActorId'));
  }
}
