import { describe, expect, it } from 'vitest';

import { errorText, sortPayloadErrors } from './payload-errors';

describe('sortPayloadErrors', () => {
  it('puts an error about a field of the form beside that field', () => {
    const sorted = sortPayloadErrors(
      [{ field: 'hours', code: 'INSUFFICIENT_BALANCE', message: 'Available 1.00 ...' }],
      ['hours', 'reason'],
    );
    expect(sorted).toEqual({
      byField: { hours: 'Доступных нормо-часов клиента на это не хватает.' },
      general: [],
    });
  });

  it('keeps errors about no field, or a field the form lacks, for above the button', () => {
    const sorted = sortPayloadErrors(
      [
        { field: null, code: 'FORBIDDEN', message: 'Only a manager moves hours.' },
        { field: 'idempotencyKey', code: 'BAD_USER_INPUT', message: 'A key is needed.' },
      ],
      ['hours'],
    );
    expect(sorted.byField).toEqual({});
    expect(sorted.general).toEqual(['У вас нет на это прав.', 'A key is needed.']);
  });

  it('shows the first error of a field beside it and the next ones above the button', () => {
    const sorted = sortPayloadErrors(
      [
        { field: 'reason', code: 'BAD_USER_INPUT', message: 'first' },
        { field: 'reason', code: 'BAD_USER_INPUT', message: 'second' },
      ],
      ['reason'],
    );
    expect(sorted).toEqual({ byField: { reason: 'first' }, general: ['second'] });
  });
});

describe('errorText', () => {
  it('reads a code it does not know by the server message', () => {
    expect(errorText({ code: 'SOMETHING_NEW', message: 'As the server said.' })).toBe(
      'As the server said.',
    );
  });
});
