import { BusinessScale, OFFER_MATCH_LIMIT, PageInfo, ProductCategory } from '@kumkm/subgraph-kit';
import { createUnionType, Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Cooperative } from '../cooperative/cooperative.type';
import { Product } from '../product/product.entity';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';

/** Owned by the cooperatives subgraph; a supplier search names the business lines it found. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A business line (unit usaha) a cooperative runs, and what a government buyer needs to know of it (Bela Pengadaan).' })
export class BusinessLine {
  @Field(() => ID, { description: 'Stable id of the business line.' })
  id!: string;
}

export const Supplier = createUnionType({
  name: 'Supplier',
  description: 'Who can supply a government buyer (penyedia for Bela Pengadaan): a business actor (UMKM) or a cooperative.',
  types: () => [UmkmActor, Cooperative] as const,
  resolveType: (value) => (value instanceof UmkmActor ? UmkmActor : Cooperative),
});

export const Offer = createUnionType({
  name: 'Offer',
  description: 'What a supplier offers: a business actor\'s product or a cooperative\'s business line.',
  types: () => [Product, BusinessLine] as const,
  resolveType: (value) => (value instanceof Product ? Product : BusinessLine),
});

@InputType({ description: 'What suppliers must be or offer. Each filter is answered by the subgraph that owns it.' })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Kemendagri code of the region the supplier is in (a province, regency, district or village).' })
  region?: string | null;

  @Field(() => ProductCategory, { nullable: true, description: 'Procurement category of a product; lists business actors only, since business lines are classified by KBLI.' })
  category?: ProductCategory | null;

  @Field(() => String, { nullable: true, description: 'KBLI 2020 code or its first digits (the 2-digit division at least): a business line\'s code, or the code of the business actor making the product.' })
  kbli?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only business actors holding a halal certificate (true), or suppliers without one (false); cooperatives hold none in this graph.' })
  halal?: boolean | null;

  @Field(() => BusinessScale, { nullable: true, description: 'Only business actors of this scale (PP 7/2021); lists business actors only.' })
  scale?: BusinessScale | null;

  @Field(() => Boolean, { nullable: true, description: 'Only suppliers that completed at least one programme of the regional offices (true), or none (false).' })
  trained?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offers that are (true) or are not (false) offered for government procurement.' })
  offeredForProcurement?: boolean | null;
}

@ObjectType({ description: 'One supplier in a page of search results, with the offers that matched.' })
export class SupplierEdge {
  @Field({ description: 'Opaque cursor of this supplier in the results.' })
  cursor!: string;

  @Field(() => Supplier, { description: 'The business actor or cooperative.' })
  node!: UmkmActor | Cooperative;

  @Field(() => [Offer], { description: 'Its offers that matched the search and filter, best first.' })
  offers!: Array<Product | BusinessLine>;

  @Field(() => Float, { description: 'How well the best of its offers matched, 0 to 2: 1 for the words standing together as typed, plus the relevance relative to the best match of its kind. 0 without a search.' })
  relevance!: number;
}

@ObjectType({ description: 'A page of suppliers, best match first.' })
export class SupplierConnection {
  @Field(() => [SupplierEdge], { description: 'The suppliers of this page, in order.' })
  edges!: SupplierEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the results.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Suppliers in the results, over all pages.' })
  totalCount!: number;

  @Field({ description: `False when more offers matched than one search ranks (${OFFER_MATCH_LIMIT} of each kind): narrow the search or the filter to see the rest.` })
  complete!: boolean;
}
