import { OfferTermsInput, ProductCategory } from '@kumkm/subgraph-kit';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A product to record, with its terms for government buyers when the business offers it to them.' })
export class ProductInput {
  @Length(2, 160)
  @Field({ description: 'Product name.' })
  name!: string;

  @IsOptional()
  @Length(0, 500)
  @Field({ nullable: true, description: 'Short description.' })
  description?: string;

  @Field(() => ProductCategory, { nullable: true, description: 'Procurement category.' })
  category?: ProductCategory;

  @ValidateNested()
  @Field(() => OfferTermsInput, { nullable: true, description: 'Prices, unit, capacity and whether it is offered to government buyers; by default not offered.' })
  offer?: OfferTermsInput;

  @IsOptional()
  @Length(3, 160)
  @Field({ nullable: true, description: 'The regional office reporting it; by default the office that reported the business actor.' })
  reportingOffice?: string;
}

@InputType({ description: 'Changes to a product; fields left out keep their value.' })
export class UpdateProductInput {
  @IsOptional()
  @Length(2, 160)
  @Field({ nullable: true, description: 'Product name.' })
  name?: string;

  @IsOptional()
  @Length(0, 500)
  @Field({ nullable: true, description: 'Short description.' })
  description?: string;

  @Field(() => ProductCategory, { nullable: true, description: 'Procurement category.' })
  category?: ProductCategory;

  @ValidateNested()
  @Field(() => OfferTermsInput, { nullable: true, description: 'Changes to the terms for government buyers; terms left out keep their value.' })
  offer?: OfferTermsInput;

  @IsOptional()
  @Length(3, 160)
  @Field({ nullable: true, description: 'The regional office reporting the change; by default the office that reported the business actor.' })
  reportingOffice?: string;
}
