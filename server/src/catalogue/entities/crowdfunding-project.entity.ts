import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';
import type { LocalizedText } from '../content/content.schema.js';

export type CrowdfundingStatus = 'OPEN' | 'FUNDED' | 'IN_DEVELOPMENT' | 'RELEASED' | 'CLOSED';

/** A prepared improvement of 3KL waiting for customers to fund it in norm-hours (3.1). */
@Entity({ tableName: 'crowdfunding_project' })
export class CrowdfundingProjectEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json' })
  summary!: LocalizedText;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  goalHours!: Decimal;

  /** The content's sample figure; real pledges are added to it (crowdfunding_pledge). */
  @Property({ type: DecimalType, precision: 18, scale: 6 })
  samplePledgedHours!: Decimal;

  /** Set from the content when the project is new; live state after that, never re-imported. */
  @Property({ type: 'string', length: 16 })
  status!: CrowdfundingStatus;

  @Property({ type: 'boolean' })
  sample!: boolean;

  @Property({ type: 'integer' })
  position!: number;

  /** Set when the content dropped a row that something still references; null while offered. */
  @Property({ type: 'datetime', columnType: 'timestamptz(6)', nullable: true })
  retiredAt!: Date | null;
}
