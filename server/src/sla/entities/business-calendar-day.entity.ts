import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

import type { DayKind } from '../../domain/business-calendar.js';

/** A date that departs from the Monday-Friday week: a holiday, a transfer, a shortened day. */
@Entity({ tableName: 'business_calendar_day' })
export class BusinessCalendarDayEntity {
  @PrimaryKey({ type: 'date' })
  date!: string;

  /** The calendar year it belongs to; the whole year is replaced at once. */
  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'string', length: 24 })
  kind!: DayKind;

  /** For a day off by transfer: the day off it replaces. */
  @Property({ type: 'date', nullable: true })
  movedFrom!: string | null;

  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
