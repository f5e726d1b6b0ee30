import { assertCanWrite, newId, notFound, offerTermsAfter, providedFields, refreshSearchTerms, searchTermsOf, reportedNow, writeTransaction, type Viewer } from '@kumkm/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { PRODUCT_OFFERS } from './product-offer-matches';
import { Product } from './product.entity';
import type { ProductInput, UpdateProductInput } from './product.inputs';

/** After products' text or their business actors' regions changed: the words MySQL searches them by follow. */
export function refreshProductSearchTerms(manager: EntityManager, which: { supplierIds?: readonly string[]; offerIds?: readonly string[] }): Promise<void> {
  return refreshSearchTerms(manager, { table: 'umkm_products', textColumns: PRODUCT_OFFERS.index.columns, supplierTable: 'umkm_actors', supplierColumn: 'umkmActorId' }, which);
}

/** The row of a new product of a business actor, its terms checked, reported by the product's office or else the actor's. */
export function productRow(actor: Pick<UmkmActor, 'id' | 'regionCode' | 'provenance'>, input: ProductInput): Product {
  return {
    provenance: reportedNow(input.reportingOffice ?? actor.provenance.office),
    id: newId(),
    umkmActorId: actor.id,
    searchTerms: searchTermsOf(actor.regionCode, [input.name, input.description]),
    name: input.name,
    description: input.description ?? null,
    category: input.category ?? null,
    offer: offerTermsAfter(input.offer),
  };
}

/** Adds a product to a business actor of the caller's region. */
export async function registerProduct(db: DataSource, viewer: Viewer, umkmActorId: string, input: ProductInput): Promise<Product> {
  offerTermsAfter(input.offer);
  return writeTransaction(db, 'The business actor changed concurrently', async (manager) => {
    const actor = await manager.findOneBy(UmkmActor, { id: umkmActorId });
    if (!actor) throw notFound(`No business actor has the id "${umkmActorId}"`, { argument: 'umkmActorId' });
    assertCanWrite(viewer, actor.regionCode);
    const product = productRow(actor, input);
    await manager.insert(Product, product);
    return manager.findOneByOrFail(Product, { id: product.id });
  });
}

/** Changes a product of a business actor of the caller's region; its terms stay a valid range. */
export async function updateProduct(db: DataSource, viewer: Viewer, id: string, input: UpdateProductInput): Promise<Product> {
  return writeTransaction(db, 'The product changed concurrently', async (manager) => {
    const product = await manager.findOne(Product, { where: { id }, relations: { umkmActor: true } });
    if (!product) throw notFound(`No product has the id "${id}"`, { argument: 'id' });
    assertCanWrite(viewer, product.umkmActor!.regionCode);
    const { offer, reportingOffice, ...changes } = input;
    const provenance = reportedNow(reportingOffice ?? product.provenance.office);
    await manager.update(Product, { id }, { ...providedFields(changes), offer: offerTermsAfter(offer, product.offer), provenance });
    if (changes.name !== undefined || changes.description !== undefined) await refreshProductSearchTerms(manager, { offerIds: [id] });
    return manager.findOneByOrFail(Product, { id });
  });
}
