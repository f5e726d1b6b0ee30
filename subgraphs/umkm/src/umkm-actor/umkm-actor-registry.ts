import {
  assertCanWrite,
  assertDeclaredScale,
  assertId,
  assertKnownRegion,
  assertNotInFuture,
  badUserInput,
  conflict,
  type EntityOwners,
  newId,
  notFound,
  providedFields,
  reportedNow,
  scaleOfAnnualSales,
  type Viewer,
  writeTransaction,
} from '@kumkm/subgraph-kit';
import type { DataSource } from 'typeorm';
import { productRow, refreshProductSearchTerms } from '../product/product-catalogue';
import { Product } from '../product/product.entity';
import { kbliCategoryOf, KBLI_VERSION, type KbliCategory } from '@kumkm/subgraph-kit';
import { UmkmActor } from './umkm-actor.entity';
import type { RegisterUmkmActorInput, UpdateUmkmActorInput } from './umkm-actor.inputs';

const DUPLICATE_NIB = 'Another business actor is already registered with this NIB';

function assertHalalPair(number: string | undefined | null, date: string | undefined | null): void {
  if (Boolean(number) !== Boolean(date)) {
    throw badUserInput('Give the halal certificate number and its date together', { argument: 'halalCertificateNumber' });
  }
  assertNotInFuture(date, 'halalCertifiedOn');
}

/** A KBLI code lies in its category: 10792 (division 10) is manufacturing, C. */
function assertKbliCodeInSector(kbliCode: string | null | undefined, sector: KbliCategory): void {
  if (kbliCode && kbliCategoryOf(kbliCode) !== sector) {
    throw badUserInput(`KBLI ${kbliCode} is not in category ${sector} (it is in ${kbliCategoryOf(kbliCode) ?? 'no category'})`, { argument: 'kbliCode' });
  }
}

/** The cooperative is owned by the cooperatives subgraph: ask it before recording a membership. */
export async function assertCooperativeExists(owners: EntityOwners, cooperativeId: string, argument = 'cooperativeId'): Promise<void> {
  assertId(cooperativeId, 'cooperative', argument);
  if (!(await owners.exists('Cooperative', cooperativeId))) throw notFound(`No cooperative has the id "${cooperativeId}"`, { argument });
}

export async function registerUmkmActor(db: DataSource, owners: EntityOwners, viewer: Viewer, input: RegisterUmkmActorInput): Promise<UmkmActor> {
  assertKnownRegion(input.regionCode);
  assertCanWrite(viewer, input.regionCode);
  assertHalalPair(input.halalCertificateNumber, input.halalCertifiedOn);
  assertKbliCodeInSector(input.kbliCode, input.sector);
  const scale = assertDeclaredScale(input.declaredScale, input.annualSales);
  if (input.cooperativeId) await assertCooperativeExists(owners, input.cooperativeId);
  return writeTransaction(db, DUPLICATE_NIB, async (manager) => {
    const existing = await manager.findOneBy(UmkmActor, { nib: input.nib });
    if (existing) throw conflict(`"${existing.businessName}" is already registered with NIB ${input.nib}`, { field: 'nib', existingId: existing.id });
    const actor = manager.create(UmkmActor, {
      id: newId(),
      nib: input.nib,
      ownerName: input.ownerName,
      businessName: input.businessName,
      sector: input.sector,
      kbliCode: input.kbliCode ?? null,
      kbliVersion: KBLI_VERSION,
      annualSales: input.annualSales,
      assets: input.assets ?? null,
      employees: input.employees,
      scale,
      halalCertificateNumber: input.halalCertificateNumber ?? null,
      halalCertifiedOn: input.halalCertifiedOn ?? null,
      isWomanOwned: input.isWomanOwned,
      regionCode: input.regionCode,
      cooperativeId: input.cooperativeId ?? null,
      provenance: reportedNow(input.reportingOffice),
    });
    await manager.insert(UmkmActor, actor);
    if (input.products.length > 0) {
      await manager.insert(
        Product,
        input.products.map((product) => productRow(actor, product)),
      );
    }
    return manager.findOneByOrFail(UmkmActor, { id: actor.id });
  });
}

export async function updateUmkmActor(db: DataSource, viewer: Viewer, id: string, input: UpdateUmkmActorInput): Promise<UmkmActor> {
  if (input.regionCode) assertKnownRegion(input.regionCode);
  return writeTransaction(db, DUPLICATE_NIB, async (manager) => {
    const actor = await manager.findOneBy(UmkmActor, { id });
    if (!actor) throw notFound(`No business actor has the id "${id}"`, { argument: 'id' });
    assertCanWrite(viewer, actor.regionCode);
    if (input.regionCode) assertCanWrite(viewer, input.regionCode);
    const { reportingOffice, ...changes } = input;
    const defined = providedFields(changes);
    const merged = { ...actor, ...defined };
    assertHalalPair(merged.halalCertificateNumber, merged.halalCertifiedOn);
    assertKbliCodeInSector(merged.kbliCode, merged.sector);
    await manager.update(UmkmActor, { id }, { ...defined, scale: scaleOfAnnualSales(merged.annualSales), provenance: reportedNow(reportingOffice) });
    if (input.regionCode) await refreshProductSearchTerms(manager, { supplierIds: [id] });
    return manager.findOneByOrFail(UmkmActor, { id });
  });
}

/** Records that a business joined a cooperative; a business belongs to at most one. */
export async function joinCooperative(db: DataSource, owners: EntityOwners, viewer: Viewer, actorId: string, cooperativeId: string): Promise<UmkmActor> {
  await assertCooperativeExists(owners, cooperativeId);
  return writeTransaction(db, 'Membership changed concurrently', async (manager) => {
    const actor = await manager.findOneBy(UmkmActor, { id: actorId });
    if (!actor) throw notFound(`No business actor has the id "${actorId}"`, { argument: 'umkmActorId' });
    assertCanWrite(viewer, actor.regionCode);
    if (actor.cooperativeId === cooperativeId) throw conflict(`"${actor.businessName}" is already a member of this cooperative`);
    if (actor.cooperativeId) throw conflict(`"${actor.businessName}" is a member of another cooperative; leave it first`, { cooperativeId: actor.cooperativeId });
    await manager.update(UmkmActor, { id: actorId }, { cooperativeId });
    return manager.findOneByOrFail(UmkmActor, { id: actorId });
  });
}

export async function leaveCooperative(db: DataSource, viewer: Viewer, actorId: string): Promise<UmkmActor> {
  return writeTransaction(db, 'Membership changed concurrently', async (manager) => {
    const actor = await manager.findOneBy(UmkmActor, { id: actorId });
    if (!actor) throw notFound(`No business actor has the id "${actorId}"`, { argument: 'umkmActorId' });
    assertCanWrite(viewer, actor.regionCode);
    if (!actor.cooperativeId) throw conflict(`"${actor.businessName}" is not a member of any cooperative`);
    await manager.update(UmkmActor, { id: actorId }, { cooperativeId: null });
    return manager.findOneByOrFail(UmkmActor, { id: actorId });
  });
}
