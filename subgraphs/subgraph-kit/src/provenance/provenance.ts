import { DateTimeISOResolver } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** Who reported a record and when; embedded in every entity so that each row says where it came from. */
@Directive('@shareable')
@ObjectType({ description: 'Where a record came from: the regional office that reported it and when.' })
export class Provenance {
  @Field({ description: 'The reporting office, e.g. "Dinas Koperasi dan UKM Kota Tangerang Selatan".' })
  @Column({ type: 'varchar', length: 160 })
  office!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the office reported the record (UTC).' })
  @Column({ type: 'datetime' })
  reportedAt!: Date;

  @Field({ description: 'The report or channel the record came from, e.g. a regional report, a GraphQL mutation, or a synthetic seed.' })
  @Column({ type: 'varchar', length: 200 })
  source!: string;
}

/**
 * Base of every record an office reports (a cooperative, a business actor, a programme, an
 * enrollment): where it came from, and when the graph created and last changed it. Decorated
 * so that type-graphql passes its fields on; nothing returns it, so the schema has no such type.
 */
@ObjectType()
export abstract class ReportedRecord {
  @Field(() => Provenance, { description: 'Which office reported this record, and when.' })
  @Column(() => Provenance)
  provenance!: Provenance;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When this record last changed in the graph (UTC).' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}

/** Provenance of a record written through the API now, on behalf of an office. */
export function reportedNow(office: string): Provenance {
  return { office, reportedAt: new Date(), source: 'GraphQL mutation' };
}
