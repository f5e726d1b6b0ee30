import { DateTimeISOResolver } from 'graphql-scalars';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** The spreadsheet row a record was last imported from (see the import issue): enough to find it in the office's own file. */
@Directive('@shareable')
@ObjectType({ description: 'The file and row a record was last imported from, and who imported it.' })
export class ImportOrigin {
  @Field({ description: 'The file\'s name as uploaded, e.g. "UMKM Kota Ambon 2025.xlsx".' })
  fileName!: string;

  @Field({ description: 'SHA-256 of the file\'s bytes, in hex: the same file always has the same digest.' })
  sha256!: string;

  @Field(() => Int, { description: 'Line (CSV) or row number (XLSX) of the record in the file, counted from 1.' })
  row!: number;

  @Field({ description: 'The token subject of the user who imported the file.' })
  importedBy!: string;
}

/** Who reported a record and when; embedded in every entity so that each row says where it came from. */
@Directive('@shareable')
@ObjectType({ description: 'Where a record came from: the regional office that reported it and when.' })
export class Provenance {
  @Field({ description: 'The reporting office, e.g. "Dinas Koperasi dan UKM Kota Tangerang Selatan".' })
  @Column({ type: 'varchar', length: 160 })
  office!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the office reported the record (UTC).' })
  @Column({ type: 'datetime' })
  reportedAt!: Date;

  @Field({ description: 'The report or channel the record came from, e.g. a regional report, a GraphQL mutation, or a synthetic seed.' })
  @Column({ type: 'varchar', length: 200 })
  source!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  importFileName?: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  importFileSha256?: string | null;

  @Column({ type: 'int', nullable: true })
  importRow?: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  importedBy?: string | null;

  @Field(() => ImportOrigin, { nullable: true, description: 'The file and row the record was last imported from; null when it came another way.' })
  get importedFrom(): ImportOrigin | null {
    if (!this.importFileName || !this.importFileSha256 || !this.importRow || !this.importedBy) return null;
    return { fileName: this.importFileName, sha256: this.importFileSha256, row: this.importRow, importedBy: this.importedBy };
  }
}

/**
 * Base of every record an office reports (a cooperative, a business actor, a programme, an
 * enrollment): where it came from, and when the graph created and last changed it. Decorated
 * so that type-graphql passes its fields on; nothing returns it, so the schema has no such type.
 */
@ObjectType()
export abstract class ReportedRecord {
  @Field(() => Provenance, { description: 'Which office reported this record, and when.' })
  @Column(() => Provenance)
  provenance!: Provenance;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When this record last changed in the graph (UTC).' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}

/** Provenance of a record written through the API now, on behalf of an office. */
export function reportedNow(office: string): Provenance {
  return provenanceOf({ office, reportedAt: new Date(), source: 'GraphQL mutation' });
}

/** Provenance of a record that did not come from an imported file (a mutation, a seed). */
export function provenanceOf(fields: Pick<Provenance, 'office' | 'reportedAt' | 'source'>): Provenance {
  return Object.assign(new Provenance(), NOT_IMPORTED, fields);
}

/** A write that did not come from a file clears the import origin of the one before it. */
const NOT_IMPORTED = { importFileName: null, importFileSha256: null, importRow: null, importedBy: null };

/** Provenance of a record imported from row `row` of a file, on behalf of an office. */
export function importedNow(office: string, file: { name: string; sha256: string }, row: number, importedBy: string, reportedAt: Date): Provenance {
  return Object.assign(new Provenance(), {
    office,
    reportedAt,
    source: `Import of ${file.name}`.slice(0, 200),
    importFileName: file.name.slice(0, 255),
    importFileSha256: file.sha256,
    importRow: row,
    importedBy: importedBy.slice(0, 120),
  });
}
