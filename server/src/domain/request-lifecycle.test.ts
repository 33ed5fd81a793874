import { describe, expect, it } from 'vitest';

import { Decimal } from './decimal.js';
import {
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  allowedFrom,
  checkEstimateStages,
  checkMinutes,
  formatMinutes,
  overrunMinutes,
  pausesOf,
  requireOverrunApproved,
  requireStatus,
  stageCharge,
  stageHold,
  type PlannedStage,
  type RequestAction,
  type RequestStatus,
  type StageTerms,
} from './request-lifecycle.js';
import { RuleViolation } from './rule-violation.js';

const d = (text: string) => new Decimal(text);

/** DESIGN.md, "A request's life", written out again so the table in the code is checked. */
const EXPECTED_FROM: Record<RequestAction, RequestStatus[]> = {
  updateRequest: ['NEW', 'ESTIMATING'],
  logStudyTime: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
  sendEstimate: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
  approveEstimate: ['AWAITING_APPROVAL'],
  declineEstimate: ['AWAITING_APPROVAL'],
  startStage: ['QUEUED', 'SUSPENDED'],
  logStageTime: ['IN_PROGRESS'],
  deliverStage: ['IN_PROGRESS'],
  acceptStage: ['AWAITING_ACCEPTANCE'],
  returnStage: ['AWAITING_ACCEPTANCE'],
  approveOverrun: ['AWAITING_ACCEPTANCE'],
  withdrawRequest: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL', 'QUEUED', 'SUSPENDED', 'IN_PROGRESS'],
  rejectRequest: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
};

function violationOf(action: () => unknown): RuleViolation | null {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  return null;
}

const terms = (estimateHours: string, coefficient: string, fixedLabour = false): StageTerms => ({
  estimateHours: d(estimateHours),
  coefficient: d(coefficient),
  fixedLabour,
});

describe('requireStatus', () => {
  const pairs = REQUEST_ACTIONS.flatMap((action) =>
    REQUEST_STATUSES.map((status) => [action, status] as const),
  );

  it('knows every action and status', () => {
    expect([...REQUEST_ACTIONS].sort()).toEqual(Object.keys(EXPECTED_FROM).sort());
    expect(REQUEST_STATUSES).toHaveLength(11);
    for (const action of REQUEST_ACTIONS)
      expect(allowedFrom(action)).toEqual(EXPECTED_FROM[action]);
  });

  it.each(pairs)('%s from %s follows the table', (action, status) => {
    const refused = violationOf(() => requireStatus(action, status));
    if (EXPECTED_FROM[action].includes(status)) {
      expect(refused).toBeNull();
      return;
    }
    expect(refused?.code).toBe('INVALID_STATE');
    expect(refused?.field).toBeNull();
    expect(refused?.message).toContain(action);
    expect(refused?.message).toContain(status);
    expect(refused?.message).toContain(EXPECTED_FROM[action].join(', '));
  });

  it('lets nothing leave a final status', () => {
    for (const status of ['COMPLETED', 'DECLINED', 'WITHDRAWN', 'REJECTED'] as const) {
      for (const action of REQUEST_ACTIONS) {
        expect(violationOf(() => requireStatus(action, status))?.code).toBe('INVALID_STATE');
      }
    }
  });
});

describe('stageHold and stageCharge', () => {
  it('holds the estimate x K, rounded once', () => {
    expect(stageHold(terms('1.25', '0.6')).toFixed()).toBe('0.75');
    expect(stageHold(terms('0.01', '0.6')).toFixed()).toBe('0.01');
    expect(stageHold(terms('10000', '1')).toFixed()).toBe('10000');
  });

  it('C3: 50 minutes at K 0.6 charge 0.50, not 0.83 x 0.6 = 0.498', () => {
    expect(stageCharge(terms('1', '0.6'), 50).toFixed(2)).toBe('0.50');
    expect(stageCharge(terms('1', '1'), 50).toFixed(2)).toBe('0.83');
  });

  it('rounds half up at the hundredth, once over the minutes', () => {
    // 1 minute at K 0.3 is exactly 0.005; at K 0.9, 0.015.
    expect(stageCharge(terms('1', '0.3'), 1).toFixed(2)).toBe('0.01');
    expect(stageCharge(terms('1', '0.9'), 1).toFixed(2)).toBe('0.02');
    expect(stageCharge(terms('1', '1'), 2).toFixed(2)).toBe('0.03');
    expect(stageCharge(terms('1', '1'), 0).toFixed(2)).toBe('0.00');
  });

  it('charges fixed labour its estimate x K whatever the minutes', () => {
    for (const minutes of [0, 1, 240, 100_000]) {
      expect(stageCharge(terms('4', '0.6', true), minutes).toFixed(2)).toBe('2.40');
    }
  });
});

describe('overrunMinutes and requireOverrunApproved', () => {
  it('counts whole minutes beyond the estimate, rounding a part of a minute up', () => {
    expect(overrunMinutes(terms('1', '1'), 0)).toBe(0);
    expect(overrunMinutes(terms('1', '1'), 60)).toBe(0);
    expect(overrunMinutes(terms('1', '1'), 61)).toBe(1);
    expect(overrunMinutes(terms('1.5', '0.6'), 135)).toBe(45);
    // 0.01 h is 0.6 min: one minute logged is 0.4 over, shown as a whole minute.
    expect(overrunMinutes(terms('0.01', '1'), 1)).toBe(1);
  });

  it('is zero for fixed labour', () => {
    expect(overrunMinutes(terms('1', '1', true), 10_000)).toBe(0);
  });

  it('asks approval for the minutes logged now, not those approved before', () => {
    const stage = terms('1', '1');
    expect(violationOf(() => requireOverrunApproved(stage, 60, null))).toBeNull();
    const refused = violationOf(() => requireOverrunApproved(stage, 70, null));
    expect([refused?.code, refused?.field]).toEqual(['OVERRUN_NOT_APPROVED', 'stageIndex']);
    expect(refused?.message).toContain('1:10');
    expect(refused?.message).toContain('1:00');
    expect(violationOf(() => requireOverrunApproved(stage, 70, 70))).toBeNull();
    expect(violationOf(() => requireOverrunApproved(stage, 75, 70))?.code).toBe(
      'OVERRUN_NOT_APPROVED',
    );
  });
});

