import { NIK_KOPERASI, registryNumberMessage, RupiahScalar } from '@kumkm/subgraph-kit';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { OfficerPosition } from '../officer/officer.entity';
import { CooperativePattern, CooperativeStatus, CooperativeType } from './cooperative.enums';


@InputType({ description: 'An officer to appoint.' })
export class OfficerInput {
  @Length(2, 120)
  @Field({ description: 'Full name of the officer.' })
  fullName!: string;

  @Field(() => OfficerPosition, { description: 'Position held.' })
  position!: OfficerPosition;

  @Min(1945)
  @Max(2100)
  @Field(() => Int, { description: 'First year of the term of office.' })
  termStartYear!: number;

  @IsOptional()
  @Min(1945)
  @Max(2100)
  @Field(() => Int, { nullable: true, description: 'Last year of the term of office.' })
  termEndYear?: number;
}

@InputType({ description: 'A cooperative to register.' })
export class RegisterCooperativeInput {
  @IsOptional()
  @Matches(NIK_KOPERASI.pattern, { message: registryNumberMessage(NIK_KOPERASI, 'nik') })
  @Field({ nullable: true, description: 'NIK (Nomor Induk Koperasi), 16 digits, when issued.' })
  nik?: string;

  @Length(3, 120)
  @Field({ description: 'Legal entity number (nomor badan hukum); unique.' })
  legalEntityNumber!: string;

  @Length(3, 200)
  @Field({ description: 'Registered name.' })
  name!: string;

  @Field(() => CooperativeType, { description: 'Type of cooperative (jenis).' })
  type!: CooperativeType;

  @Field(() => CooperativePattern, { defaultValue: CooperativePattern.KONVENSIONAL, description: 'Conventional or sharia (pola).' })
  pattern!: CooperativePattern;

  @Field(() => CooperativeStatus, { defaultValue: CooperativeStatus.ACTIVE, description: 'Operating status.' })
  status!: CooperativeStatus;

  @Field({ defaultValue: false, description: 'Part of the Koperasi Desa/Kelurahan Merah Putih programme.' })
  isMerahPutih!: boolean;

  @Min(0)
  @Max(10_000_000)
  @Field(() => Int, { description: 'Number of members.' })
  memberCount!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of establishment; not in the future.' })
  establishedOn?: string;

  @Field({ description: 'Kemendagri code of the region, as precise as known (usually a village).' })
  regionCode!: string;

  @IsOptional()
  @Length(0, 300)
  @Field({ nullable: true, description: 'Street address.' })
  address?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Total assets in rupiah.' })
  assets?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Annual business volume in rupiah.' })
  businessVolume?: string;

  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Field(() => [OfficerInput], { defaultValue: [], description: 'Officers (pengurus and pengawas) to appoint.' })
  officers!: OfficerInput[];

  @Length(3, 160)
  @Field({ description: 'The regional office reporting this record, e.g. "Dinas Koperasi dan UKM Kota Ambon".' })
  reportingOffice!: string;
}

@InputType({ description: 'Changes to a cooperative; fields left out keep their value.' })
export class UpdateCooperativeInput {
  @IsOptional()
  @Matches(NIK_KOPERASI.pattern, { message: registryNumberMessage(NIK_KOPERASI, 'nik') })
  @Field({ nullable: true, description: 'NIK (Nomor Induk Koperasi), 16 digits.' })
  nik?: string;

  @IsOptional()
  @Length(3, 200)
  @Field({ nullable: true, description: 'Registered name.' })
  name?: string;

  @Field(() => CooperativeType, { nullable: true, description: 'Type of cooperative.' })
  type?: CooperativeType;

  @Field(() => CooperativePattern, { nullable: true, description: 'Conventional or sharia.' })
  pattern?: CooperativePattern;

  @Field(() => CooperativeStatus, { nullable: true, description: 'Operating status.' })
  status?: CooperativeStatus;

  @Field({ nullable: true, description: 'Part of the Merah Putih programme.' })
  isMerahPutih?: boolean;

  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  @Field(() => Int, { nullable: true, description: 'Number of members.' })
  memberCount?: number;

  @Field({ nullable: true, description: 'Kemendagri code of the region.' })
  regionCode?: string;

  @IsOptional()
  @Length(0, 300)
  @Field({ nullable: true, description: 'Street address.' })
  address?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Total assets in rupiah.' })
  assets?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Annual business volume in rupiah.' })
  businessVolume?: string;

  @Length(3, 160)
  @Field({ description: 'The regional office reporting the change.' })
  reportingOffice!: string;
}

@InputType({ description: 'Which cooperatives to list; all conditions must hold.' })
export class CooperativeFilter {
  @Field({ nullable: true, description: 'Kemendagri code: this region and every region below it (e.g. "36.74" matches "36.74.03.1002").' })
  region?: string;

  @Field(() => CooperativeType, { nullable: true, description: 'Only this type.' })
  type?: CooperativeType;

  @Field(() => CooperativePattern, { nullable: true, description: 'Only this pattern.' })
  pattern?: CooperativePattern;

  @Field(() => CooperativeStatus, { nullable: true, description: 'Only this status.' })
  status?: CooperativeStatus;

  @Field({ nullable: true, description: 'Only Merah Putih (true) or only other (false) cooperatives.' })
  isMerahPutih?: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Established on or after this date.' })
  establishedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Established on or before this date.' })
  establishedTo?: string;

  @IsOptional()
  @Min(1945)
  @Max(2100)
  @Field(() => Int, {
    nullable: true,
    description: 'Only cooperatives whose last RAT was held before this year, or that have none recorded.',
  })
  noAnnualMeetingSince?: number;

  @IsOptional()
  @Length(2, 100)
  @Field({ nullable: true, description: 'Name contains this text.' })
  nameContains?: string;
}
