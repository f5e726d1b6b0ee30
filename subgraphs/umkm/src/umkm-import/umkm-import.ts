import {
  BusinessScale,
  canWrite,
  CellError,
  type EntityOwners,
  type ImportKind,
  type ImportScope,
  NaturalKeyLookups,
  NIB,
  parseCountCell,
  parseDateCell,
  type ParsedRow,
  parseRupiahCell,
  parseYesNoCell,
  type Provenance,
  providedFields,
  readRowRegion,
  registryNumberMessage,
  type RowContext,
  RowIssueCode,
  scaleOfAnnualSales,
  type SheetRow,
  type WriteCounts,
  writeUpserts,
} from '@kumkm/subgraph-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { cooperativeLookup, describeCooperativeReference, type CooperativeReference } from '../cooperative/cooperative-references';
import { KBLI_CODE, kbliCategoryOf, KBLI_VERSION, KbliCategory } from '@kumkm/subgraph-kit';
import { refreshProductSearchTerms } from '../product/product-catalogue';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { UMKM_COLUMNS, UMKM_EXAMPLE, type UmkmColumn } from './umkm-import-columns';

/** A business actor as one row of a sheet describes it; optional fields left out keep their value on update. */
export interface UmkmImportRecord {
  nib: string;
  businessName: string;
  ownerName: string;
  sector: KbliCategory;
  /** Only when the sheet gives the 5-digit code: a letter leaves a recorded code as it is. */
  kbliCode?: string;
  annualSales: string;
  scale: BusinessScale;
  employees: number;
  assets?: string;
  halalCertificateNumber?: string;
  halalCertifiedOn?: string;
  isWomanOwned?: boolean;
  regionCode: string;
  cooperative?: CooperativeReference;
  cooperativeId?: string;
}

/** Lengths and formats of `RegisterUmkmActorInput`, for a row. */
const umkmRowSchema = z.looseObject({
  nib: z.string().regex(NIB.pattern, registryNumberMessage(NIB, 'NIB')),
  businessName: z.string().min(2, 'The business name needs at least 2 characters').max(200, 'The business name has at most 200 characters'),
  ownerName: z.string().min(2, 'The owner\'s name needs at least 2 characters').max(120, 'The owner\'s name has at most 120 characters'),
  employees: z.number().int().max(100_000, 'At most 100.000 workers'),
  halalCertificateNumber: z.string().min(4, 'A halal certificate number has at least 4 characters').max(60, 'A halal certificate number has at most 60 characters').optional(),
});

