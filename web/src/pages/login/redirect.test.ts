import { describe, expect, it } from 'vitest';

import { redirectTarget } from './redirect';

describe('redirectTarget', () => {
  it('keeps a path of the app with its query and hash', () => {
    expect(redirectTarget('/services/2.4?x=1#limits')).toBe('/services/2.4?x=1#limits');
  });

  it('sends anything that could leave the app to the catalogue', () => {
    for (const raw of ['https://evil.example', '//evil.example', '/\\evil.example', 'x', '']) {
      expect(redirectTarget(raw)).toBe('/');
    }
  });

  it('does not come back to the login page itself, nor take a non-string', () => {
    expect(redirectTarget('/login?redirect=/login')).toBe('/');
    expect(redirectTarget(['/estimate'])).toBe('/');
    expect(redirectTarget(undefined)).toBe('/');
  });
});
