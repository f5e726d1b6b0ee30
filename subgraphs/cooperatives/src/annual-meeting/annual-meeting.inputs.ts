import { IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'An annual members\' meeting (RAT) to record.' })
export class RecordAnnualMeetingInput {
  @Min(1945)
  @Max(2100)
  @Field(() => Int, { description: 'Fiscal year (tahun buku) whose accounts the meeting approved: the year it was held or up to two years before.' })
  fiscalYear!: number;

  @Field(() => LocalDateResolver, { description: 'Date the meeting was held; not in the future.' })
  heldOn!: string;

  @IsOptional()
  @Min(0)
  @Field(() => Int, { nullable: true, description: 'Members present.' })
  attendance?: number;

  @Length(3, 160)
  @Field({ description: 'The regional office reporting the meeting.' })
  reportingOffice!: string;
}
