import { BusinessScale, KbliCategory } from '@kumkm/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The business actors of one regency, one scale and one sector, summed up: what a summary of a
 * province or a regency reads instead of the actors themselves (a national table of 514 regencies
 * with every breakdown aggregated a million rows, about 1 s on MariaDB). Database triggers on
 * `umkm_actors` keep it in step with every insert, update and delete, in the same transaction
 * (see umkm-regency-rollup.ts), so no write path can forget it. Not part of the graph.
 */
@Entity('umkm_regency_rollups')
export class UmkmRegencyRollup {
  /** The first five characters of the actors' region code (PP.KK). */
  @PrimaryColumn({ type: 'varchar', length: 5 })
  regencyCode!: string;

  @PrimaryColumn({ type: 'simple-enum', enum: BusinessScale })
  scale!: BusinessScale;

  @PrimaryColumn({ type: 'simple-enum', enum: KbliCategory })
  sector!: KbliCategory;

  /** Business actors; 0 once the last one left (the row stays and is skipped when read). */
  @Column({ type: 'int' })
  actors!: number;

  @Column({ type: 'int' })
  halalCertified!: number;

  @Column({ type: 'int' })
  womanOwned!: number;

  @Column({ type: 'int' })
  withoutKbliCode!: number;

  @Column({ type: 'bigint' })
  employees!: string;

  /** Annual sales in sen, an integer: exact on SQLite too, whose decimals are floating point. */
  @Column({ type: 'bigint' })
  annualSalesSen!: string;
}
