import {
  canWrite,
  CellError,
  closedListCell,
  type ImportKind,
  type ImportScope,
  isWithinRegion,
  NIB,
  offerTermsAfter,
  type OfferTermsInput,
  parseCountCell,
  type ParsedRow,
  parseRupiahCell,
  parseYesNoCell,
  ProductCategory,
  type Provenance,
  providedFields,
  registryNumberMessage,
  type RowContext,
  RowIssueCode,
  rupiahToSen,
  type SheetRow,
  type WriteCounts,
  writeUpserts,
} from '@kumkm/subgraph-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { refreshProductSearchTerms } from '../product/product-catalogue';
import { Product } from '../product/product.entity';
import { UmkmActor } from '../umkm-actor/umkm-actor.entity';
import { PRODUCT_COLUMNS, PRODUCT_EXAMPLE, type ProductColumn } from './product-import-columns';

/** A product as one row of a catalogue sheet describes it; terms left out keep their value on update. */
export interface ProductImportRecord {
  nib: string;
  name: string;
  category?: ProductCategory;
  description?: string;
  offer: OfferTermsInput;
  /** The importing office's region: the row claims to lie in it until its business actor is found. */
  officeRegion: string;
  /** Found by NIB before the commit. */
  umkmActorId?: string;
}

/** A product is known by its business actor and its name, without case or repeated spaces. */
const nameKeyOf = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
const keyOf = (umkmActorId: string, name: string) => `${umkmActorId}|${nameKeyOf(name)}`;

/** The categories as catalogues write them: the enum, or the common Indonesian words. */
const CATEGORY_WORDS: Record<string, ProductCategory> = {
  ...Object.fromEntries(Object.values(ProductCategory).map((category) => [category.toLowerCase().replace(/[^a-z]/g, ''), category])),
  makanan: ProductCategory.PROCESSED_FOOD, makananolahan: ProductCategory.PROCESSED_FOOD, minuman: ProductCategory.PROCESSED_FOOD,
  makanandanminuman: ProductCategory.PROCESSED_FOOD, makananminuman: ProductCategory.PROCESSED_FOOD, makanandanminumanolahan: ProductCategory.PROCESSED_FOOD,
  makananminumanolahan: ProductCategory.PROCESSED_FOOD, kuliner: ProductCategory.PROCESSED_FOOD,
  pertanian: ProductCategory.AGRICULTURE_FISHERIES, perikanan: ProductCategory.AGRICULTURE_FISHERIES, perkebunan: ProductCategory.AGRICULTURE_FISHERIES,
  peternakan: ProductCategory.AGRICULTURE_FISHERIES, hasilpertanian: ProductCategory.AGRICULTURE_FISHERIES, hasilperikanan: ProductCategory.AGRICULTURE_FISHERIES,
  hasilpertaniandanperikanan: ProductCategory.AGRICULTURE_FISHERIES,
  kerajinan: ProductCategory.CRAFTS, kerajinantangan: ProductCategory.CRAFTS, kriya: ProductCategory.CRAFTS, suvenir: ProductCategory.CRAFTS,
  fesyen: ProductCategory.FASHION_TEXTILES, fashion: ProductCategory.FASHION_TEXTILES, tekstil: ProductCategory.FASHION_TEXTILES, fesyendantekstil: ProductCategory.FASHION_TEXTILES,
  batik: ProductCategory.FASHION_TEXTILES, tenun: ProductCategory.FASHION_TEXTILES, pakaian: ProductCategory.FASHION_TEXTILES,
  atk: ProductCategory.OFFICE_SUPPLIES, alattulis: ProductCategory.OFFICE_SUPPLIES, alattuliskantor: ProductCategory.OFFICE_SUPPLIES,
  percetakan: ProductCategory.PRINTING, sablon: ProductCategory.PRINTING, cetak: ProductCategory.PRINTING,
  katering: ProductCategory.CATERING, catering: ProductCategory.CATERING, jasaboga: ProductCategory.CATERING,
  lainnya: ProductCategory.OTHER, lainlain: ProductCategory.OTHER,
};
const parseCategory = closedListCell(CATEGORY_WORDS, 'product category', 'Makanan olahan, Hasil pertanian, Kerajinan, Fesyen, ATK, Percetakan, Katering or Lainnya');

/** Lengths of `ProductInput` and `OfferTermsInput`, for a row. */
const productRowSchema = z.looseObject({
  nib: z.string().regex(NIB.pattern, registryNumberMessage(NIB, 'NIB')),
  name: z.string().min(2, 'A product name needs at least 2 characters').max(160, 'A product name has at most 160 characters'),
  description: z.string().max(500, 'A description has at most 500 characters').optional(),
  unit: z.string().max(40, 'A unit has at most 40 characters').optional(),
});

