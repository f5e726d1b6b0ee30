import { KbliCategory, kbliCategoryOf, OfferTerms, Provenance } from '@kumkm/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A business line (unit usaha) a cooperative runs, and what a government buyer needs to know of it (Bela Pengadaan).' })
@Entity('business_lines')
@Index('IDX_business_lines_cooperative', ['cooperativeId'])
// MySQL/MariaDB search it with MATCH; SQLite with the FTS5 table business_lines_search (migrations).
@Index('FT_business_lines_text', ['name', 'description', 'searchTerms'], { fulltext: true })
export class BusinessLine {
  @Field(() => ID, { description: 'Stable id of the business line.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID, { description: 'The cooperative that runs it.' })
  @Column({ type: 'varchar', length: 36 })
  cooperativeId!: string;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperativeId' })
  cooperative?: Relation<Cooperative>;

  @Field({ description: 'Name of the business line, e.g. "Unit Katering" or "Toko Sembako".' })
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Field({ description: 'Five-digit KBLI 2020 code of the business line (its procurement category).' })
  @Column({ type: 'varchar', length: 5 })
  kbliCode!: string;

  @Field(() => KbliCategory, { description: 'KBLI 2020 category letter of kbliCode.' })
  get kbliCategory(): KbliCategory {
    return kbliCategoryOf(this.kbliCode)!;
  }

  @Field(() => String, { nullable: true, description: 'What it makes or does, for a buyer.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Field(() => OfferTerms, { description: 'What government buyers need to know to order from it: indicative prices, unit, monthly capacity, and whether it is offered to them.' })
  @Column(() => OfferTerms, { prefix: false })
  offer!: OfferTerms;

  @Field(() => Provenance, { description: 'Which office recorded the business line, and when.' })
  @Column(() => Provenance)
  provenance!: Provenance;

  /**
   * Extra words of the full-text index (`searchTermsOf`): the cooperative's region (kw81 kw8171 …) and the
   * first letters of each word within its province (kw81pker …), so that MySQL/MariaDB search a
   * region, and type-ahead in it, without reading the country's matches. Kept by writes.
   */
  @Column({ type: 'text', nullable: true, select: false })
  searchTerms?: string | null;
}