/** The sector, and the 5-digit code when the sheet gives one (a letter or a shorter code gives the category only). */
function parseKbli(text: string): { sector: KbliCategory; kbliCode?: string } {
  const sector = kbliCategoryOf(text);
  if (!sector) throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not a KBLI 2020 code: give the 5-digit code (10792) or the category letter (C)`);
  const code = text.trim();
  return KBLI_CODE.test(code) ? { sector, kbliCode: code } : { sector };
}

/** PP 7/2021: above Rp50 billion a business is large, not UMKM, and is refused as the mutation refuses it. */
function parseAnnualSales(text: string): { annualSales: string; scale: BusinessScale } {
  const annualSales = parseRupiahCell(text);
  try {
    return { annualSales, scale: scaleOfAnnualSales(annualSales) };
  } catch (error) {
    throw new CellError(RowIssueCode.OUT_OF_RANGE, error instanceof Error ? error.message : String(error));
  }
}

function readCooperative(row: SheetRow<UmkmColumn>): CooperativeReference | undefined {
  const nik = row.text('cooperativeNik').replace(/\s/g, '');
  if (nik) return { nik };
  const legalEntityNumber = row.text('cooperativeLegalEntityNumber');
  return legalEntityNumber ? { legalEntityNumber } : undefined;
}

function readUmkmRow(row: SheetRow<UmkmColumn>, { villages }: RowContext): UmkmImportRecord | undefined {
  const sales = row.required('annualSales', 'Annual sales', parseAnnualSales);
  const halalCertificateNumber = row.text('halalCertificateNumber') || undefined;
  const halalCertifiedOn = row.optional('halalCertifiedOn', parseDateCell);
  if (Boolean(halalCertificateNumber) !== Boolean(row.text('halalCertifiedOn'))) {
    row.fail('halalCertificateNumber', halalCertificateNumber ?? '', new CellError(RowIssueCode.REQUIRED, 'Give the halal certificate number and its date together'));
  }
  const candidate = {
    nib: row.required('nib', 'NIB', (text) => text.replace(/\s/g, '')),
    businessName: row.required('businessName', 'Business name', String),
    ownerName: row.required('ownerName', 'Owner name', String),
    kbli: row.required('kbli', 'KBLI', parseKbli),
    employees: row.required('employees', 'Number of workers', (text) => parseCountCell(text)),
    assets: row.optional('assets', parseRupiahCell),
    halalCertificateNumber,
    halalCertifiedOn,
    isWomanOwned: row.optional('isWomanOwned', parseYesNoCell),
    regionCode: readRowRegion(row, villages, { code: 'regionCode', village: 'village', district: 'district' }),
    cooperative: readCooperative(row),
  };
  const valid = row.validate(umkmRowSchema, candidate);
  if (!valid || !sales || !candidate.kbli) return undefined;
  const { kbli, ...fields } = valid as typeof candidate;
  return { ...fields, ...kbli!, ...sales } as UmkmImportRecord;
}

/** The fields a row sets, as the entity holds them; those a row leaves out are not compared. */
function fieldsOf({ cooperative, ...record }: UmkmImportRecord): Partial<UmkmActor> {
  return providedFields(record);
}

/** Defaults of `registerUmkmActor` for what a row leaves out. */
const NEW_ACTOR_DEFAULTS: Partial<UmkmActor> = { kbliCode: null, assets: null, halalCertificateNumber: null, halalCertifiedOn: null, isWomanOwned: false, cooperativeId: null, kbliVersion: KBLI_VERSION };

async function commitUmkmRows(
  manager: EntityManager,
  rows: ReadonlyArray<ParsedRow<UmkmColumn, UmkmImportRecord>>,
  provenanceOf: (line: number) => Provenance,
): Promise<WriteCounts> {
  const existing = await manager.find(UmkmActor, { where: { nib: In(rows.map(({ record }) => record.nib)) } });
  const byNib = new Map(existing.map((actor) => [actor.nib, actor]));
  const upserts = rows.map(({ row, record }) => ({ line: row.line, current: byNib.get(record.nib), fields: fieldsOf(record), defaults: NEW_ACTOR_DEFAULTS }));
  const written = await writeUpserts(manager, UmkmActor, upserts, provenanceOf);
  await refreshProductSearchTerms(manager, { supplierIds: [...written.records.values()].filter((record) => record.change === 'updated').map((record) => record.id) });
  return written;
}

/**
 * An UMKM register (NIB from OSS, owner, KBLI, sales…) as a kind of import. Rows are keyed by NIB;
 * a member's cooperative is looked up by NIK koperasi or legal entity number in the cooperatives
 * subgraph, and a NIB already registered in a region the user may not write is refused.
 */
export const umkmImport = { columns: UMKM_COLUMNS, example: UMKM_EXAMPLE, open: openUmkmImport };

function openUmkmImport(db: DataSource, owners: EntityOwners): ImportKind<UmkmColumn, UmkmImportRecord> {
  const cooperatives = new NaturalKeyLookups(owners);
  return {
    columns: UMKM_COLUMNS,
    readRow: readUmkmRow,
    naturalKeys: (record) => [{ column: 'nib', value: record.nib }],
    regionOf: (record) => record.regionCode,
    async resolveReferences(rows, scope) {
      await refuseRegisteredElsewhere(db, rows, scope);
      const referring = rows.filter(({ record }) => record.cooperative);
      if (referring.length === 0) return;
      const found = await cooperatives.resolve(referring.map(({ record }) => cooperativeLookup(record.cooperative!)));
      for (const { row, record } of referring) {
        const id = cooperatives.idOf(found, cooperativeLookup(record.cooperative!));
        if (id) {
          record.cooperativeId = id;
          continue;
        }
        const column = record.cooperative!.nik ? 'cooperativeNik' : 'cooperativeLegalEntityNumber';
        row.fail(column, record.cooperative!.nik ?? record.cooperative!.legalEntityNumber!, new CellError(RowIssueCode.UNKNOWN_REFERENCE, `No cooperative has the ${describeCooperativeReference(record.cooperative!)}`));
      }
    },
    commit: commitUmkmRows,
  };
}

/** An officer may not take over, by NIB, a business another region registered. */
async function refuseRegisteredElsewhere(db: DataSource, rows: ReadonlyArray<ParsedRow<UmkmColumn, UmkmImportRecord>>, scope: ImportScope): Promise<void> {
  if (rows.length === 0) return;
  const existing = await db.getRepository(UmkmActor).find({ select: { nib: true, regionCode: true }, where: { nib: In(rows.map(({ record }) => record.nib)) } });
  const regionOf = new Map(existing.map((actor) => [actor.nib, actor.regionCode]));
  for (const { row, record } of rows) {
    const region = regionOf.get(record.nib);
    if (!region || canWrite(scope.viewer, region)) continue;
    row.fail('nib', record.nib, new CellError(RowIssueCode.FORBIDDEN_REGION, `NIB ${record.nib} is registered in region ${region}, which this user may not change`));
  }
}
