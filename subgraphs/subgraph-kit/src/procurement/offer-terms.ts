import { IsOptional, Length, Max, Min } from 'class-validator';
import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { providedFields } from '../database/provided-fields';
import { badUserInput } from '../errors/graphql-errors';
import { rupiahColumn, rupiahToSen, RupiahScalar } from '../scalars/rupiah';

/**
 * What a supplier asks and can deliver for one offer (a UMKM product, a cooperative's business
 * line), for government buyers (Bela Pengadaan). Embedded in the offer's own table.
 */
@Directive('@shareable')
@ObjectType({ description: 'The terms of an offer to government buyers (Bela Pengadaan): indicative prices, unit and monthly capacity.' })
export class OfferTerms {
  @Field(() => RupiahScalar, { nullable: true, description: 'Lowest indicative price per unit, in rupiah.' })
  @Column({ type: 'decimal', precision: 20, scale: 2, nullable: true, transformer: rupiahColumn })
  priceMin!: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: 'Highest indicative price per unit, in rupiah; at least priceMin.' })
  @Column({ type: 'decimal', precision: 20, scale: 2, nullable: true, transformer: rupiahColumn })
  priceMax!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit prices and capacity count in (pcs, kg, bungkus, porsi, paket…).' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: 'Units the supplier can deliver in a month.' })
  @Column({ type: 'int', nullable: true })
  monthlyCapacity!: number | null;

  @Field({ description: 'Whether the supplier offers it to government buyers (Bela Pengadaan).' })
  @Column({ type: 'boolean', default: false })
  offeredForProcurement!: boolean;
}

@InputType({ description: 'Terms of an offer to government buyers; when changing an offer, fields left out keep their value.' })
export class OfferTermsInput {
  @Field(() => RupiahScalar, { nullable: true, description: 'Lowest indicative price per unit, in rupiah.' })
  priceMin?: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Highest indicative price per unit, in rupiah; at least priceMin.' })
  priceMax?: string;

  @IsOptional()
  @Length(1, 40)
  @Field({ nullable: true, description: 'The unit prices and capacity count in (pcs, kg, bungkus, porsi, paket…).' })
  unit?: string;

  @IsOptional()
  @Min(0)
  @Max(1_000_000_000)
  @Field(() => Int, { nullable: true, description: 'Units the supplier can deliver in a month.' })
  monthlyCapacity?: number;

  @Field({ nullable: true, description: 'Whether the supplier offers it to government buyers (Bela Pengadaan).' })
  offeredForProcurement?: boolean;
}

const NO_TERMS: OfferTerms = { priceMin: null, priceMax: null, unit: null, monthlyCapacity: null, offeredForProcurement: false };

/**
 * The terms after a change: `current` (none for a new offer) with the fields `change` gives. A
 * price range whose lowest price is above its highest is refused with BAD_USER_INPUT, whichever
 * side the change moved; a negative price never parses as Rupiah.
 */
export function offerTermsAfter(change: OfferTermsInput | undefined, current: OfferTerms = NO_TERMS): OfferTerms {
  const merged: OfferTerms = { ...current, ...providedFields(change ?? {}) };
  if (merged.priceMin !== null && merged.priceMax !== null && rupiahToSen(merged.priceMin) > rupiahToSen(merged.priceMax)) {
    throw badUserInput(`The price range is inverted: priceMin ${merged.priceMin} is above priceMax ${merged.priceMax}`, { argument: 'offer' });
  }
  return merged;
}
