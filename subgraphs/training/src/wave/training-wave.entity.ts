import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TrainingProgram } from '../training-program/training-program.entity';

@ObjectType({ description: 'A wave (gelombang) of a programme: one session with its own date, venue and places.' })
@Entity('training_waves')
@Index('UQ_training_waves_program_number', ['programId', 'number'], { unique: true })
export class TrainingWave {
  @Field(() => ID, { description: 'Stable id of the wave.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  programId!: string;

  @ManyToOne(() => TrainingProgram, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: Relation<TrainingProgram>;

  @Field(() => Int, { description: 'Wave number (gelombang ke-), from 1.' })
  @Column({ type: 'int' })
  number!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date held, when set.' })
  @Column({ type: 'date', nullable: true })
  heldOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Venue of this wave.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  venue!: string | null;

  @Field(() => Int, { nullable: true, description: 'Participants the organizer aims for.' })
  @Column({ type: 'int', nullable: true })
  target!: number | null;

  @Field(() => Int, { nullable: true, description: 'Places available; enrollment is refused once they are taken. Null means no limit.' })
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;
}
