import { KBLI_CODE, OfferTermsInput } from '@kumkm/subgraph-kit';
import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const KBLI_MESSAGE = 'kbliCode is a 5-digit KBLI 2020 code, e.g. 56210 (catering)';

@InputType({ description: 'A business line (unit usaha) of a cooperative to record.' })
export class RegisterBusinessLineInput {
  @Length(2, 160)
  @Field({ description: 'Name of the business line, e.g. "Unit Katering".' })
  name!: string;

  @Matches(KBLI_CODE, { message: KBLI_MESSAGE })
  @Field({ description: 'Five-digit KBLI 2020 code of the business line.' })
  kbliCode!: string;

  @IsOptional()
  @Length(0, 500)
  @Field({ nullable: true, description: 'What it makes or does, for a buyer.' })
  description?: string;

  @ValidateNested()
  @Field(() => OfferTermsInput, { nullable: true, description: 'Prices, unit, capacity and whether it is offered to government buyers; by default not offered.' })
  offer?: OfferTermsInput;

  @Length(3, 160)
  @Field({ description: 'The regional office recording it.' })
  reportingOffice!: string;
}

@InputType({ description: 'Changes to a business line; fields left out keep their value.' })
export class UpdateBusinessLineInput {
  @IsOptional()
  @Length(2, 160)
  @Field({ nullable: true, description: 'Name of the business line.' })
  name?: string;

  @IsOptional()
  @Matches(KBLI_CODE, { message: KBLI_MESSAGE })
  @Field({ nullable: true, description: 'Five-digit KBLI 2020 code of the business line.' })
  kbliCode?: string;

  @IsOptional()
  @Length(0, 500)
  @Field({ nullable: true, description: 'What it makes or does, for a buyer.' })
  description?: string;

  @ValidateNested()
  @Field(() => OfferTermsInput, { nullable: true, description: 'Changes to the terms for government buyers; terms left out keep their value.' })
  offer?: OfferTermsInput;

  @Length(3, 160)
  @Field({ description: 'The regional office reporting the change.' })
  reportingOffice!: string;
}
