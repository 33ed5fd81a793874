import { describe, expect, it } from 'vitest';

import { newIdempotencyKey, submissionKeys } from './submission-key';

describe('newIdempotencyKey', () => {
  it('writes a version-4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(newIdempotencyKey((bytes) => bytes.fill(0xff))).toBe(
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
  });

  it('never repeats itself', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(100);
  });
});

describe('submissionKeys', () => {
  let counter = 0;
  const keys = () => submissionKeys(() => `key-${++counter}`);

  it('gives a retry of the same content the same key', () => {
    const form = keys();
    const first = form.keyFor({ customerId: 'a', hours: '2.5' });
    expect(form.keyFor({ customerId: 'a', hours: '2.5' })).toBe(first);
  });

  it('gives changed content a new key, and going back does not revive the old one', () => {
    const form = keys();
    const first = form.keyFor({ hours: '2.5' });
    const second = form.keyFor({ hours: '3' });
    expect(second).not.toBe(first);
    expect(form.keyFor({ hours: '2.5' })).not.toBe(first);
  });

  it('starts over once the move is done', () => {
    const form = keys();
    const first = form.keyFor({ hours: '2.5' });
    form.settle();
    expect(form.keyFor({ hours: '2.5' })).not.toBe(first);
  });
});
