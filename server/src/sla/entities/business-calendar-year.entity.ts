import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A year whose dated exceptions are loaded: the business calendar knows it. */
@Entity({ tableName: 'business_calendar_year' })
export class BusinessCalendarYearEntity {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  year!: number;

  /** The decree and articles the year's exceptions come from. */
  @Property({ type: 'text' })
  source!: string;

  /** The digest of the content file's year it was imported from; null when staff loaded it. */
  @Property({ type: 'string', length: 64, nullable: true })
  contentHash!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  loadedAt!: Date;
}
