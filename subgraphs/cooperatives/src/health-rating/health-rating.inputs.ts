import { Length, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'A health assessment of a savings and loan cooperative to record.' })
export class RecordHealthRatingInput {
  @Min(1990)
  @Max(2100)
  @Field(() => Int, { description: 'Year assessed.' })
  year!: number;

  @Min(0)
  @Max(100)
  @Field(() => Float, { description: 'Score from 0 to 100; the category follows from it.' })
  score!: number;

  @Length(3, 160)
  @Field({ description: 'The regional office reporting the assessment.' })
  reportingOffice!: string;
}
