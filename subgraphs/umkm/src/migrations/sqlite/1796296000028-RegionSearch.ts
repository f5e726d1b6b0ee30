import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The entity column `searchTerms` (used by MySQL/MariaDB's search only) and the index SQLite keeps
 * for the entity's FULLTEXT declaration. Written by hand as ADD COLUMN: the generator's table
 * rebuild would drop the FTS5 triggers of the OfferSearch migration.
 */
export class RegionSearch1796296000028 implements MigrationInterface {
  name = 'RegionSearch1796296000028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "FT_umkm_products_text"');
    await queryRunner.query('ALTER TABLE "umkm_products" ADD COLUMN "searchTerms" text');
    await queryRunner.query('CREATE INDEX "FT_umkm_products_text" ON "umkm_products" ("name", "description", "searchTerms") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "FT_umkm_products_text"');
    await queryRunner.query('ALTER TABLE "umkm_products" DROP COLUMN "searchTerms"');
    await queryRunner.query('CREATE INDEX "FT_umkm_products_text" ON "umkm_products" ("name", "description") ');
  }
}
