import {
  CellError,
  closedListCell,
  NIB,
  NIK_KOPERASI,
  NaturalKeyLookups,
  newId,
  parseCountCell,
  parseDateCell,
  providedFields,
  readRowRegion,
  registryNumberMessage,
  RowIssueCode,
  writeUpserts,
  type EntityOwners,
  type ImportKind,
  type ParsedRow,
  type Provenance,
  type RowContext,
  type SheetRow,
  type WriteCounts,
} from '@kumkm/subgraph-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { attendeeRoleProblem, defaultAttendeeRole } from '../enrollment/attendee-role';
import { Enrollment } from '../enrollment/enrollment.entity';
import { AttendeeRole, EnrollmentStatus, ParticipantType } from '../enrollment/enrollment.enums';
import { describeParticipant, participantLookup, type ParticipantReference } from '../participant/participant-lookups';
import { ProgramKind } from '../training-program/program-kind';
import { TrainingProgram } from '../training-program/training-program.entity';
import { TrainingWave } from '../wave/training-wave.entity';
import { TRAINING_COLUMNS, TRAINING_EXAMPLE, type TrainingColumn } from './training-import-columns';

/**
 * The programme a row's cells describe; every row of the same programme must describe it alike.
 * What the row leaves out is undefined: a new programme takes the defaults, a registered one keeps its value.
 */
export interface ProgramFields {
  title: string;
  kind: ProgramKind;
  startsOn: string;
  regionCode: string;
  organizer?: string;
  endsOn?: string;
  venue?: string;
  topics?: string[];
  audience?: string;
}

/** One participant's enrollment, as one row of a training recap describes it. */
export interface TrainingImportRecord {
  program: ProgramFields;
  /** Title, first day and region: what tells one programme from another in a file and in the graph. */
  programKey: string;
  wave?: { number: number; heldOn?: string };
  participant: ParticipantReference;
  /** The participant's id in its own subgraph, once looked up. */
  participantId?: string;
  attendeeRole: AttendeeRole;
  status: EnrollmentStatus;
  certificateNumber?: string;
  certifiedOn?: string;
}

/** What a recap rarely says: who the programme was for. */
const DEFAULT_AUDIENCE = 'Peserta sesuai daftar hadir';
/** Programmes one file may describe; a recap holds a year's programmes at most. */
const MAX_PROGRAMMES_PER_FILE = 1000;

const STATUS_ORDER = Object.values(EnrollmentStatus);

const KIND_NAMES: Record<string, ProgramKind> = {
  pelatihan: ProgramKind.TRAINING,
  diklat: ProgramKind.TRAINING,
  bimtek: ProgramKind.TRAINING,
  bimbinganteknis: ProgramKind.TRAINING,
  training: ProgramKind.TRAINING,
  sertifikasi: ProgramKind.CERTIFICATION,
  pelatihandansertifikasi: ProgramKind.CERTIFICATION,
  pelatihansertifikasi: ProgramKind.CERTIFICATION,
  certification: ProgramKind.CERTIFICATION,
  rakor: ProgramKind.COORDINATION_MEETING,
  rapatkoordinasi: ProgramKind.COORDINATION_MEETING,
  koordinasi: ProgramKind.COORDINATION_MEETING,
};
const ROLE_NAMES: Record<string, AttendeeRole> = {
  pemilik: AttendeeRole.OWNER,
  pemilikusaha: AttendeeRole.OWNER,
  owner: AttendeeRole.OWNER,
  pengurus: AttendeeRole.PENGURUS,
  ketua: AttendeeRole.PENGURUS,
  wakilketua: AttendeeRole.PENGURUS,
  sekretaris: AttendeeRole.PENGURUS,
  bendahara: AttendeeRole.PENGURUS,
  pengawas: AttendeeRole.PENGAWAS,
};
const STATUS_NAMES: Record<string, EnrollmentStatus> = {
  terdaftar: EnrollmentStatus.REGISTERED,
  daftar: EnrollmentStatus.REGISTERED,
  tidakhadir: EnrollmentStatus.REGISTERED,
  hadir: EnrollmentStatus.ATTENDED,
  selesai: EnrollmentStatus.COMPLETED,
  lulus: EnrollmentStatus.COMPLETED,
  bersertifikat: EnrollmentStatus.CERTIFIED,
  tersertifikasi: EnrollmentStatus.CERTIFIED,
  kompeten: EnrollmentStatus.CERTIFIED,
};

