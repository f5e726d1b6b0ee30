import { refreshSearchTerms } from '@kumkm/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extra words of the full-text index (entity column `searchTerms`: the supplier's region, and the
 * first letters of each word within its province), filled from the rows and their suppliers, so
 * that a search or a type-ahead in a region reads only that region's matches.
 * Written as `npm run migration:generate` writes the index change, with the fill between.
 */
export class RegionSearch1796296000009 implements MigrationInterface {
  name = 'RegionSearch1796296000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `FT_business_lines_text` ON `business_lines`");
    await queryRunner.query("ALTER TABLE `business_lines` ADD `searchTerms` text NULL");
    await refreshSearchTerms(queryRunner.manager, { table: 'business_lines', textColumns: ['name', 'description'], supplierTable: 'cooperatives', supplierColumn: 'cooperativeId' });
    await queryRunner.query("CREATE FULLTEXT INDEX `FT_business_lines_text` ON `business_lines` (`name`, `description`, `searchTerms`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `FT_business_lines_text` ON `business_lines`");
    await queryRunner.query("ALTER TABLE `business_lines` DROP COLUMN `searchTerms`");
    await queryRunner.query("CREATE FULLTEXT INDEX `FT_business_lines_text` ON `business_lines` (`name`, `description`)");
  }
}