describe('pausesOf', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 7, minute));
  const change = (minute: number, to: RequestStatus) => ({ at: at(minute), to });

  it('has no pause before the customer is waited on', () => {
    expect(pausesOf([])).toEqual([]);
    expect(pausesOf([change(0, 'NEW'), change(1, 'ESTIMATING')])).toEqual([]);
  });

  it('opens a pause at each wait on the customer and closes it at the next step', () => {
    const pauses = pausesOf([
      change(0, 'NEW'),
      change(1, 'AWAITING_APPROVAL'),
      change(2, 'AWAITING_APPROVAL'),
      change(3, 'QUEUED'),
      change(4, 'IN_PROGRESS'),
      change(5, 'AWAITING_ACCEPTANCE'),
      change(6, 'SUSPENDED'),
      change(8, 'IN_PROGRESS'),
      change(9, 'AWAITING_ACCEPTANCE'),
    ]);
    expect(pauses).toEqual([
      { start: at(1), end: at(3) },
      { start: at(5), end: at(8) },
      { start: at(9), end: null },
    ]);
  });

  it('closes a pause at a final status', () => {
    const pauses = pausesOf([
      change(0, 'NEW'),
      change(1, 'AWAITING_APPROVAL'),
      change(4, 'DECLINED'),
    ]);
    expect(pauses).toEqual([{ start: at(1), end: at(4) }]);
  });
});

describe('checkEstimateStages', () => {
  const stage = (hours: string, title = 'Этап'): PlannedStage => ({ title, hours: d(hours) });
  const problem = (stages: PlannedStage[], fixed: string | null = null) => {
    const refused = violationOf(() =>
      checkEstimateStages(stages, fixed === null ? null : d(fixed)),
    );
    return refused && `${refused.code}:${refused.field}`;
  };

  it('takes 1 to 20 titled stages of 0.01 to 10000 hours', () => {
    expect(problem([stage('0.01')])).toBeNull();
    expect(problem(Array.from({ length: 20 }, () => stage('10000')))).toBeNull();
    expect(problem([stage('1', 'я'.repeat(200))])).toBeNull();
  });

  it.each([
    ['no stage', [], 'BAD_USER_INPUT:stages'],
    ['21 stages', Array.from({ length: 21 }, () => stage('1')), 'BAD_USER_INPUT:stages'],
    ['an empty title', [stage('1', '')], 'BAD_USER_INPUT:stages[0].title'],
    ['a blank title', [stage('1'), stage('1', '  ')], 'BAD_USER_INPUT:stages[1].title'],
    ['a title of 201', [stage('1', 'я'.repeat(201))], 'BAD_USER_INPUT:stages[0].title'],
    ['zero hours', [stage('0')], 'BAD_USER_INPUT:stages[0].hours'],
    ['minus zero hours', [stage('-0')], 'BAD_USER_INPUT:stages[0].hours'],
    ['negative hours', [stage('-1')], 'BAD_USER_INPUT:stages[0].hours'],
    ['a thousandth', [stage('0.001')], 'BAD_USER_INPUT:stages[0].hours'],
    ['over 10000', [stage('10000.01')], 'BAD_USER_INPUT:stages[0].hours'],
  ])('refuses %s', (_name, stages, expected) => {
    expect(problem(stages as PlannedStage[])).toBe(expected);
  });

  it('holds fixed labour to its hours, split as staff like', () => {
    expect(problem([stage('4'), stage('6')], '10')).toBeNull();
    expect(problem([stage('10.00')], '10')).toBeNull();
    expect(problem([stage('4'), stage('5')], '10')).toBe('FIXED_HOURS_MISMATCH:stages');
    expect(problem([stage('4'), stage('6.01')], '10')).toBe('FIXED_HOURS_MISMATCH:stages');
    const message = violationOf(() => checkEstimateStages([stage('9')], d('10')))?.message;
    expect(message).toContain('10.00');
    expect(message).toContain('9.00');
  });
});

describe('checkMinutes and formatMinutes', () => {
  it('takes whole minutes, 1 to 1440 per entry', () => {
    for (const minutes of [1, 1440]) expect(violationOf(() => checkMinutes(minutes))).toBeNull();
    for (const minutes of [0, -5, 1.5, 1441, 100_000, Number.NaN, Number.POSITIVE_INFINITY]) {
      const refused = violationOf(() => checkMinutes(minutes));
      expect([refused?.code, refused?.field], String(minutes)).toEqual([
        'BAD_USER_INPUT',
        'minutes',
      ]);
    }
  });

  it('shows minutes as h:mm', () => {
    expect([0, 5, 50, 61, 600, 1440].map(formatMinutes)).toEqual([
      '0:00',
      '0:05',
      '0:50',
      '1:01',
      '10:00',
      '24:00',
    ]);
  });
});
