import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Decimal } from 'decimal.js';

import { DecimalType } from '../../database/decimal.type.js';
import type { LocalizedText } from '../content/content.schema.js';
import type { CourseLimit } from '../../domain/course-limits.js';
import type { LabourMode } from '../../domain/estimate.js';

export interface AttestationContent {
  checks: LocalizedText[];
  actions: LocalizedText[];
  transferNote: LocalizedText;
}

/** A regulated paid service of section 2 of the source document, such as 2.4 "prototype". */
@Entity({ tableName: 'service' })
export class ServiceEntity {
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Property({ type: 'string', length: 16 })
  section!: string;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'json' })
  summary!: LocalizedText;

  @Property({ type: 'json' })
  inputs!: LocalizedText;

  @Property({ type: 'json' })
  result!: LocalizedText;

  @Property({ type: 'json' })
  scope!: LocalizedText[];

  @Property({ type: 'string', length: 16 })
  labourMode!: LabourMode;

  @Property({ type: DecimalType, precision: 18, scale: 6, nullable: true })
  fixedHours!: Decimal | null;

  @Property({ type: DecimalType, precision: 18, scale: 6 })
  coefficient!: Decimal;

  @Property({ type: 'boolean' })
  coefficientByCategory!: boolean;

  @Property({ type: 'string', length: 32 })
  specialistKind!: string;

  @Property({ type: 'integer' })
  regulationClause!: number;

  @Property({ type: 'json' })
  options!: LocalizedText[];

  @Property({ type: 'json', nullable: true })
  attestation!: AttestationContent | null;

  @Property({ type: 'json' })
  limits!: CourseLimit[];

  @Property({ type: 'boolean' })
  sample!: boolean;

  @Property({ type: 'integer' })
  position!: number;

  /** Set when the content dropped a row that something still references; null while offered. */
  @Property({ type: 'datetime', columnType: 'timestamptz(6)', nullable: true })
  retiredAt!: Date | null;
}
