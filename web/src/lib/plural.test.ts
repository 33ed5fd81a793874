import { describe, expect, it } from 'vitest';

import { plural } from './plural';

describe('plural', () => {
  it.each([
    [1, 'этап'],
    [2, 'этапа'],
    [4, 'этапа'],
    [5, 'этапов'],
    [11, 'этапов'],
    [12, 'этапов'],
    [21, 'этап'],
    [22, 'этапа'],
    [111, 'этапов'],
    [0, 'этапов'],
  ])('%i: %s', (n, word) => {
    expect(plural(n, 'этап', 'этапа', 'этапов')).toBe(word);
  });
});
