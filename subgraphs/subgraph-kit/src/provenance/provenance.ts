import { Directive, Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { DateTimeISOResolver } from 'graphql-scalars';

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

/** Provenance of a record written through the API now, on behalf of an office. */
export function reportedNow(office: string): Provenance {
  return { office, reportedAt: new Date(), source: 'GraphQL mutation' };
}
