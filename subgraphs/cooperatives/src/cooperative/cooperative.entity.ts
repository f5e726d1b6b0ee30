import { ReportedRecord, rupiahColumn, RupiahScalar } from '@kumkm/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CooperativePattern, CooperativeStatus, CooperativeType } from './cooperative.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A cooperative (koperasi) registered with a regional office.' })
@Entity('cooperatives')
// Region first: region filters and summaries use its prefix. Type, name and id make a region's
// listing by type (filter, sort, page) answerable from the index alone, at any table size.
@Index('IDX_cooperatives_region_listing', ['regionCode', 'type', 'name', 'id'])
// Every column the region summaries read, region first, so that summaries read this index alone.
@Index('IDX_cooperatives_region_summary', ['regionCode', 'type', 'status', 'memberCount', 'isMerahPutih', 'lastAnnualMeetingYear', 'establishedOn'])
@Index('IDX_cooperatives_name_id', ['name', 'id'])
@Index('IDX_cooperatives_type_status', ['type', 'status'])
export class Cooperative extends ReportedRecord {
  @Field(() => ID, { description: 'Stable id of the cooperative in this graph.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { nullable: true, description: 'NIK, Nomor Induk Koperasi: the 16-digit national cooperative number, when issued.' })
  @Column({ type: 'varchar', length: 16, nullable: true, unique: true })
  nik!: string | null;

  @Field({ description: 'Legal entity number (nomor badan hukum), e.g. "AHU-0001234.AH.01.26.TAHUN 2020".' })
  @Column({ type: 'varchar', length: 120, unique: true })
  legalEntityNumber!: string;

  @Field({ description: 'Registered name.' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => CooperativeType, { description: 'Type of cooperative (jenis).' })
  @Column({ type: 'simple-enum', enum: CooperativeType })
  type!: CooperativeType;

  @Field(() => CooperativePattern, { description: 'Conventional or sharia (pola).' })
  @Column({ type: 'simple-enum', enum: CooperativePattern })
  pattern!: CooperativePattern;

  @Field(() => CooperativeStatus, { description: 'Operating status.' })
  @Column({ type: 'simple-enum', enum: CooperativeStatus })
  status!: CooperativeStatus;

  @Field({ description: 'Part of the Koperasi Desa/Kelurahan Merah Putih programme (KDMP/KKMP).' })
  @Column({ type: 'boolean', default: false })
  isMerahPutih!: boolean;

  @Field(() => Int, { description: 'Number of members (anggota) last reported.' })
  @Column({ type: 'int' })
  memberCount!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the cooperative was established (tanggal pendirian).' })
  @Column({ type: 'date', nullable: true })
  establishedOn!: string | null;

  @Field({ description: 'Most precise Kemendagri region code known, usually a village (kelurahan/desa).' })
  @Column({ type: 'varchar', length: 13 })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Street address of the office.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: 'Total assets (aset) in rupiah, last reported.' })
  @Column({ type: 'decimal', precision: 20, scale: 2, nullable: true, transformer: rupiahColumn })
  assets!: string | null;

  @Field(() => RupiahScalar, { nullable: true, description: 'Annual business volume (volume usaha) in rupiah, last reported.' })
  @Column({ type: 'decimal', precision: 20, scale: 2, nullable: true, transformer: rupiahColumn })
  businessVolume!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the most recent annual members\' meeting (RAT) held; null when none is recorded.' })
  @Index('IDX_cooperatives_last_rat_year')
  @Column({ type: 'int', nullable: true })
  lastAnnualMeetingYear!: number | null;

}
