import { ReportedRecord } from '@kumkm/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ProgramKind } from './program-kind';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A training, certification or coordination programme run by a regional office.' })
@Entity('training_programs')
@Index('IDX_training_programs_region_code', ['regionCode'])
@Index('IDX_training_programs_starts_on_id', ['startsOn', 'id'])
@Index('IDX_training_programs_kind', ['kind'])
export class TrainingProgram extends ReportedRecord {
  @Field(() => ID, { description: 'Stable id of the programme.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field({ description: 'Title, as announced.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => ProgramKind, { description: 'Training, certification or coordination meeting.' })
  @Column({ type: 'simple-enum', enum: ProgramKind })
  kind!: ProgramKind;

  @Field({ description: 'The office that organizes it, e.g. "Dinas Koperasi dan UKM Kota Tangerang Selatan".' })
  @Column({ type: 'varchar', length: 160 })
  organizer!: string;

  @Field({ description: 'Kemendagri code of where it takes place, as precise as known.' })
  @Column({ type: 'varchar', length: 13 })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Venue, e.g. "Hotel Santika Ambon".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  venue!: string | null;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day, when known.' })
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Field(() => [String], { description: 'Topics covered.' })
  @Column({ type: 'simple-json' })
  topics!: string[];

  @Field({ description: 'Who it is for, e.g. "UMKM and cooperative actors".' })
  @Column({ type: 'varchar', length: 300 })
  audience!: string;

  @Field(() => String, { nullable: true, description: 'Further notes, e.g. who opened it.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  notes!: string | null;

}
