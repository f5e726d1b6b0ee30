import {
  canWrite,
  CellError,
  countChanges,
  newId,
  closedListCell,
  NIK_KOPERASI,
  parseCountCell,
  parseDateCell,
  parseRupiahCell,
  parseYesNoCell,
  providedFields,
  readRowRegion,
  registryNumberMessage,
  RowIssueCode,
  writeUpserts,
  type ImportKind,
  type ImportScope,
  type ParsedRow,
  type Provenance,
  type RowContext,
  type SheetRow,
  type WriteCounts,
} from '@kumkm/subgraph-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { refreshBusinessLineSearchTerms } from '../business-line/business-lines';
import { Cooperative } from '../cooperative/cooperative.entity';
import { CooperativePattern, CooperativeStatus, CooperativeType } from '../cooperative/cooperative.enums';
import { Officer, OfficerPosition } from '../officer/officer.entity';
import { COOPERATIVE_COLUMNS, COOPERATIVE_EXAMPLE, type CooperativeColumn } from './cooperative-import-columns';

/** A cooperative as one row of a register describes it; optional fields left out keep their value on update. */
export interface CooperativeImportRecord {
  name: string;
  legalEntityNumber: string;
  type: CooperativeType;
  memberCount: number;
  regionCode: string;
  nik?: string;
  establishedOn?: string;
  pattern?: CooperativePattern;
  status?: CooperativeStatus;
  isMerahPutih?: boolean;
  lastAnnualMeetingYear?: number;
  assets?: string;
  businessVolume?: string;
  address?: string;
  /** The board the register names: appointments not yet recorded are added, none removed. */
  officers?: OfficerAppointment[];
}

/** One officer as a register names them; the same person, position and first year is the same appointment. */
export interface OfficerAppointment {
  fullName: string;
  position: OfficerPosition;
  termStartYear: number;
  termEndYear: number | null;
}

/** Lengths and formats of `RegisterCooperativeInput`, for a row. */
const cooperativeRowSchema = z.looseObject({
  name: z.string().min(3, 'The name needs at least 3 characters').max(200, 'The name has at most 200 characters'),
  legalEntityNumber: z.string().min(3, 'A legal entity number has at least 3 characters').max(120, 'A legal entity number has at most 120 characters'),
  nik: z.string().regex(NIK_KOPERASI.pattern, registryNumberMessage(NIK_KOPERASI, 'NIK koperasi')).optional(),
  address: z.string().max(300, 'The address has at most 300 characters').optional(),
});

/** How Dinas sheets write the jenis koperasi. */
const TYPE_NAMES: Record<string, CooperativeType> = {
  simpanpinjam: CooperativeType.SIMPAN_PINJAM,
  ksp: CooperativeType.SIMPAN_PINJAM,
  kospin: CooperativeType.SIMPAN_PINJAM,
  konsumen: CooperativeType.KONSUMEN,
  produsen: CooperativeType.PRODUSEN,
  pemasaran: CooperativeType.PEMASARAN,
  jasa: CooperativeType.JASA,
};
const PATTERN_NAMES: Record<string, CooperativePattern> = { konvensional: CooperativePattern.KONVENSIONAL, syariah: CooperativePattern.SYARIAH, syariat: CooperativePattern.SYARIAH };
const STATUS_NAMES: Record<string, CooperativeStatus> = {
  aktif: CooperativeStatus.ACTIVE,
  tidakaktif: CooperativeStatus.INACTIVE,
  nonaktif: CooperativeStatus.INACTIVE,
  pasif: CooperativeStatus.INACTIVE,
  bubar: CooperativeStatus.DISSOLVED,
  dibubarkan: CooperativeStatus.DISSOLVED,
};

/** "Koperasi Simpan Pinjam Syariah" is read as "Simpan Pinjam", whose pattern the sheet says too. */
const cooperativeWord = (letters: string) => [letters.replace(/^koperasi/, ''), letters.replace(/^koperasi/, '').replace(/syariah$/, '')];

function oneOf<T>(names: Record<string, T>, what: string, shown: string) {
  return closedListCell(names, what, shown, cooperativeWord);
}

function parseYear(text: string): number {
  const year = parseCountCell(text, 9999);
  if (year < 1945 || year > new Date().getUTCFullYear()) throw new CellError(RowIssueCode.OUT_OF_RANGE, `${year} is not a year an RAT can have been held in`);
  return year;
}

const OFFICER_CELLS: Array<[CooperativeColumn, OfficerPosition]> = [
  ['chair', OfficerPosition.KETUA],
  ['secretary', OfficerPosition.SEKRETARIS],
  ['treasurer', OfficerPosition.BENDAHARA],
  ['supervisors', OfficerPosition.PENGAWAS],
];