/** Lengths of `CreateTrainingProgramInput` and `CertifyParticipantInput`, for a row. */
const trainingRowSchema = z.looseObject({
  title: z.string().min(3, 'The title needs at least 3 characters').max(300, 'The title has at most 300 characters'),
  organizer: z.string().min(3, 'The organizer needs at least 3 characters').max(160, 'The organizer has at most 160 characters').optional(),
  venue: z.string().min(2, 'The venue needs at least 2 characters').max(200, 'The venue has at most 200 characters').optional(),
  audience: z.string().min(3, 'The audience needs at least 3 characters').max(300, 'The audience has at most 300 characters').optional(),
  topics: z.array(z.string().min(2, 'A topic needs at least 2 characters').max(120, 'A topic has at most 120 characters')).max(30, 'At most 30 topics').optional(),
  certificateNumber: z.string().min(3, 'A certificate number has at least 3 characters').max(80, 'A certificate number has at most 80 characters').optional(),
});

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

function readProgram(row: SheetRow<TrainingColumn>, { villages, scope }: RowContext) {
  const startsOn = row.required('startsOn', 'First day', parseDateCell);
  const endsOn = row.optional('endsOn', parseDateCell);
  if (startsOn && endsOn && endsOn < startsOn) row.fail('endsOn', endsOn, new CellError(RowIssueCode.OUT_OF_RANGE, `The last day is before the first (${startsOn})`));
  const placed = row.text('regionCode') || row.text('village');
  return {
    title: oneLine(row.text('title')) || row.required('title', 'Title', String),
    kind: row.required('kind', 'Kind', closedListCell(KIND_NAMES, 'kind of programme', 'Pelatihan, Sertifikasi or Rakor')),
    organizer: oneLine(row.text('organizer')) || undefined,
    startsOn,
    endsOn,
    venue: oneLine(row.text('venue')) || undefined,
    topics: row.text('topics') ? row.text('topics').split(/[;\n]/).map(oneLine).filter(Boolean) : undefined,
    audience: oneLine(row.text('audience')) || undefined,
    // A recap without a place: the programme was held in the office's own region.
    regionCode: placed ? readRowRegion(row, villages, { code: 'regionCode', village: 'village', district: 'district' }) : scope.regionCode,
  };
}

function readParticipant(row: SheetRow<TrainingColumn>): ParticipantReference | undefined {
  const nib = row.text('participantNib').replace(/\s/g, '');
  const nik = row.text('participantNik').replace(/\s/g, '');
  if (nib && nik) return row.fail('participantNik', nik, new CellError(RowIssueCode.INVALID_VALUE, 'A row is one participant: give the NIB of a business actor or the NIK of a cooperative, not both'));
  if (nib) return NIB.pattern.test(nib) ? { type: ParticipantType.UMKM_ACTOR, number: nib } : row.fail('participantNib', nib, new CellError(RowIssueCode.INVALID_VALUE, registryNumberMessage(NIB, 'NIB')));
  if (nik) return NIK_KOPERASI.pattern.test(nik) ? { type: ParticipantType.COOPERATIVE, number: nik } : row.fail('participantNik', nik, new CellError(RowIssueCode.INVALID_VALUE, registryNumberMessage(NIK_KOPERASI, 'NIK koperasi')));
  return row.fail('participantNib', '', new CellError(RowIssueCode.REQUIRED, 'Give the participant: the NIB of a business actor or the NIK of a cooperative'));
}

