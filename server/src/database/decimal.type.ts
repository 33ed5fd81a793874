/**
 * Maps PostgreSQL `numeric` to decimal.js and back, so no amount ever becomes a float between
 * the database and the domain.
 */
import { type Platform, Type, type EntityProperty } from '@mikro-orm/core';
import { Decimal } from 'decimal.js';

export class DecimalType extends Type<Decimal | null, string | null> {
  override convertToDatabaseValue(value: Decimal | string | null): string | null {
    if (value === null || value === undefined) return null;
    return Decimal.isDecimal(value) ? value.toFixed() : new Decimal(value).toFixed();
  }

  override convertToJSValue(value: Decimal | string | null): Decimal | null {
    if (value === null || value === undefined) return null;
    return Decimal.isDecimal(value) ? value : new Decimal(value);
  }

  override compareAsType(): string {
    return 'string';
  }

  /** "100.40" and "100.4" are the same amount: no UPDATE for a change of scale alone. */
  override compareValues(a: string | null, b: string | null): boolean {
    if (a === null || b === null) return a === b;
    return new Decimal(a).equals(b);
  }

  override getColumnType(prop: EntityProperty, platform: Platform): string {
    return platform.getDecimalTypeDeclarationSQL({
      precision: prop.precision ?? 18,
      scale: prop.scale ?? 6,
    });
  }
}
