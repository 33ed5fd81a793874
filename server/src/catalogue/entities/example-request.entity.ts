import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';
import type { LocalizedText } from '../content/content.schema.js';

/** A request from the document's examples of completed content work, with its labour. */
@Entity({ tableName: 'example_request' })
export class ExampleRequestEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  section!: string;

  @Property({ type: 'json' })
  text!: LocalizedText;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  hours!: Decimal;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  coefficient!: Decimal;

  @Property({ type: 'boolean' })
  sample!: boolean;

  @Property({ type: 'integer' })
  position!: number;
}
