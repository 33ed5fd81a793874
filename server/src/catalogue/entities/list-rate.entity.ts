import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';

/** The public price of one extended-support norm-hour, used for anonymous estimates. */
@Entity({ tableName: 'list_rate' })
export class ListRateEntity {
  @PrimaryKey({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: DecimalType, precision: 18, scale: 2 })
  amount!: Decimal;

  @Property({ type: 'boolean' })
  sample!: boolean;
}
