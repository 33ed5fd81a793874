import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';
import type { LocalizedText } from '../content/content.schema.js';

/** A typical content (section 4) or configuration (section 5) work with its unit of scope. */
@Entity({ tableName: 'typical_work' })
export class TypicalWorkEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  section!: string;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json' })
  unit!: LocalizedText;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  hours!: Decimal;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  coefficient!: Decimal;

  @Property({ type: 'boolean' })
  sample!: boolean;

  @Property({ type: 'integer' })
  position!: number;

  /** Set when the content dropped a row that something still references; null while offered. */
  @Property({ type: 'datetime', columnType: 'timestamptz(6)', nullable: true })
  retiredAt!: Date | null;
}
