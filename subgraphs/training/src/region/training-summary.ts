import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { ProgramKind } from '../training-program/program-kind';

@ObjectType({ description: 'Programmes of one kind and their participants.' })
export class ProgramKindCount {
  @Field(() => ProgramKind, { description: 'Kind of programme.' })
  kind!: ProgramKind;

  @Field(() => Int, { description: 'Programmes of this kind.' })
  programs!: number;

  @Field(() => Int, { description: 'Participants enrolled in them.' })
  participants!: number;
}

@ObjectType({ description: 'Programmes and participants of one year: the trend a coordination meeting follows.' })
export class TrainingYear {
  @Field(() => Int, { description: 'Calendar year the programmes started in.' })
  year!: number;

  @Field(() => Int, { description: 'Programmes starting that year.' })
  programs!: number;

  @Field(() => Int, { description: 'Participants enrolled in them.' })
  participants!: number;

  @Field(() => Int, { description: 'Participants certified.' })
  certified!: number;
}

@ObjectType({ description: 'Programmes held in a region and all regions below it, in a date range, counted in the database.' })
export class TrainingSummary {
  @Field(() => Int, { description: 'Programmes starting in the range.' })
  programs!: number;

  @Field(() => Int, { description: 'Participants enrolled in them (each cooperative officer or business owner counts once per programme).' })
  participants!: number;

  @Field(() => Int, { description: 'Participants who completed (including those certified).' })
  completed!: number;

  @Field(() => Int, { description: 'Participants certified.' })
  certified!: number;

  @Field(() => [TrainingYear], { description: 'By the year programmes started, oldest first; only years with programmes in the range are listed.' })
  byYear!: TrainingYear[];

  @Field(() => [ProgramKindCount], { description: 'By kind of programme; every kind is listed.' })
  byKind!: ProgramKindCount[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'Start of the range, if one was given.' })
  from!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the range, if one was given.' })
  to!: string | null;
}
