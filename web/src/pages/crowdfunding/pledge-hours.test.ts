import { describe, expect, it } from 'vitest';

import { parsePledgeHours } from './pledge-hours';

describe('parsePledgeHours', () => {
  it('sends what was typed exactly, a comma as a dot', () => {
    expect(parsePledgeHours('1,5')).toEqual({ ok: true, hours: '1.5' });
    expect(parsePledgeHours(' 12.25 ')).toEqual({ ok: true, hours: '12.25' });
    expect(parsePledgeHours('0,10')).toEqual({ ok: true, hours: '0.1' });
    expect(parsePledgeHours('999999999999.99')).toEqual({ ok: true, hours: '999999999999.99' });
  });

  it('explains what cannot be pledged', () => {
    expect(parsePledgeHours('')).toEqual({ ok: false, problem: 'empty' });
    expect(parsePledgeHours('0')).toEqual({ ok: false, problem: 'zero' });
    expect(parsePledgeHours('0,00')).toEqual({ ok: false, problem: 'zero' });
    expect(parsePledgeHours('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parsePledgeHours('0.001')).toEqual({ ok: false, problem: 'tooPrecise' });
    expect(parsePledgeHours('1,5,0')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parsePledgeHours('1e3')).toEqual({ ok: false, problem: 'notNumber' });
  });
});
