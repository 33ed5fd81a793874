import { describe, expect, it } from 'vitest';

import { localeFrom } from './context.js';

describe('localeFrom', () => {
  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr, de', 'ru'],
    ['ru;q=0.3, en;q=0.7', 'en'],
  ])('reads %j as %s', (header, locale) => {
    expect(localeFrom(header)).toBe(locale);
  });
});
