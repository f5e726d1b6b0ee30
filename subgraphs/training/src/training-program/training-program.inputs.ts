import { ArrayMaxSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { ProgramKind } from './program-kind';

@InputType({ description: 'A wave (gelombang) of a new programme.' })
export class WaveInput {
  @Min(1)
  @Max(100)
  @Field(() => Int, { description: 'Wave number, from 1; unique within the programme.' })
  number!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date held.' })
  heldOn?: string;

  @IsOptional()
  @Length(2, 200)
  @Field({ nullable: true, description: 'Venue.' })
  venue?: string;

  @IsOptional()
  @Min(0)
  @Field(() => Int, { nullable: true, description: 'Participants aimed for.' })
  target?: number;

  @IsOptional()
  @Min(1)
  @Field(() => Int, { nullable: true, description: 'Places available; null means no limit.' })
  capacity?: number;
}

@InputType({ description: 'A programme to create, with its waves.' })
export class CreateTrainingProgramInput {
  @Length(3, 300)
  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => ProgramKind, { description: 'Training, certification or coordination meeting.' })
  kind!: ProgramKind;

  @Length(3, 160)
  @Field({ description: 'The organizing office.' })
  organizer!: string;

  @Field({ description: 'Kemendagri code of where it takes place.' })
  regionCode!: string;

  @IsOptional()
  @Length(2, 200)
  @Field({ nullable: true, description: 'Venue.' })
  venue?: string;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day; not before the first.' })
  endsOn?: string;

  @ArrayMaxSize(30)
  @Length(2, 120, { each: true })
  @Field(() => [String], { defaultValue: [], description: 'Topics covered.' })
  topics!: string[];

  @Length(3, 300)
  @Field({ description: 'Who it is for.' })
  audience!: string;

  @IsOptional()
  @Length(0, 500)
  @Field({ nullable: true, description: 'Further notes.' })
  notes?: string;

  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Field(() => [WaveInput], { defaultValue: [], description: 'Its waves (gelombang), if it runs in several.' })
  waves!: WaveInput[];

  @Length(3, 160)
  @Field({ description: 'The regional office reporting this programme.' })
  reportingOffice!: string;
}

@InputType({ description: 'Which programmes to list; all conditions must hold.' })
export class TrainingProgramFilter {
  @Field({ nullable: true, description: 'Kemendagri code: programmes held in this region or any region below it.' })
  region?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Starting on or after this date.' })
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Starting on or before this date.' })
  to?: string;

  @Field(() => ProgramKind, { nullable: true, description: 'Only this kind.' })
  kind?: ProgramKind;

  @IsOptional()
  @Length(2, 160)
  @Field({ nullable: true, description: 'Organizer name contains this text.' })
  organizerContains?: string;
}
