import type { DatabaseDriver } from '@kumkm/subgraph-kit';

/** An amount in rupiah (a DECIMAL column or expression) as whole sen: exact on both drivers. */
function senOf(driver: DatabaseDriver, rupiah: string): string {
  return driver === 'mysql' ? `ROUND(${rupiah} * 100)` : `CAST(ROUND(${rupiah} * 100) AS INTEGER)`;
}

/** A trigger's new or old row, or (for the first fill) the table's own rows. */
type RowPrefix = 'NEW.' | 'OLD.' | '';

/** The rollup's summed columns (umkm-regency-rollup.entity.ts), also the names a summary's rows use. */
const ROLLED_UP_COLUMNS = ['actors', 'halalCertified', 'womanOwned', 'withoutKbliCode', 'employees', 'annualSalesSen'] as const;
export type RolledUpColumn = (typeof ROLLED_UP_COLUMNS)[number];

/** Every column of a rollup row: its key (regency, scale, sector), then the sums. */
const ROLLUP_COLUMNS = ['regencyCode', 'scale', 'sector', ...ROLLED_UP_COLUMNS].join(', ');

/**
 * What one business actor adds to its regency's rollup row, column by column: the one definition
 * of what is counted (a halal certificate, a woman owner…), for the triggers and for summaries read
 * from the actors themselves. Annual sales go in as whole sen.
 */
function contributionOf(driver: DatabaseDriver, row: RowPrefix): Record<RolledUpColumn, string> {
  return {
    actors: '1',
    halalCertified: `CASE WHEN ${row}halalCertificateNumber IS NOT NULL THEN 1 ELSE 0 END`,
    womanOwned: `CASE WHEN ${row}isWomanOwned = 1 THEN 1 ELSE 0 END`,
    withoutKbliCode: `CASE WHEN ${row}kbliCode IS NULL THEN 1 ELSE 0 END`,
    employees: `${row}employees`,
    annualSalesSen: senOf(driver, `${row}annualSales`),
  };
}

/** The columns of umkm_actors a rollup row depends on: an update that changes none of them leaves it alone. */
const SUMMED_FROM = ['regionCode', 'scale', 'sector', 'halalCertificateNumber', 'isWomanOwned', 'kbliCode', 'employees', 'annualSales'];

/** Adds (or with `sign` -1 takes away) one actor to its rollup row, creating the row when it is the first. */
function upsertOf(driver: DatabaseDriver, row: 'NEW.' | 'OLD.', sign: 1 | -1): string {
  const contribution = contributionOf(driver, row);
  const values = ROLLED_UP_COLUMNS.map((column) => (sign === 1 ? contribution[column] : `-(${contribution[column]})`));
  const insert = `INSERT INTO umkm_regency_rollups (${ROLLUP_COLUMNS}) VALUES (SUBSTR(${row}regionCode, 1, 5), ${row}scale, ${row}sector, ${values.join(', ')})`;
  if (driver === 'mysql') return `${insert} ON DUPLICATE KEY UPDATE ${ROLLED_UP_COLUMNS.map((column) => `${column} = ${column} + VALUES(${column})`).join(', ')}`;
  return `${insert} ON CONFLICT (regencyCode, scale, sector) DO UPDATE SET ${ROLLED_UP_COLUMNS.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`;
}

/**
 * The triggers that keep umkm_regency_rollups in step with umkm_actors, inside the writing
 * transaction, whatever writes (a mutation, an import, the seed, an operator's SQL). A SQLite
 * migration that rebuilds umkm_actors (its way to alter a column) drops them with the table and must
 * create them again. MySQL/MariaDB with binary logging needs the TRIGGER privilege for the migration
 * (and SUPER or log_bin_trust_function_creators=1 on some versions).
 */
export function regencyRollupTriggers(driver: DatabaseDriver): { up: string[]; down: string[] } {
  const names = { insert: 'umkm_regency_rollup_insert', update: 'umkm_regency_rollup_update', delete: 'umkm_regency_rollup_delete' };
  const down = Object.values(names).map((name) => `DROP TRIGGER ${name}`);
  if (driver === 'mysql') {
    const unchanged = SUMMED_FROM.map((column) => `OLD.${column} <=> NEW.${column}`).join(' AND ');
    return {
      up: [
        `CREATE TRIGGER ${names.insert} AFTER INSERT ON umkm_actors FOR EACH ROW ${upsertOf(driver, 'NEW.', 1)}`,
        `CREATE TRIGGER ${names.update} AFTER UPDATE ON umkm_actors FOR EACH ROW BEGIN IF NOT (${unchanged}) THEN ${upsertOf(driver, 'OLD.', -1)}; ${upsertOf(driver, 'NEW.', 1)}; END IF; END`,
        `CREATE TRIGGER ${names.delete} AFTER DELETE ON umkm_actors FOR EACH ROW ${upsertOf(driver, 'OLD.', -1)}`,
      ],
      down,
    };
  }
  const changed = SUMMED_FROM.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
  return {
    up: [
      `CREATE TRIGGER ${names.insert} AFTER INSERT ON umkm_actors BEGIN ${upsertOf(driver, 'NEW.', 1)}; END`,
      `CREATE TRIGGER ${names.update} AFTER UPDATE ON umkm_actors WHEN ${changed} BEGIN ${upsertOf(driver, 'OLD.', -1)}; ${upsertOf(driver, 'NEW.', 1)}; END`,
      `CREATE TRIGGER ${names.delete} AFTER DELETE ON umkm_actors BEGIN ${upsertOf(driver, 'OLD.', -1)}; END`,
    ],
    down,
  };
}

/** A rolled-up column summed over rows of umkm_actors (districts and villages are read that way). */
export function sumOverActors(driver: DatabaseDriver, column: RolledUpColumn): string {
  return `SUM(${contributionOf(driver, '')[column]})`;
}

/** Fills the rollup from the actors already on record, for the migration that creates it. */
export function fillRegencyRollup(driver: DatabaseDriver): string {
  const sums = ROLLED_UP_COLUMNS.map((column) => sumOverActors(driver, column));
  return `INSERT INTO umkm_regency_rollups (${ROLLUP_COLUMNS}) SELECT SUBSTR(regionCode, 1, 5), scale, sector, ${sums.join(', ')} FROM umkm_actors GROUP BY SUBSTR(regionCode, 1, 5), scale, sector`;
}
