import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

import type { LocalizedText } from '../content/content.schema.js';

/** One situation of the table in 2.9.1: what basic and what extended support does about it. */
@Entity({ tableName: 'support_comparison_row' })
export class SupportComparisonRowEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  position!: number;

  @Property({ type: 'json' })
  situation!: LocalizedText;

  @Property({ type: 'json' })
  basic!: LocalizedText;

  @Property({ type: 'json' })
  extended!: LocalizedText;
}