function readWave(row: SheetRow<TrainingColumn>): TrainingImportRecord['wave'] {
  const number = row.optional('waveNumber', (text) => {
    const value = parseCountCell(text.replace(/^(ke|gelombang|angkatan)\s*-?\s*/i, ''), 100);
    if (value < 1) throw new CellError(RowIssueCode.OUT_OF_RANGE, 'Waves are numbered from 1');
    return value;
  });
  const heldOn = row.optional('waveHeldOn', parseDateCell);
  if (number === undefined) return heldOn ? row.fail('waveNumber', '', new CellError(RowIssueCode.REQUIRED, 'A wave date needs the wave number (Gelombang)')) : undefined;
  return { number, heldOn };
}

/** Status and certificate: a certificate makes the row CERTIFIED, which only a certification programme gives. */
function readOutcome(row: SheetRow<TrainingColumn>, kind: ProgramKind | undefined) {
  const certificateNumber = oneLine(row.text('certificateNumber')) || undefined;
  const certifiedOn = row.optional('certifiedOn', parseDateCell);
  const status = row.optional('status', closedListCell(STATUS_NAMES, 'participant status', 'Terdaftar, Hadir, Selesai or Bersertifikat')) ?? (certificateNumber ? EnrollmentStatus.CERTIFIED : EnrollmentStatus.REGISTERED);
  if (status !== EnrollmentStatus.CERTIFIED) {
    if (certificateNumber || certifiedOn) row.fail('certificateNumber', certificateNumber ?? '', new CellError(RowIssueCode.INVALID_VALUE, `A certificate belongs to a certified participant, not to one who is ${status}`));
    return { status };
  }
  if (kind !== undefined && kind !== ProgramKind.CERTIFICATION) row.fail('status', row.text('status'), new CellError(RowIssueCode.INVALID_VALUE, 'Only a certification programme (Sertifikasi) certifies its participants'));
  if (!certificateNumber || !certifiedOn) row.fail(certificateNumber ? 'certifiedOn' : 'certificateNumber', '', new CellError(RowIssueCode.REQUIRED, 'A certified participant needs the certificate number and its date'));
  if (certifiedOn && certifiedOn > new Date().toISOString().slice(0, 10)) row.fail('certifiedOn', certifiedOn, new CellError(RowIssueCode.OUT_OF_RANGE, 'The date is in the future'));
  return { status, certificateNumber, certifiedOn };
}

function readAttendeeRole(row: SheetRow<TrainingColumn>, participant: ParticipantReference | undefined): AttendeeRole | undefined {
  const role = row.optional('attendeeRole', closedListCell(ROLE_NAMES, 'role', 'Pemilik (business actor), Pengurus or Pengawas (cooperative)'));
  if (!participant) return role;
  const chosen = role ?? defaultAttendeeRole(participant.type);
  const problem = attendeeRoleProblem(participant.type, chosen);
  return problem ? row.fail('attendeeRole', row.text('attendeeRole'), new CellError(RowIssueCode.INVALID_VALUE, problem)) : chosen;
}

function readTrainingRow(row: SheetRow<TrainingColumn>, context: RowContext): TrainingImportRecord | undefined {
  const program = readProgram(row, context);
  const participant = readParticipant(row);
  const candidate = {
    ...program,
    wave: readWave(row),
    participant,
    attendeeRole: readAttendeeRole(row, participant),
    ...readOutcome(row, program.kind),
  };
  // Validation passes only when every required cell was read, so nothing below is undefined.
  if (!row.validate(trainingRowSchema, candidate)) return undefined;
  const fields = program as ProgramFields;
  const { wave, attendeeRole, status, certificateNumber, certifiedOn } = candidate;
  return { program: fields, programKey: programKeyOf(fields), wave, participant: participant!, attendeeRole: attendeeRole!, status, certificateNumber, certifiedOn };
}

