import { refreshRegionTerms } from '@kumkm/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplier's region as words of the full-text index (entity column `regionTerms`), filled
 * from the suppliers' regions, so that a search in a region reads only that region's matches.
 * Written as `npm run migration:generate` writes the index change, with the fill between.
 */
export class RegionSearch1796296000009 implements MigrationInterface {
  name = 'RegionSearch1796296000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `FT_business_lines_text` ON `business_lines`");
    await queryRunner.query("ALTER TABLE `business_lines` ADD `regionTerms` varchar(80) NULL");
    await refreshRegionTerms(queryRunner.manager, { table: 'business_lines', supplierTable: 'cooperatives', supplierColumn: 'cooperativeId' });
    await queryRunner.query("CREATE FULLTEXT INDEX `FT_business_lines_text` ON `business_lines` (`name`, `description`, `regionTerms`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `FT_business_lines_text` ON `business_lines`");
    await queryRunner.query("ALTER TABLE `business_lines` DROP COLUMN `regionTerms`");
    await queryRunner.query("CREATE FULLTEXT INDEX `FT_business_lines_text` ON `business_lines` (`name`, `description`)");
  }
}
