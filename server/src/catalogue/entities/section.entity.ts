import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

import type { LocalizedText } from '../content/content.schema.js';

/** A section of the source document that the catalogue is grouped by ("2", "3.2", ...). */
@Entity({ tableName: 'catalogue_section' })
export class SectionEntity {
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Property({ type: 'string', length: 16, nullable: true })
  parent!: string | null;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json' })
  summary!: LocalizedText;

  @Property({ type: 'integer' })
  position!: number;
}
