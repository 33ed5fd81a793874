import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';

/** A customer organisation: a university, a company; its representatives log in as users. */
@Entity({ tableName: 'customer' })
export class CustomerEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The contract rate: roubles per extended-support norm-hour. */
  @Property({ type: DecimalType, precision: 18, scale: 2 })
  rate!: Decimal;

  /** Extended-support hours are held only beside a basic support subscription. */
  @Property({ type: 'boolean' })
  basicSupport!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  createdAt!: Date;
}
