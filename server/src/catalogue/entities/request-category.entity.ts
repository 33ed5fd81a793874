import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';
import type { LocalizedText } from '../content/content.schema.js';

/** A request category of the client portal (figure 1.2), with its K and support line. */
@Entity({ tableName: 'request_category' })
export class RequestCategoryEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'json' })
  path!: LocalizedText;

  @Property({ type: 'boolean' })
  paid!: boolean;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  coefficient!: Decimal;

  @Property({ type: 'smallint' })
  supportLine!: number;

  @Property({ type: 'integer' })
  position!: number;

  /** Set when the content dropped a row that something still references; null while offered. */
  @Property({ type: 'datetime', columnType: 'timestamptz(6)', nullable: true })
  retiredAt!: Date | null;
}
