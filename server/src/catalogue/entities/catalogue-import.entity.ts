import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A record of one import of the content files, so an unchanged catalogue is not re-written. */
@Entity({ tableName: 'catalogue_import' })
export class CatalogueImportEntity {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  importedAt!: Date;
}
