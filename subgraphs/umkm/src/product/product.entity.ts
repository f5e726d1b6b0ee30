import { OfferTerms, ProductCategory, Provenance } from '@kumkm/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A product a business actor makes or sells, and what a government buyer needs to know of it (Bela Pengadaan).' })
@Entity('umkm_products')
@Index('IDX_umkm_products_actor', ['umkmActorId'])
// MySQL/MariaDB search it with MATCH; SQLite with the FTS5 table umkm_products_search (migrations).
@Index('FT_umkm_products_text', ['name', 'description', 'searchTerms'], { fulltext: true })
export class Product {
  @Field(() => ID, { description: 'Stable id of the product.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  umkmActorId!: string;

  @ManyToOne(() => UmkmActor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'umkmActorId' })
  umkmActor?: Relation<UmkmActor>;

  @Field({ description: 'Product name.' })
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Field(() => ProductCategory, { nullable: true, description: 'Procurement category; null until the office records it.' })
  @Column({ type: 'simple-enum', enum: ProductCategory, nullable: true })
  category!: ProductCategory | null;

  @Field(() => OfferTerms, { description: 'What government buyers need to know to order it: indicative prices, unit, monthly capacity, and whether it is offered to them.' })
  @Column(() => OfferTerms, { prefix: false })
  offer!: OfferTerms;

  @Field(() => Provenance, { description: 'Which office recorded the product, and when; the file and row when it was imported.' })
  @Column(() => Provenance)
  provenance!: Provenance;

  /**
   * Extra words of the full-text index (`searchTermsOf`): the business actor's region (kw81 kw8171 …) and the
   * first letters of each word within its province (kw81pker …), so that MySQL/MariaDB search a
   * region, and type-ahead in it, without reading the country's matches. Kept by writes.
   */
  @Column({ type: 'text', nullable: true, select: false })
  searchTerms?: string | null;
}
