import { ReportedRecord } from '@kumkm/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TrainingProgram } from '../training-program/training-program.entity';
import { AttendeeRole, EnrollmentStatus, ParticipantType } from './enrollment.enums';

@ObjectType({ description: 'A participant\'s place in a programme (or one of its waves), and how far they got.' })
@Entity('enrollments')
@Index('UQ_enrollments_program_participant_role', ['programId', 'participantType', 'participantId', 'attendeeRole'], { unique: true })
@Index('IDX_enrollments_participant', ['participantType', 'participantId'])
@Index('IDX_enrollments_wave', ['waveId'])
// A programme's participants by status, read from the index alone by the region summaries.
@Index('IDX_enrollments_program_status', ['programId', 'status'])
export class Enrollment extends ReportedRecord {
  @Field(() => ID, { description: 'Stable id of the enrollment.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  programId!: string;

  @ManyToOne(() => TrainingProgram, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programId' })
  program?: Relation<TrainingProgram>;

  @Column({ type: 'varchar', length: 36, nullable: true })
  waveId!: string | null;

  @Field(() => ParticipantType, { description: 'Cooperative or business actor.' })
  @Column({ type: 'simple-enum', enum: ParticipantType })
  participantType!: ParticipantType;

  @Column({ type: 'varchar', length: 36 })
  participantId!: string;

  @Field(() => AttendeeRole, { description: 'Who attends: the owner, or a cooperative\'s pengurus or pengawas.' })
  @Column({ type: 'simple-enum', enum: AttendeeRole })
  attendeeRole!: AttendeeRole;

  @Field(() => EnrollmentStatus, { description: 'How far the participant got.' })
  @Column({ type: 'simple-enum', enum: EnrollmentStatus })
  status!: EnrollmentStatus;

  @Field(() => String, { nullable: true, description: 'Certificate number, once certified.' })
  @Column({ type: 'varchar', length: 80, nullable: true, unique: true })
  certificateNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date certified.' })
  @Column({ type: 'date', nullable: true })
  certifiedOn!: string | null;

}
