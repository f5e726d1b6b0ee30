import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The entity column `searchTerms` (used by MySQL/MariaDB's search only) and the index SQLite keeps
 * for the entity's FULLTEXT declaration. Written by hand as ADD COLUMN: the generator's table
 * rebuild would drop the FTS5 triggers of the OfferSearch migration.
 */
export class RegionSearch1796295999834 implements MigrationInterface {
  name = 'RegionSearch1796295999834';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "FT_business_lines_text"');
    await queryRunner.query('ALTER TABLE "business_lines" ADD COLUMN "searchTerms" text');
    await queryRunner.query('CREATE INDEX "FT_business_lines_text" ON "business_lines" ("name", "description", "searchTerms") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "FT_business_lines_text"');
    await queryRunner.query('ALTER TABLE "business_lines" DROP COLUMN "searchTerms"');
    await queryRunner.query('CREATE INDEX "FT_business_lines_text" ON "business_lines" ("name", "description") ');
  }
}
