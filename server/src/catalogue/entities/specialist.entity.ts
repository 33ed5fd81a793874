import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

import type { LocalizedText } from '../content/content.schema.js';

/** A kind of specialist who does the work; K follows from it through the request category. */
@Entity({ tableName: 'specialist_kind' })
export class SpecialistEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  kind!: string;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'integer' })
  position!: number;
}
