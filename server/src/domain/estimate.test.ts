import { describe, expect, it } from 'vitest';

import { Decimal } from './decimal.js';
import { estimate, type EstimateRequest, type ServiceTerms } from './estimate.js';

const PROTOTYPE: ServiceTerms = {
  code: '2.4',
  title: '2.4 Prototype',
  labourMode: 'FIXED',
  fixedHours: new Decimal(10),
  coefficient: new Decimal(1),
  limits: [{ key: 'sections', min: null, max: 10 }],
};
const MATERIALS: ServiceTerms = {
  code: '2.1',
  title: '2.1 Materials',
  labourMode: 'ACTUAL_TIME',
  fixedHours: null,
  coefficient: new Decimal('0.6'),
  limits: [],
};
const BASE: EstimateRequest = {
  service: null,
  category: null,
  typicalWork: null,
  hours: null,
  plan: null,
  rate: new Decimal('2500'),
  packages: [{ code: '2.4', limits: PROTOTYPE.limits }],
};

const messageOf = (request: Partial<EstimateRequest>) => {
  try {
    estimate({ ...BASE, ...request });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('estimate', () => {
  it('charges the fixed hours of a FIXED service and refuses hours given for it', () => {
    const result = estimate({ ...BASE, service: PROTOTYPE });

    expect(result.hours.toFixed(2)).toBe('10.00');
    expect(result.total.toFixed(2)).toBe('25000.00');
    expect(messageOf({ service: PROTOTYPE, hours: new Decimal(3) })).toMatch(/fixed labour/);
  });

  it('needs hours for a service charged by the time spent', () => {
    expect(messageOf({ service: MATERIALS })).toMatch(/give the hours/);
    expect(
      estimate({ ...BASE, service: MATERIALS, hours: new Decimal('1.5') }).total.toFixed(2),
    ).toBe('2250.00');
  });

  it("lets the category's K win over the service's", () => {
    const category = { title: 'Developer', coefficient: new Decimal(1), paid: true };
    const result = estimate({ ...BASE, service: MATERIALS, category, hours: new Decimal(2) });

    expect(result.coefficient.toFixed()).toBe('1');
    expect(result.total.toFixed(2)).toBe('5000.00');
  });

  it('charges nothing in a free warranty category, and says so', () => {
    const category = { title: 'Warranty', coefficient: new Decimal(1), paid: false };
    const result = estimate({ ...BASE, category, hours: new Decimal(2) });

    expect(result.free).toBe(true);
    expect(result.hours.toFixed(2)).toBe('2.00');
    expect(result.chargedHours.isZero() && result.total.isZero()).toBe(true);
    expect(result.lines[0]!.amount.isZero()).toBe(true);
  });

  it('refuses a free warranty category for paid work, which it would make free', () => {
    const category = { title: 'Warranty', coefficient: new Decimal(1), paid: false };
    const typicalWork = { title: 'Files', hours: new Decimal(2), coefficient: new Decimal('0.6') };

    expect(messageOf({ service: PROTOTYPE, category })).toMatch(/free warranty support/);
    expect(messageOf({ typicalWork, category })).toMatch(/free warranty support/);
  });

  it('takes "-0" hours for zero, not for a negative number', () => {
    const result = estimate({ ...BASE, service: MATERIALS, hours: new Decimal('-0') });
    expect(result.total.isZero()).toBe(true);
  });

  it('asks for the expected hours of a service agreed by contract', () => {
    const contract: ServiceTerms = { ...MATERIALS, code: '2.8', labourMode: 'CONTRACT' };
    expect(messageOf({ service: contract })).toMatch(/separate contract/);
  });

  it("uses a typical work's own hours unless others are given", () => {
    const typicalWork = { title: 'Files', hours: new Decimal(2), coefficient: new Decimal('0.6') };

    expect(estimate({ ...BASE, typicalWork }).chargedHours.toFixed(2)).toBe('1.20');
    expect(estimate({ ...BASE, typicalWork, hours: new Decimal('0.1') }).total.toFixed(2)).toBe(
      '150.00',
    );
  });

  it('refuses negative hours, nothing to estimate, and a service with a typical work', () => {
    const typicalWork = { title: 'Files', hours: new Decimal(2), coefficient: new Decimal('0.6') };

    expect(messageOf({ service: MATERIALS, hours: new Decimal(-1) })).toMatch(/negative/);
    expect(messageOf({})).toMatch(/choose a service/);
    expect(messageOf({ service: MATERIALS, typicalWork, hours: new Decimal(1) })).toMatch(
      /not both/,
    );
  });

  it('prices a plan over the limits and lists its violations', () => {
    const result = estimate({ ...BASE, service: PROTOTYPE, plan: { sections: 12 } });

    expect(result.total.toFixed(2)).toBe('25000.00');
    expect(result.violations).toEqual([{ key: 'sections', limit: 10, requested: 12, excess: 2 }]);
  });

  it('refuses a planned course for a service without course limits', () => {
    expect(messageOf({ service: MATERIALS, hours: new Decimal(1), plan: { sections: 1 } })).toMatch(
      /course limits/,
    );
  });
});
