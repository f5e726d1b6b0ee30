import {
  assertCanWrite,
  assertKnownRegion,
  assertNotInFuture,
  conflict,
  newId,
  notFound,
  providedFields,
  reportedNow,
  writeTransaction,
  type Viewer,
} from '@kumkm/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { refreshBusinessLineSearchTerms } from '../business-line/business-lines';
import { Officer } from '../officer/officer.entity';
import { Cooperative } from './cooperative.entity';
import type { RegisterCooperativeInput, UpdateCooperativeInput } from './cooperative.inputs';

const DUPLICATE = 'Another cooperative already has this NIK or legal entity number';

async function assertIdentityFree(manager: EntityManager, input: { nik?: string; legalEntityNumber?: string }, exceptId?: string) {
  const identities = [
    ...(input.nik ? [{ nik: input.nik }] : []),
    ...(input.legalEntityNumber ? [{ legalEntityNumber: input.legalEntityNumber }] : []),
  ];
  // An empty where-list would match every row.
  if (identities.length === 0) return;
  const clashes = await manager.getRepository(Cooperative).find({ where: identities });
  const clash = clashes.find((cooperative) => cooperative.id !== exceptId);
  if (!clash) return;
  const field = input.nik && clash.nik === input.nik ? 'nik' : 'legalEntityNumber';
  throw conflict(`Cooperative "${clash.name}" is already registered with this ${field}`, { field, existingId: clash.id });
}

/** Registers a cooperative and its officers; nothing is written unless all of it is valid. */
export async function registerCooperative(db: DataSource, viewer: Viewer, input: RegisterCooperativeInput): Promise<Cooperative> {
  assertKnownRegion(input.regionCode);
  assertCanWrite(viewer, input.regionCode);
  assertNotInFuture(input.establishedOn, 'establishedOn');
  return writeTransaction(db, DUPLICATE, async (manager) => {
    await assertIdentityFree(manager, input);
    const cooperative = manager.getRepository(Cooperative).create({
      id: newId(),
      nik: input.nik ?? null,
      legalEntityNumber: input.legalEntityNumber,
      name: input.name,
      type: input.type,
      pattern: input.pattern,
      status: input.status,
      isMerahPutih: input.isMerahPutih,
      memberCount: input.memberCount,
      establishedOn: input.establishedOn ?? null,
      regionCode: input.regionCode,
      address: input.address ?? null,
      assets: input.assets ?? null,
      businessVolume: input.businessVolume ?? null,
      lastAnnualMeetingYear: null,
      provenance: reportedNow(input.reportingOffice),
    });
    await manager.insert(Cooperative, cooperative);
    if (input.officers.length > 0) {
      await manager.insert(
        Officer,
        input.officers.map((officer) => ({
          id: newId(),
          cooperativeId: cooperative.id,
          fullName: officer.fullName,
          position: officer.position,
          termStartYear: officer.termStartYear,
          termEndYear: officer.termEndYear ?? null,
        })),
      );
    }
    return manager.getRepository(Cooperative).findOneByOrFail({ id: cooperative.id });
  });
}

/** Applies the given changes to one cooperative, atomically. */
export async function updateCooperative(db: DataSource, viewer: Viewer, id: string, input: UpdateCooperativeInput): Promise<Cooperative> {
  if (input.regionCode) assertKnownRegion(input.regionCode);
  return writeTransaction(db, DUPLICATE, async (manager) => {
    const repository = manager.getRepository(Cooperative);
    const cooperative = await repository.findOneBy({ id });
    if (!cooperative) throw notFound(`No cooperative has the id "${id}"`, { argument: 'id' });
    assertCanWrite(viewer, cooperative.regionCode);
    if (input.regionCode) assertCanWrite(viewer, input.regionCode);
    await assertIdentityFree(manager, { nik: input.nik }, id);
    const { reportingOffice, ...changes } = input;
    const defined = providedFields(changes);
    await repository.update({ id }, { ...defined, provenance: reportedNow(reportingOffice) });
    if (input.regionCode) await refreshBusinessLineSearchTerms(manager, { supplierIds: [id] });
    return repository.findOneByOrFail({ id });
  });
}
