import { refreshRegionTerms } from '@kumkm/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplier's region as words of the full-text index (entity column `regionTerms`), filled
 * from the suppliers' regions, so that a search in a region reads only that region's matches.
 * Written as `npm run migration:generate` writes the index change, with the fill between.
 */
export class RegionSearch1796296000112 implements MigrationInterface {
  name = 'RegionSearch1796296000112';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `FT_umkm_products_text` ON `umkm_products`");
    await queryRunner.query("ALTER TABLE `umkm_products` ADD `regionTerms` varchar(80) NULL");
    await refreshRegionTerms(queryRunner.manager, { table: 'umkm_products', supplierTable: 'umkm_actors', supplierColumn: 'umkmActorId' });
    await queryRunner.query("CREATE FULLTEXT INDEX `FT_umkm_products_text` ON `umkm_products` (`name`, `description`, `regionTerms`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `FT_umkm_products_text` ON `umkm_products`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `regionTerms`");
    await queryRunner.query("CREATE FULLTEXT INDEX `FT_umkm_products_text` ON `umkm_products` (`name`, `description`)");
  }
}
