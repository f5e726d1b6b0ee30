import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The provenance of products, as `npm run migration:generate` writes it, except that the required
 * columns are filled from each product's business actor before they become NOT NULL.
 */
export class ProductProvenance1796297861777 implements MigrationInterface {
  name = 'ProductProvenance1796297861777';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `umkm_products` ADD `provenanceOffice` varchar(160) NULL, ADD `provenanceReportedat` datetime NULL, ADD `provenanceSource` varchar(200) NULL, ADD `provenanceImportfilename` varchar(255) NULL, ADD `provenanceImportfilesha256` varchar(64) NULL, ADD `provenanceImportrow` int NULL, ADD `provenanceImportedby` varchar(120) NULL",
    );
    await queryRunner.query(
      'UPDATE `umkm_products` p JOIN `umkm_actors` a ON a.id = p.umkmActorId SET p.provenanceOffice = a.provenanceOffice, p.provenanceReportedat = a.provenanceReportedat, p.provenanceSource = a.provenanceSource',
    );
    await queryRunner.query(
      'ALTER TABLE `umkm_products` MODIFY `provenanceOffice` varchar(160) NOT NULL, MODIFY `provenanceReportedat` datetime NOT NULL, MODIFY `provenanceSource` varchar(200) NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceImportedby`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceImportrow`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceImportfilesha256`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceImportfilename`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceSource`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceReportedat`");
    await queryRunner.query("ALTER TABLE `umkm_products` DROP COLUMN `provenanceOffice`");
  }
}
