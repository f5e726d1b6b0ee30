import { Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { AttendeeRole, ParticipantType } from './enrollment.enums';

@InputType({ description: 'The cooperative or business actor taking part; it must exist in its own subgraph.' })
export class ParticipantInput {
  @Field(() => ParticipantType, { description: 'Cooperative or business actor.' })
  type!: ParticipantType;

  @Field(() => ID, { description: 'Id of the cooperative or business actor.' })
  id!: string;
}

@InputType({ description: 'An enrollment to record.' })
export class EnrollParticipantInput {
  @Field(() => ID, { description: 'The programme.' })
  programId!: string;

  @Field(() => ID, { nullable: true, description: 'The wave (gelombang) of the programme, if it runs in waves.' })
  waveId?: string;

  @Field(() => ParticipantInput, { description: 'Who takes part.' })
  participant!: ParticipantInput;

  @Field(() => AttendeeRole, {
    nullable: true,
    description: 'Who attends: OWNER for a business actor (the default), PENGURUS (the default) or PENGAWAS for a cooperative.',
  })
  attendeeRole?: AttendeeRole;

  @Length(3, 160)
  @Field({ description: 'The regional office reporting the enrollment.' })
  reportingOffice!: string;
}

@InputType({ description: 'A certificate awarded at the end of a certification programme.' })
export class CertifyParticipantInput {
  @Length(3, 80)
  @Field({ description: 'Certificate number; unique.' })
  certificateNumber!: string;

  @Field(() => LocalDateResolver, { description: 'Date certified; not in the future.' })
  certifiedOn!: string;
}
