import { BusinessScale, NIB, registryNumberMessage, RupiahScalar } from '@kumkm/subgraph-kit';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ProductInput } from '../product/product.inputs';
import { KBLI_CODE, KbliCategory } from '@kumkm/subgraph-kit';

@InputType({ description: 'A business actor to register.' })
export class RegisterUmkmActorInput {
  @Matches(NIB.pattern, { message: registryNumberMessage(NIB, 'nib') })
  @Field({ description: 'NIB (Nomor Induk Berusaha), 13 digits; unique.' })
  nib!: string;

  @Length(2, 120)
  @Field({ description: 'Name of the owner.' })
  ownerName!: string;

  @Length(2, 200)
  @Field({ description: 'Trading name of the business.' })
  businessName!: string;

  @Field(() => KbliCategory, { description: 'Sector: KBLI 2020 category letter.' })
  sector!: KbliCategory;

  @IsOptional()
  @Matches(KBLI_CODE, { message: 'kbliCode is a 5-digit KBLI 2020 code, e.g. 10792' })
  @Field(() => String, { nullable: true, description: 'Five-digit KBLI 2020 code of the main business line; it must lie in the sector\'s category.' })
  kbliCode?: string;

  @Field(() => RupiahScalar, { description: 'Annual sales in rupiah; decides the scale.' })
  annualSales!: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Business assets in rupiah.' })
  assets?: string;

  @Min(0)
  @Max(100_000)
  @Field(() => Int, { description: 'Number of workers.' })
  employees!: number;

  @Field(() => BusinessScale, {
    nullable: true,
    description: 'The scale the business declares, if any; refused when the annual sales give another (the scale is always derived).',
  })
  declaredScale?: BusinessScale;

  @IsOptional()
  @Length(4, 60)
  @Field({ nullable: true, description: 'Halal certificate number; give it with halalCertifiedOn.' })
  halalCertificateNumber?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the halal certificate was issued.' })
  halalCertifiedOn?: string;

  @Field({ defaultValue: false, description: 'Whether the business is owned by a woman.' })
  isWomanOwned!: boolean;

  @Field({ description: 'Kemendagri code of the region, as precise as known (usually a village).' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'The cooperative the business is a member of; it must exist.' })
  cooperativeId?: string;

  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  @Field(() => [ProductInput], { defaultValue: [], description: 'Products of the business.' })
  products!: ProductInput[];

  @Length(3, 160)
  @Field({ description: 'The regional office reporting this record.' })
  reportingOffice!: string;
}

@InputType({ description: 'Changes to a business actor; fields left out keep their value.' })
export class UpdateUmkmActorInput {
  @IsOptional()
  @Length(2, 120)
  @Field({ nullable: true, description: 'Name of the owner.' })
  ownerName?: string;

  @IsOptional()
  @Length(2, 200)
  @Field({ nullable: true, description: 'Trading name of the business.' })
  businessName?: string;

  @Field(() => KbliCategory, { nullable: true, description: 'Sector: KBLI 2020 category letter.' })
  sector?: KbliCategory;

  @IsOptional()
  @Matches(KBLI_CODE, { message: 'kbliCode is a 5-digit KBLI 2020 code, e.g. 10792' })
  @Field(() => String, { nullable: true, description: 'Five-digit KBLI 2020 code of the main business line; it must lie in the sector\'s category.' })
  kbliCode?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Annual sales in rupiah; the scale follows.' })
  annualSales?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Business assets in rupiah.' })
  assets?: string;

  @IsOptional()
  @Min(0)
  @Max(100_000)
  @Field(() => Int, { nullable: true, description: 'Number of workers.' })
  employees?: number;

  @IsOptional()
  @Length(4, 60)
  @Field({ nullable: true, description: 'Halal certificate number; give it with halalCertifiedOn.' })
  halalCertificateNumber?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the halal certificate was issued.' })
  halalCertifiedOn?: string;

  @Field({ nullable: true, description: 'Whether the business is owned by a woman.' })
  isWomanOwned?: boolean;

  @Field({ nullable: true, description: 'Kemendagri code of the region.' })
  regionCode?: string;

  @Length(3, 160)
  @Field({ description: 'The regional office reporting the change.' })
  reportingOffice!: string;
}

@InputType({ description: 'Which business actors to list; all conditions must hold.' })
export class UmkmActorFilter {
  @Field({ nullable: true, description: 'Kemendagri code: this region and every region below it.' })
  region?: string;

  @Field(() => BusinessScale, { nullable: true, description: 'Only this scale.' })
  scale?: BusinessScale;

  @Field(() => KbliCategory, { nullable: true, description: 'Only this KBLI category.' })
  sector?: KbliCategory;

  @Field({ nullable: true, description: 'Only those with (true) or without (false) a halal certificate.' })
  isHalalCertified?: boolean;

  @Field({ nullable: true, description: 'Only woman-owned (true) or other (false) businesses.' })
  isWomanOwned?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only members of this cooperative.' })
  cooperativeId?: string;

  @IsOptional()
  @Length(2, 100)
  @Field({ nullable: true, description: 'Business name contains this text.' })
  nameContains?: string;
}