const programKeyOf = (program: Pick<ProgramFields, 'title' | 'startsOn' | 'regionCode'>) => `${program.title}|${program.startsOn}|${program.regionCode}`;

/** The programme's cells every row repeats, with what a message calls them. */
const PROGRAM_CELLS: Array<[keyof ProgramFields, TrainingColumn, string]> = [
  ['kind', 'kind', 'kind'],
  ['organizer', 'organizer', 'organizer'],
  ['endsOn', 'endsOn', 'last day'],
  ['venue', 'venue', 'venue'],
  ['topics', 'topics', 'topics'],
  ['audience', 'audience', 'audience'],
];

/**
 * Every row of a programme repeats its cells; a row that describes it differently from the first
 * (another end date, another venue) is refused rather than silently changing the programme, and
 * so is a second date for the same wave.
 */
class ProgrammesInFile {
  private readonly first = new Map<string, { line: number; program: ProgramFields; waveDays: Map<number, { line: number; heldOn?: string }> }>();

  check(row: SheetRow<TrainingColumn>, record: TrainingImportRecord): void {
    const seen = this.first.get(record.programKey);
    if (!seen) {
      if (this.first.size >= MAX_PROGRAMMES_PER_FILE) {
        row.fail('title', record.program.title, new CellError(RowIssueCode.OUT_OF_RANGE, `A file may describe at most ${MAX_PROGRAMMES_PER_FILE} programmes; split it`));
        return;
      }
      this.first.set(record.programKey, { line: row.line, program: record.program, waveDays: new Map(record.wave ? [[record.wave.number, { line: row.line, heldOn: record.wave.heldOn }]] : []) });
      return;
    }
    const differing = PROGRAM_CELLS.find(([field]) => JSON.stringify(seen.program[field]) !== JSON.stringify(record.program[field]));
    if (differing) {
      const [field, column, label] = differing;
      const shown = (program: ProgramFields) => String(program[field] ?? '');
      row.fail(column, shown(record.program), new CellError(RowIssueCode.INVALID_VALUE, `Line ${seen.line} gives this programme's ${label} as "${shown(seen.program)}": make the rows agree`));
      return;
    }
    if (!record.wave) return;
    const wave = seen.waveDays.get(record.wave.number);
    if (!wave) seen.waveDays.set(record.wave.number, { line: row.line, heldOn: record.wave.heldOn });
    else if (record.wave.heldOn && wave.heldOn && record.wave.heldOn !== wave.heldOn) {
      row.fail('waveHeldOn', record.wave.heldOn, new CellError(RowIssueCode.INVALID_VALUE, `Line ${wave.line} gives wave ${record.wave.number} the date ${wave.heldOn}`));
    }
  }
}

/** The programmes of a batch, created or brought up to date: their ids by programme key. */
async function upsertProgrammes(manager: EntityManager, rows: ReadonlyArray<ParsedRow<TrainingColumn, TrainingImportRecord>>, provenanceOf: (line: number) => Provenance): Promise<Map<string, string>> {
  const firstRows = new Map<string, ParsedRow<TrainingColumn, TrainingImportRecord>>();
  for (const parsed of rows) if (!firstRows.has(parsed.record.programKey)) firstRows.set(parsed.record.programKey, parsed);
  const existing = new Map((await findProgrammes(manager, [...firstRows.values()].map(({ record }) => record.program))).map((program) => [programKeyOf(program), program]));
  const upserts = [...firstRows.values()].map(({ row, record }) => ({
    line: row.line,
    current: existing.get(record.programKey),
    fields: providedFields(record.program),
    // `createTrainingProgram`'s defaults; a recap that names no organizer was organized by the importing office.
    defaults: { notes: null, venue: null, endsOn: null, topics: [], audience: DEFAULT_AUDIENCE, organizer: provenanceOf(row.line).office },
  }));
  const { records } = await writeUpserts(manager, TrainingProgram, upserts, provenanceOf);
  return new Map([...firstRows].map(([key, { row }]) => [key, records.get(row.line)!.id]));
}