/** "2024-2028", "2024 s.d. 2028", "2024 – 2028" or a first year alone; within the bounds of `OfficerInput`. */
function parseTerm(text: string): { termStartYear: number; termEndYear: number | null } {
  const years = /^(\d{4})(?:\s*(?:-|–|—|s\.?\s*d\.?|sampai|sd)\s*(\d{4}))?$/i.exec(text.trim());
  if (!years) throw new CellError(RowIssueCode.INVALID_VALUE, `"${text}" is not a term of office: write the years as 2024-2028`);
  const [start, end] = [Number(years[1]), years[2] ? Number(years[2]) : null];
  if (start < 1945 || start > 2100 || (end !== null && (end < start || end > 2100))) throw new CellError(RowIssueCode.OUT_OF_RANGE, `${text} is not a term of office a board can have`);
  return { termStartYear: start, termEndYear: end };
}

/** The board a row names: one name per position, several pengawas separated by ";" (a name may hold a comma: "Ir. Budi, M.M."). */
function readOfficers(row: SheetRow<CooperativeColumn>): OfficerAppointment[] | undefined {
  const named = OFFICER_CELLS.flatMap(([column, position]) => {
    const names = position === OfficerPosition.PENGAWAS ? row.text(column).split(/[;\n]/) : [row.text(column)];
    return names.map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean).map((fullName) => ({ column, position, fullName }));
  });
  if (named.length === 0) return undefined;
  const term = row.required('officersTerm', 'The officers\' term of office (Masa Bakti)', parseTerm);
  const tooLong = named.filter(({ fullName }) => fullName.length < 2 || fullName.length > 120);
  for (const { column, fullName } of tooLong) row.fail(column, fullName, new CellError(RowIssueCode.OUT_OF_RANGE, 'An officer\'s name has 2 to 120 characters'));
  if (!term || tooLong.length > 0) return undefined;
  return named.map(({ position, fullName }) => ({ fullName, position, ...term }));
}

function readCooperativeRow(row: SheetRow<CooperativeColumn>, { villages }: RowContext): CooperativeImportRecord | undefined {
  const typeText = row.text('type');
  const candidate = {
    name: row.required('name', 'Name', String),
    legalEntityNumber: row.required('legalEntityNumber', 'Legal entity number', String),
    type: row.required('type', 'Type', oneOf(TYPE_NAMES, 'type of cooperative', 'Simpan Pinjam, Konsumen, Produsen, Pemasaran or Jasa (with "Syariah" for the sharia pattern)')),
    memberCount: row.required('memberCount', 'Members', (text) => parseCountCell(text)),
    nik: row.text('nik').replace(/\s/g, '') || undefined,
    establishedOn: row.optional('establishedOn', parseDateCell),
    // "Simpan Pinjam Syariah" says the pattern too, when the sheet has no Pola column.
    pattern: row.optional('pattern', oneOf(PATTERN_NAMES, 'pattern', 'Konvensional or Syariah')) ?? (/syariah/i.test(typeText) ? CooperativePattern.SYARIAH : undefined),
    status: row.optional('status', oneOf(STATUS_NAMES, 'status', 'Aktif, Tidak Aktif or Bubar')),
    isMerahPutih: row.optional('isMerahPutih', parseYesNoCell),
    lastAnnualMeetingYear: row.optional('lastAnnualMeetingYear', parseYear),
    assets: row.optional('assets', parseRupiahCell),
    businessVolume: row.optional('businessVolume', parseRupiahCell),
    address: row.text('address') || undefined,
    regionCode: readRowRegion(row, villages, { code: 'regionCode', village: 'village', district: 'district' }),
    officers: readOfficers(row),
  };
  if (candidate.establishedOn && candidate.establishedOn > new Date().toISOString().slice(0, 10)) {
    row.fail('establishedOn', candidate.establishedOn, new CellError(RowIssueCode.OUT_OF_RANGE, 'The date is in the future'));
  }
  return row.validate(cooperativeRowSchema, candidate) as CooperativeImportRecord | undefined;
}

/** Defaults of `registerCooperative` for what a row leaves out. */
const NEW_COOPERATIVE_DEFAULTS: Partial<Cooperative> = {
  nik: null,
  pattern: CooperativePattern.KONVENSIONAL,
  status: CooperativeStatus.ACTIVE,
  isMerahPutih: false,
  establishedOn: null,
  address: null,
  assets: null,
  businessVolume: null,
  lastAnnualMeetingYear: null,
};

/** The registered cooperatives a batch's NIKs and legal entity numbers name. */
async function registeredFor(manager: EntityManager, records: readonly CooperativeImportRecord[]): Promise<{ byNik: Map<string, Cooperative>; byNumber: Map<string, Cooperative> }> {
  const niks = records.flatMap((record) => (record.nik ? [record.nik] : []));
  const found = await manager.find(Cooperative, { where: [{ legalEntityNumber: In(records.map((record) => record.legalEntityNumber)) }, ...(niks.length ? [{ nik: In(niks) }] : [])] });
  return {
    byNik: new Map(found.filter((cooperative) => cooperative.nik).map((cooperative) => [cooperative.nik!, cooperative])),
    byNumber: new Map(found.map((cooperative) => [cooperative.legalEntityNumber, cooperative])),
  };
}

