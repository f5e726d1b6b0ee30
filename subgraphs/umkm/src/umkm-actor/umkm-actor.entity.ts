import { BusinessScale, personalData, ReportedRecord, rupiahColumn, RupiahScalar } from '@kumkm/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { KbliCategory } from '@kumkm/subgraph-kit';

@ObjectType({ description: 'A halal certificate (sertifikat halal) issued to a business.' })
export class HalalCertification {
  @Field({ description: 'Certificate number.' })
  number!: string;

  @Field(() => LocalDateResolver, { description: 'Date issued.' })
  certifiedOn!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A micro, small or medium business actor (pelaku UMKM) registered with a regional office.' })
@Entity('umkm_actors')
// Region first: region filters and summaries use its prefix. Scale, name and id make a region's
// listing (filter, sort, page) answerable from the index alone, at any table size.
@Index('IDX_umkm_actors_region_listing', ['regionCode', 'scale', 'businessName', 'id'])
// Every column the region summaries read, region first: a national table of summaries reads this
// index alone instead of a million rows scattered over the table by their random ids.
@Index('IDX_umkm_actors_region_summary', ['regionCode', 'scale', 'sector', 'isWomanOwned', 'employees', 'annualSales', 'halalCertificateNumber'])
@Index('IDX_umkm_actors_business_name_id', ['businessName', 'id'])
@Index('IDX_umkm_actors_cooperative', ['cooperativeId'])
@Index('IDX_umkm_actors_scale_sector', ['scale', 'sector'])
export class UmkmActor extends ReportedRecord {
  @Field(() => ID, { description: 'Stable id of the business actor in this graph.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field({ description: 'NIB (Nomor Induk Berusaha): the 13-digit business identity number from OSS.' })
  @Column({ type: 'varchar', length: 13, unique: true })
  nib!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the owner. Personal data: null with FORBIDDEN unless the caller\'s scope covers the business\'s region.',
  })
  @UseMiddleware(personalData<UmkmActor>((actor) => actor.regionCode))
  @Column({ type: 'varchar', length: 120 })
  ownerName!: string;

  @Field({ description: 'Trading name of the business.' })
  @Column({ type: 'varchar', length: 200 })
  businessName!: string;

  @Field(() => KbliCategory, { description: 'Sector: KBLI category letter.' })
  @Column({ type: 'simple-enum', enum: KbliCategory })
  sector!: KbliCategory;

  @Field(() => String, { nullable: true, description: 'Five-digit KBLI 2020 code (kode KBLI) of the main business line, as OSS issues it with the NIB, e.g. "10792"; null when only the category is known.' })
  @Column({ type: 'varchar', length: 5, nullable: true })
  kbliCode!: string | null;

  @Field({ description: 'KBLI edition the sector is coded in, e.g. "2020".' })
  @Column({ type: 'varchar', length: 8 })
  kbliVersion!: string;

  @Field(() => RupiahScalar, { description: 'Annual sales (omzet) in rupiah, last reported.' })
  @Column({ type: 'decimal', precision: 20, scale: 2, transformer: rupiahColumn })
  annualSales!: string;

  @Field(() => RupiahScalar, { nullable: true, description: 'Business assets (aset) in rupiah, excluding land and buildings, last reported.' })
  @Column({ type: 'decimal', precision: 20, scale: 2, nullable: true, transformer: rupiahColumn })
  assets!: string | null;

  @Field(() => Int, { description: 'Number of workers.' })
  @Column({ type: 'int' })
  employees!: number;

  @Field(() => BusinessScale, { description: 'Scale derived from the annual sales (PP 7/2021); never set by clients.' })
  @Column({ type: 'simple-enum', enum: BusinessScale })
  scale!: BusinessScale;

  @Column({ type: 'varchar', length: 60, nullable: true })
  halalCertificateNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  halalCertifiedOn!: string | null;

  @Field(() => HalalCertification, { nullable: true, description: 'Halal certificate, if the business holds one.' })
  get halalCertification(): HalalCertification | null {
    if (!this.halalCertificateNumber || !this.halalCertifiedOn) return null;
    return { number: this.halalCertificateNumber, certifiedOn: this.halalCertifiedOn };
  }

  @Field({ description: 'Whether the business is owned by a woman.' })
  @Column({ type: 'boolean', default: false })
  isWomanOwned!: boolean;

  @Field({ description: 'Most precise Kemendagri region code known, usually a village (kelurahan/desa).' })
  @Column({ type: 'varchar', length: 13 })
  regionCode!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  cooperativeId!: string | null;

}