async function findProgrammes(manager: EntityManager, programmes: readonly ProgramFields[]): Promise<TrainingProgram[]> {
  const found: TrainingProgram[] = [];
  // A bounded OR per statement: SQLite limits an expression's depth.
  for (let start = 0; start < programmes.length; start += 100) {
    const where = programmes.slice(start, start + 100).map(({ title, startsOn, regionCode }) => ({ title, startsOn, regionCode }));
    found.push(...(await manager.find(TrainingProgram, { where })));
  }
  return found;
}

const waveKey = (programId: string, number: number) => `${programId}#${number}`;

/** The waves the batch names, created when new and given their date when the row has one. */
async function upsertWaves(manager: EntityManager, rows: ReadonlyArray<ParsedRow<TrainingColumn, TrainingImportRecord>>, programmes: Map<string, string>): Promise<Map<string, string>> {
  const named = new Map<string, { programId: string; number: number; heldOn?: string }>();
  for (const { record } of rows) {
    if (!record.wave) continue;
    const programId = programmes.get(record.programKey)!;
    const key = waveKey(programId, record.wave.number);
    if (!named.get(key)?.heldOn) named.set(key, { programId, ...record.wave });
  }
  if (named.size === 0) return new Map();
  const existing = await manager.find(TrainingWave, { where: { programId: In([...new Set([...named.values()].map(({ programId }) => programId))]) } });
  const byKey = new Map(existing.map((wave) => [waveKey(wave.programId, wave.number), wave]));
  const ids = new Map<string, string>();
  const created: TrainingWave[] = [];
  for (const [key, wave] of named) {
    const current = byKey.get(key);
    if (current) {
      ids.set(key, current.id);
      if (wave.heldOn && wave.heldOn !== current.heldOn) await manager.update(TrainingWave, { id: current.id }, { heldOn: wave.heldOn });
      continue;
    }
    const id = newId();
    created.push(manager.create(TrainingWave, { id, programId: wave.programId, number: wave.number, heldOn: wave.heldOn ?? null, venue: null, target: null, capacity: null }));
    ids.set(key, id);
  }
  if (created.length > 0) await manager.insert(TrainingWave, created);
  return ids;
}

const enrollmentKey = (programId: string, type: ParticipantType, participantId: string, role: AttendeeRole) => `${programId}|${type}|${participantId}|${role}`;

/** The furthest of two statuses: an import records what happened and never moves an enrollment back. */
const furthest = (current: EnrollmentStatus | undefined, row: EnrollmentStatus) => (current && STATUS_ORDER.indexOf(current) > STATUS_ORDER.indexOf(row) ? current : row);

async function commitTrainingRows(manager: EntityManager, rows: ReadonlyArray<ParsedRow<TrainingColumn, TrainingImportRecord>>, provenanceOf: (line: number) => Provenance): Promise<WriteCounts> {
  const programmes = await upsertProgrammes(manager, rows, provenanceOf);
  const waves = await upsertWaves(manager, rows, programmes);
  const programIds = [...programmes.values()];
  const existing = await manager.find(Enrollment, { where: { programId: In(programIds), participantId: In([...new Set(rows.map(({ record }) => record.participantId!))]) } });
  const byKey = new Map(existing.map((enrollment) => [enrollmentKey(enrollment.programId, enrollment.participantType, enrollment.participantId, enrollment.attendeeRole), enrollment]));
  const upserts = rows.map(({ row, record }) => {
    const programId = programmes.get(record.programKey)!;
    const current = byKey.get(enrollmentKey(programId, record.participant.type, record.participantId!, record.attendeeRole));
    const waveId = record.wave ? waves.get(waveKey(programId, record.wave.number))! : undefined;
    const fields: Partial<Enrollment> = {
      programId,
      participantType: record.participant.type,
      participantId: record.participantId!,
      attendeeRole: record.attendeeRole,
      status: furthest(current?.status, record.status),
      ...(waveId ? { waveId } : {}),
      ...(record.certificateNumber ? { certificateNumber: record.certificateNumber, certifiedOn: record.certifiedOn } : {}),
    };
    return { line: row.line, current, fields, defaults: { waveId: null, certificateNumber: null, certifiedOn: null } };
  });
  return writeUpserts(manager, Enrollment, upserts, provenanceOf);
}

