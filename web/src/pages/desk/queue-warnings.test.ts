import { describe, expect, it } from 'vitest';

import { queueWarning } from './queue-warnings';

describe('queueWarning', () => {
  it('counts the requests past their deadline and those near it', () => {
    expect(queueWarning(['BREACHED', 'ON_TIME', 'AT_RISK', 'BREACHED'])).toBe(
      'Сроки в очереди: 2 просрочены, 1 под угрозой.',
    );
    expect(queueWarning(['BREACHED'])).toBe('Сроки в очереди: 1 просрочена.');
    expect(queueWarning(Array(5).fill('AT_RISK'))).toBe('Сроки в очереди: 5 под угрозой.');
    expect(queueWarning(Array(5).fill('BREACHED'))).toBe('Сроки в очереди: 5 просрочено.');
  });

  it('says nothing while every deadline is safe', () => {
    expect(queueWarning(['ON_TIME', 'NONE'])).toBeNull();
    expect(queueWarning([])).toBeNull();
  });
});
