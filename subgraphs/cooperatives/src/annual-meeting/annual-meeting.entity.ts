import { Provenance } from '@kumkm/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';

@ObjectType({ description: 'An annual members\' meeting (RAT, Rapat Anggota Tahunan) that approved a fiscal year\'s accounts.' })
@Entity('annual_meetings')
@Index('UQ_annual_meetings_cooperative_fiscal_year', ['cooperativeId', 'fiscalYear'], { unique: true })
export class AnnualMeeting {
  @Field(() => ID, { description: 'Stable id of this RAT record.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID, { description: 'The cooperative that held the meeting.' })
  @Column({ type: 'varchar', length: 36 })
  cooperativeId!: string;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperativeId' })
  cooperative?: Relation<Cooperative>;

  @Field(() => Int, { description: 'The fiscal year (tahun buku) whose accounts the meeting approved.' })
  @Column({ type: 'int' })
  fiscalYear!: number;

  @Field(() => LocalDateResolver, { description: 'Date the meeting was held.' })
  @Column({ type: 'date' })
  heldOn!: string;

  @Field(() => Int, { nullable: true, description: 'Members present, when reported.' })
  @Column({ type: 'int', nullable: true })
  attendance!: number | null;

  @Field(() => Provenance, { description: 'Which office reported this meeting, and when.' })
  @Column(() => Provenance)
  provenance!: Provenance;
}
