import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Provenance } from '../provenance/provenance';
import type { ImportColumn } from './column-headers';
import type { SheetRow } from './sheet-rows';
import type { VillageNames } from './village-names';

/** On whose behalf a file is imported. */
export interface ImportScope {
  /** The office every record's provenance names, e.g. "Dinas Koperasi dan UKM Kota Ambon". */
  office: string;
  /** The office's region: village names are resolved inside it, and every row must lie inside it. */
  regionCode: string;
  /** The importing user: an OFFICER writes inside its region, an ADMIN anywhere. */
  viewer: Viewer;
}

/** What reading a row may consult. */
export interface RowContext {
  scope: ImportScope;
  villages: VillageNames;
}

/** A row read into the record it describes. */
export interface ParsedRow<Key extends string, Record> {
  row: SheetRow<Key>;
  record: Record;
}

/** What a commit did with the rows it was given. */
export interface WriteCounts {
  created: number;
  updated: number;
  /** Rows whose record already held exactly these values: a second import of a file changes nothing. */
  unchanged: number;
}

/**
 * One kind of import (cooperatives, umkm, training), defined by the subgraph that owns its data:
 * the columns it understands, how a row becomes a record, and how a batch of records is written.
 */
export interface ImportKind<Key extends string, Record> {
  columns: readonly ImportColumn<Key>[];
  /** Reads one row; whatever cannot be read is recorded on the row as an issue. */
  readRow(row: SheetRow<Key>, context: RowContext): Record | undefined;
  /**
   * The natural keys of a record (NIB; NIK koperasi and legal entity number…), each unique within a
   * file. A key made of several cells (programme + participant) says which value a duplicate shows.
   */
  naturalKeys(record: Record): Array<{ column: Key; value: string; shown?: string }>;
  /** The region the record lies in, for the importing user's write scope. */
  regionOf(record: Record): string;
  /**
   * Resolves what the rows refer to in other subgraphs (a cooperative by its NIK), a batch at a
   * time; a reference that does not resolve is recorded on its row.
   */
  resolveReferences?(rows: ReadonlyArray<ParsedRow<Key, Record>>, scope: ImportScope): Promise<void>;
  /** Writes valid rows in the transaction given: creates new keys, updates changed records, leaves equal ones alone. */
  commit(manager: EntityManager, rows: ReadonlyArray<ParsedRow<Key, Record>>, provenanceOf: (line: number) => Provenance): Promise<WriteCounts>;
}