function readProductRow(row: SheetRow<ProductColumn>, { scope }: RowContext): ProductImportRecord | undefined {
  const offer = providedFields({
    priceMin: row.optional('priceMin', parseRupiahCell),
    priceMax: row.optional('priceMax', parseRupiahCell),
    unit: row.text('unit') || undefined,
    monthlyCapacity: row.optional('monthlyCapacity', (text) => parseCountCell(text)),
    offeredForProcurement: row.optional('offeredForProcurement', parseYesNoCell),
  }) as OfferTermsInput;
  if (offer.priceMin && offer.priceMax && rupiahToSen(offer.priceMin) > rupiahToSen(offer.priceMax)) {
    row.fail('priceMax', row.text('priceMax'), new CellError(RowIssueCode.OUT_OF_RANGE, `The highest price is below the lowest (Rp${offer.priceMin})`));
  }
  const candidate = {
    nib: row.required('nib', 'NIB', (text) => text.replace(/\s/g, '')),
    name: row.required('name', 'Product name', String),
    category: row.optional('category', parseCategory),
    description: row.text('description') || undefined,
    unit: offer.unit,
  };
  const valid = row.validate(productRowSchema, candidate);
  if (!valid) return undefined;
  const { unit, ...product } = valid as typeof candidate;
  return { ...product, offer, officeRegion: scope.regionCode } as ProductImportRecord;
}

/** The products already recorded for the rows' business actors, by actor and name. */
async function recordedProducts(manager: EntityManager, umkmActorIds: string[]): Promise<Map<string, Product>> {
  const products = umkmActorIds.length ? await manager.find(Product, { where: { umkmActorId: In(umkmActorIds) } }) : [];
  return new Map(products.map((product) => [keyOf(product.umkmActorId, product.name), product]));
}

/**
 * Each row's business actor by NIB, in this subgraph's own database: it must exist and lie where
 * the office and the user may write. The terms a row gives must still make a valid range with
 * those it leaves to the recorded product.
 */
async function resolveProductRows(db: DataSource, rows: ReadonlyArray<ParsedRow<ProductColumn, ProductImportRecord>>, scope: ImportScope): Promise<void> {
  if (rows.length === 0) return;
  const actors = await db.getRepository(UmkmActor).find({ select: { id: true, nib: true, regionCode: true }, where: { nib: In(rows.map(({ record }) => record.nib)) } });
  const byNib = new Map(actors.map((actor) => [actor.nib, actor]));
  for (const { row, record } of rows) {
    const actor = byNib.get(record.nib);
    if (!actor) {
      row.fail('nib', record.nib, new CellError(RowIssueCode.UNKNOWN_REFERENCE, `No business actor has NIB ${record.nib}: import it (kind umkm) or register it first`));
    } else if (!isWithinRegion(actor.regionCode, scope.regionCode) || !canWrite(scope.viewer, actor.regionCode)) {
      row.fail('nib', record.nib, new CellError(RowIssueCode.FORBIDDEN_REGION, `NIB ${record.nib} is registered in region ${actor.regionCode}, outside what this office and user may change`));
    } else {
      record.umkmActorId = actor.id;
    }
  }
  const recorded = await recordedProducts(db.manager, actors.map((actor) => actor.id));
  for (const { row, record } of rows) {
    if (!record.umkmActorId) continue;
    try {
      offerTermsAfter(record.offer, recorded.get(keyOf(record.umkmActorId, record.name))?.offer);
    } catch (error) {
      row.fail('priceMin', row.text('priceMin'), new CellError(RowIssueCode.OUT_OF_RANGE, error instanceof Error ? error.message : String(error)));
    }
  }
}

async function commitProductRows(manager: EntityManager, rows: ReadonlyArray<ParsedRow<ProductColumn, ProductImportRecord>>, provenanceOf: (line: number) => Provenance): Promise<WriteCounts> {
  const recorded = await recordedProducts(manager, rows.map(({ record }) => record.umkmActorId!));
  const upserts = rows.map(({ row, record }) => {
    const current = recorded.get(keyOf(record.umkmActorId!, record.name));
    const fields = providedFields({ umkmActorId: record.umkmActorId!, name: record.name, category: record.category, description: record.description });
    return { line: row.line, current, fields: { ...fields, offer: offerTermsAfter(record.offer, current?.offer) }, defaults: { description: null, category: null } };
  });
  const written = await writeUpserts(manager, Product, upserts, provenanceOf);
  await refreshProductSearchTerms(manager, { offerIds: [...written.records.values()].filter((record) => record.change !== 'unchanged').map((record) => record.id) });
  return written;
}

/**
 * A product catalogue (katalog produk for Bela Pengadaan) as a kind of import: each row a product
 * of a registered business actor, known by its NIB, with its terms for government buyers. Rows are
 * keyed by NIB and product name, so importing the same sheet again changes nothing.
 */
export const productImport = { columns: PRODUCT_COLUMNS, example: PRODUCT_EXAMPLE, open: openProductImport };

function openProductImport(db: DataSource): ImportKind<ProductColumn, ProductImportRecord> {
  return {
    columns: PRODUCT_COLUMNS,
    readRow: readProductRow,
    naturalKeys: (record) => [{ column: 'name', value: `${record.nib}|${nameKeyOf(record.name)}`, shown: record.name }],
    regionOf: (record) => record.officeRegion,
    resolveReferences: (rows, scope) => resolveProductRows(db, rows, scope),
    commit: commitProductRows,
  };
}