/** The cooperative a row is about: by NIK koperasi, else by legal entity number. */
function matchOf(registered: Awaited<ReturnType<typeof registeredFor>>, record: Pick<CooperativeImportRecord, 'nik' | 'legalEntityNumber'>): Cooperative | undefined {
  return (record.nik ? registered.byNik.get(record.nik) : undefined) ?? registered.byNumber.get(record.legalEntityNumber);
}

async function commitCooperativeRows(
  manager: EntityManager,
  rows: ReadonlyArray<ParsedRow<CooperativeColumn, CooperativeImportRecord>>,
  provenanceOf: (line: number) => Provenance,
): Promise<WriteCounts> {
  const registered = await registeredFor(manager, rows.map(({ record }) => record));
  const upserts = rows.map(({ row, record: { officers, ...cooperative } }) => ({ line: row.line, current: matchOf(registered, cooperative), fields: providedFields(cooperative), defaults: NEW_COOPERATIVE_DEFAULTS }));
  const { records } = await writeUpserts(manager, Cooperative, upserts, provenanceOf);
  await refreshBusinessLineSearchTerms(manager, { supplierIds: [...records.values()].filter((written) => written.change === 'updated').map((written) => written.id) });
  const boards = rows.filter(({ record }) => record.officers);
  const appointed = await appointOfficers(manager, boards.map(({ row, record }) => ({ cooperativeId: records.get(row.line)!.id, officers: record.officers! })));
  // A registered cooperative whose own cells were equal but whose board gained an officer was updated.
  for (const written of records.values()) if (written.change === 'unchanged' && appointed.has(written.id)) written.change = 'updated';
  return countChanges(records);
}

/** Adds the appointments not yet recorded; returns the cooperatives that gained one. */
async function appointOfficers(manager: EntityManager, boards: ReadonlyArray<{ cooperativeId: string; officers: OfficerAppointment[] }>): Promise<Set<string>> {
  if (boards.length === 0) return new Set();
  const existing = await manager.find(Officer, { where: { cooperativeId: In(boards.map(({ cooperativeId }) => cooperativeId)) } });
  const keyOf = (cooperativeId: string, officer: OfficerAppointment) => `${cooperativeId}|${officer.position}|${officer.fullName.toLowerCase()}|${officer.termStartYear}`;
  const recorded = new Set(existing.map((officer) => keyOf(officer.cooperativeId, officer)));
  const added = boards.flatMap(({ cooperativeId, officers }) => officers.filter((officer) => !recorded.has(keyOf(cooperativeId, officer))).map((officer) => ({ ...officer, cooperativeId, id: newId() })));
  if (added.length > 0) await manager.insert(Officer, added);
  return new Set(added.map(({ cooperativeId }) => cooperativeId));
}

/**
 * Before writing: a row whose NIK names one registered cooperative and whose legal entity number
 * another is refused, as is a cooperative registered in a region the user may not write.
 */
async function checkRegistered(db: DataSource, rows: ReadonlyArray<ParsedRow<CooperativeColumn, CooperativeImportRecord>>, scope: ImportScope): Promise<void> {
  if (rows.length === 0) return;
  const registered = await registeredFor(db.manager, rows.map(({ record }) => record));
  for (const { row, record } of rows) {
    const byNik = record.nik ? registered.byNik.get(record.nik) : undefined;
    const byNumber = registered.byNumber.get(record.legalEntityNumber);
    if (byNik && byNumber && byNik.id !== byNumber.id) {
      row.fail('legalEntityNumber', record.legalEntityNumber, new CellError(RowIssueCode.DUPLICATE_KEY, `NIK ${record.nik} is "${byNik.name}", but this legal entity number is "${byNumber.name}"`));
      continue;
    }
    const current = byNik ?? byNumber;
    if (current && !canWrite(scope.viewer, current.regionCode)) {
      row.fail('legalEntityNumber', record.legalEntityNumber, new CellError(RowIssueCode.FORBIDDEN_REGION, `"${current.name}" is registered in region ${current.regionCode}, which this user may not change`));
    }
  }
}

/**
 * A cooperative register (Dinas sheet, ODS Koperasi export) as a kind of import, keyed by NIK
 * koperasi, else by legal entity number; both are unique within a file.
 */
export const cooperativeImport = {
  columns: COOPERATIVE_COLUMNS,
  example: COOPERATIVE_EXAMPLE,
  open: (db: DataSource): ImportKind<CooperativeColumn, CooperativeImportRecord> => ({
    columns: COOPERATIVE_COLUMNS,
    readRow: readCooperativeRow,
    naturalKeys: (record) => [...(record.nik ? [{ column: 'nik' as const, value: record.nik }] : []), { column: 'legalEntityNumber', value: record.legalEntityNumber }],
    regionOf: (record) => record.regionCode,
    resolveReferences: (rows, scope) => checkRegistered(db, rows, scope),
    commit: commitCooperativeRows,
  }),
};