/**
 * Before writing: each participant is looked up by NIB or NIK koperasi in its own subgraph, and a
 * certificate number another enrollment already holds is refused on its row.
 */
async function resolveTrainingReferences(db: DataSource, lookups: NaturalKeyLookups, rows: ReadonlyArray<ParsedRow<TrainingColumn, TrainingImportRecord>>): Promise<void> {
  if (rows.length === 0) return;
  const found = await lookups.resolve(rows.map(({ record }) => participantLookup(record.participant)));
  for (const { row, record } of rows) {
    const id = lookups.idOf(found, participantLookup(record.participant));
    if (id) record.participantId = id;
    else row.fail(record.participant.type === ParticipantType.UMKM_ACTOR ? 'participantNib' : 'participantNik', record.participant.number, new CellError(RowIssueCode.UNKNOWN_REFERENCE, describeParticipant(record.participant)));
  }
  await refuseCertificatesHeldElsewhere(db, rows);
}

async function refuseCertificatesHeldElsewhere(db: DataSource, rows: ReadonlyArray<ParsedRow<TrainingColumn, TrainingImportRecord>>): Promise<void> {
  const certified = rows.filter(({ record }) => record.certificateNumber && record.participantId);
  if (certified.length === 0) return;
  const holders = await db.getRepository(Enrollment).find({ where: { certificateNumber: In(certified.map(({ record }) => record.certificateNumber!)) }, relations: { program: true } });
  const holderOf = new Map(holders.map((enrollment) => [enrollment.certificateNumber!, enrollment]));
  for (const { row, record } of certified) {
    const holder = holderOf.get(record.certificateNumber!);
    if (!holder) continue;
    const same = programKeyOf(holder.program!) === record.programKey && holder.participantId === record.participantId && holder.attendeeRole === record.attendeeRole;
    if (!same) row.fail('certificateNumber', record.certificateNumber!, new CellError(RowIssueCode.DUPLICATE_KEY, `Certificate ${record.certificateNumber} is held by another participant of "${holder.program!.title}"`));
  }
}

/**
 * A training recap as a kind of import: each row enrolls one participant in a programme (and one
 * of its waves), created from the row's cells on first sight. Enrollments are keyed by programme
 * (title, first day, region), participant and role, so a recap imported twice changes nothing.
 */
export const trainingImport = { columns: TRAINING_COLUMNS, example: TRAINING_EXAMPLE, open: openTrainingImport };

function openTrainingImport(db: DataSource, owners: EntityOwners): ImportKind<TrainingColumn, TrainingImportRecord> {
  const lookups = new NaturalKeyLookups(owners);
  const programmes = new ProgrammesInFile();
  return {
    columns: TRAINING_COLUMNS,
    readRow(row, context) {
      const record = readTrainingRow(row, context);
      if (record) programmes.check(row, record);
      return row.issues.length === 0 ? record : undefined;
    },
    naturalKeys: (record) => [
      {
        column: record.participant.type === ParticipantType.UMKM_ACTOR ? 'participantNib' : 'participantNik',
        value: `${record.programKey}|${record.participant.type}|${record.participant.number}|${record.attendeeRole}`,
        shown: record.participant.number,
      },
      ...(record.certificateNumber ? [{ column: 'certificateNumber' as const, value: record.certificateNumber }] : []),
    ],
    regionOf: (record) => record.program.regionCode,
    resolveReferences: (rows) => resolveTrainingReferences(db, lookups, rows),
    commit: commitTrainingRows,
  };
}
