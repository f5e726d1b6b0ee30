import { assertCanWrite, badUserInput, kbliCategoryOf, newId, notFound, offerTermsAfter, providedFields, refreshSearchTerms, searchTermsOf, reportedNow, writeTransaction, type Viewer } from '@kumkm/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { Cooperative } from '../cooperative/cooperative.entity';
import { BUSINESS_LINE_OFFERS } from './business-line-offer-matches';
import { BusinessLine } from './business-line.entity';
import type { RegisterBusinessLineInput, UpdateBusinessLineInput } from './business-line.inputs';

/** A five-digit code whose division is not one of KBLI 2020's (e.g. 00000) is no KBLI code. */
function assertKbliDivision(kbliCode: string | undefined): void {
  if (kbliCode !== undefined && !kbliCategoryOf(kbliCode)) throw badUserInput(`${kbliCode} is not in a KBLI 2020 division`, { argument: 'kbliCode' });
}

/** After business lines' text or their cooperatives' regions changed: the words MySQL searches them by follow. */
export function refreshBusinessLineSearchTerms(manager: EntityManager, which: { supplierIds?: readonly string[]; offerIds?: readonly string[] }): Promise<void> {
  return refreshSearchTerms(manager, { table: 'business_lines', textColumns: BUSINESS_LINE_OFFERS.index.columns, supplierTable: 'cooperatives', supplierColumn: 'cooperativeId' }, which);
}

/** Adds a business line to a cooperative of the caller's region. */
export async function registerBusinessLine(db: DataSource, viewer: Viewer, cooperativeId: string, input: RegisterBusinessLineInput): Promise<BusinessLine> {
  assertKbliDivision(input.kbliCode);
  const line = db.manager.create(BusinessLine, {
    id: newId(),
    cooperativeId,
    name: input.name,
    kbliCode: input.kbliCode,
    description: input.description ?? null,
    offer: offerTermsAfter(input.offer),
    provenance: reportedNow(input.reportingOffice),
  });
  return writeTransaction(db, 'The cooperative changed concurrently', async (manager) => {
    const cooperative = await manager.findOneBy(Cooperative, { id: cooperativeId });
    if (!cooperative) throw notFound(`No cooperative has the id "${cooperativeId}"`, { argument: 'cooperativeId' });
    assertCanWrite(viewer, cooperative.regionCode);
    await manager.insert(BusinessLine, { ...line, searchTerms: searchTermsOf(cooperative.regionCode, [line.name, line.description]) });
    return manager.findOneByOrFail(BusinessLine, { id: line.id });
  });
}

/** Changes a business line of a cooperative of the caller's region; its terms stay a valid range. */
export async function updateBusinessLine(db: DataSource, viewer: Viewer, id: string, input: UpdateBusinessLineInput): Promise<BusinessLine> {
  assertKbliDivision(input.kbliCode);
  return writeTransaction(db, 'The business line changed concurrently', async (manager) => {
    const line = await manager.findOne(BusinessLine, { where: { id }, relations: { cooperative: true } });
    if (!line) throw notFound(`No business line has the id "${id}"`, { argument: 'id' });
    assertCanWrite(viewer, line.cooperative!.regionCode);
    const { offer, reportingOffice, ...changes } = input;
    await manager.update(BusinessLine, { id }, { ...providedFields(changes), offer: offerTermsAfter(offer, line.offer), provenance: reportedNow(reportingOffice) });
    if (changes.name !== undefined || changes.description !== undefined) await refreshBusinessLineSearchTerms(manager, { offerIds: [id] });
    return manager.findOneByOrFail(BusinessLine, { id });
  });
}
