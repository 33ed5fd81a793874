import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';
import type { LocalizedText } from '../content/content.schema.js';

export type PriceExampleKind = 'INTEGRATION' | 'MODIFICATION' | 'NEW_MODULE';

/** A priced example of development work from sections 3.2-3.4. */
@Entity({ tableName: 'price_example' })
export class PriceExampleEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  kind!: PriceExampleKind;

  @Property({ type: 'string', length: 16 })
  section!: string;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'boolean' })
  typical!: boolean;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  hours!: Decimal;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  coefficient!: Decimal;

  @Property({ type: 'boolean' })
  sample!: boolean;

  @Property({ type: 'integer' })
  position!: number;
}
