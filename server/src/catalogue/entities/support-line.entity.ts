import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

import type { LocalizedText } from '../content/content.schema.js';

/** A line of technical support with its working hours and response time (figure 1.1). */
@Entity({ tableName: 'support_line' })
export class SupportLineEntity {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  level!: number;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json' })
  schedule!: LocalizedText;

  @Property({ type: 'json' })
  responseTime!: LocalizedText;

  @Property({ type: 'boolean' })
  weekdaysOnly!: boolean;

  @Property({ type: 'string', length: 5 })
  opensAt!: string;

  @Property({ type: 'string', length: 5 })
  closesAt!: string;
}
