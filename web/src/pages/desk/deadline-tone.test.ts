import { describe, expect, it } from 'vitest';

import { deadlineTone } from './deadline-tone';

describe('deadlineTone', () => {
  it('tints an open request red once breached, amber at risk, not at all on time', () => {
    expect(deadlineTone({ status: 'NEW', sla: { state: 'BREACHED' } })).toBe('danger');
    expect(deadlineTone({ status: 'QUEUED', sla: { state: 'AT_RISK' } })).toBe('warning');
    expect(deadlineTone({ status: 'IN_PROGRESS', sla: { state: 'ON_TIME' } })).toBeNull();
  });

  it('leaves a closed request untinted, breached or not', () => {
    expect(deadlineTone({ status: 'COMPLETED', sla: { state: 'BREACHED' } })).toBeNull();
  });
});
