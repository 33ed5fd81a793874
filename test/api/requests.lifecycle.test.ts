/**
 * The state machine of a request over HTTP: every step from every status it is allowed from, with
 * the history line that says who, when and why; and every step from every status it is not
 * allowed from, refused with INVALID_STATE and changing nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectLedgerExact, snapshot } from '../support/request-records.js';
import {
  CUSTOMER_MUTATIONS,
  STATUSES,
  codes,
  defaultPlan,
  driveTo,
  newCustomer,
  ok,
  readRequest,
  startWorld,
  step,
  type HistoryLine,
  type Mutation,
  type Party,
  type Plan,
  type RequestView,
  type Status,
  type World,
} from '../support/requests.js';

/** DESIGN.md, "A request's life": the statuses each step may start from. */
const ALLOWED_FROM: Record<Exclude<Mutation, 'createRequest'>, readonly Status[]> = {
  updateRequest: ['NEW', 'ESTIMATING'],
  logTime: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL', 'IN_PROGRESS'],
  sendEstimate: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
  approveEstimate: ['AWAITING_APPROVAL'],
  declineEstimate: ['AWAITING_APPROVAL'],
  startStage: ['QUEUED', 'SUSPENDED'],
  deliverStage: ['IN_PROGRESS'],
  acceptStage: ['AWAITING_ACCEPTANCE'],
  returnStage: ['AWAITING_ACCEPTANCE'],
  approveOverrun: ['AWAITING_ACCEPTANCE'],
  withdrawRequest: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL', 'QUEUED', 'SUSPENDED', 'IN_PROGRESS'],
  rejectRequest: ['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'],
};

/** Arguments each step would accept from a status it is allowed from. */
const VALID_INPUT: Record<keyof typeof ALLOWED_FROM, Record<string, unknown>> = {
  updateRequest: { title: 'Новое название' },
  logTime: { minutes: 10, note: 'заметка' },
  sendEstimate: { stages: [{ title: 'Работа', hours: '1.00' }], comment: 'оценка' },
  approveEstimate: {},
  declineEstimate: { comment: 'дорого' },
  startStage: {},
  deliverStage: { comment: 'готово' },
  acceptStage: { stageIndex: 1 },
  returnStage: { stageIndex: 1, comment: 'переделать' },
  approveOverrun: { stageIndex: 1 },
  withdrawRequest: { comment: 'не нужно' },
  rejectRequest: { comment: 'не наша компетенция' },
};

const STEPS = Object.keys(ALLOWED_FROM) as (keyof typeof ALLOWED_FROM)[];

let world: World;
let customer: Party;

beforeAll(async () => {
  world = await startWorld();
  customer = await newCustomer(world, 'Жизненный цикл', '1000.00');
});

afterAll(async () => {
  await world?.api.stop();
});

function callerOf(mutation: Mutation, party: Party) {
  return CUSTOMER_MUTATIONS.includes(mutation)
    ? { headers: party.headers, email: party.email, role: 'CUSTOMER' }
    : { headers: world.specialist, email: 'specialist@example.com', role: 'SPECIALIST' };
}

/** A plan whose first stage no balance here covers: its start suspends the request. */
function unaffordable(): Plan {
  return { ...defaultPlan(world), stages: [{ title: 'Огромный этап', hours: '5000.00' }] };
}

interface Transition {
  mutation: keyof typeof ALLOWED_FROM;
  from: Status;
  to: Status;
  /** The history lines the step writes: kind, from, to, stage. */
  lines: [string, Status, Status, number | null][];
  /** A fresh request at `from`, when driving it there takes more than the usual steps. */
  prepare?: () => Promise<{ request: RequestView; party: Party }>;
}

const at =
  (from: Status, party = () => customer, plan?: () => Plan) =>
  async () => {
    const owner = party();
    return { request: await driveTo(world, owner, from, plan?.()), party: owner };
  };

const TRANSITIONS: Transition[] = [
  { mutation: 'updateRequest', from: 'NEW', to: 'NEW', lines: [['EDITED', 'NEW', 'NEW', null]] },
  {
    mutation: 'updateRequest',
    from: 'ESTIMATING',
    to: 'ESTIMATING',
    lines: [['EDITED', 'ESTIMATING', 'ESTIMATING', null]],
  },
  ...(['NEW', 'ESTIMATING'] as const).map((from) => ({
    mutation: 'logTime' as const,
    from,
    to: 'ESTIMATING' as const,
    lines: [['TIME_LOGGED', from, 'ESTIMATING', null]] as Transition['lines'],
  })),
  {
    mutation: 'logTime',
    from: 'AWAITING_APPROVAL',
    to: 'AWAITING_APPROVAL',
    lines: [['TIME_LOGGED', 'AWAITING_APPROVAL', 'AWAITING_APPROVAL', null]],
  },
  {
    mutation: 'logTime',
    from: 'IN_PROGRESS',
    to: 'IN_PROGRESS',
    lines: [['TIME_LOGGED', 'IN_PROGRESS', 'IN_PROGRESS', 1]],
  },
  ...(['NEW', 'ESTIMATING', 'AWAITING_APPROVAL'] as const).map((from) => ({
    mutation: 'sendEstimate' as const,
    from,
    to: 'AWAITING_APPROVAL' as const,
    lines: [['ESTIMATE_SENT', from, 'AWAITING_APPROVAL', null]] as Transition['lines'],
  })),
  {
    mutation: 'approveEstimate',
    from: 'AWAITING_APPROVAL',
    to: 'QUEUED',
    lines: [['APPROVED', 'AWAITING_APPROVAL', 'QUEUED', null]],
  },
  {
    mutation: 'declineEstimate',
    from: 'AWAITING_APPROVAL',
    to: 'DECLINED',
    lines: [['DECLINED', 'AWAITING_APPROVAL', 'DECLINED', null]],
  },
  {
    mutation: 'startStage',
    from: 'QUEUED',
    to: 'IN_PROGRESS',
    lines: [['STAGE_STARTED', 'QUEUED', 'IN_PROGRESS', 1]],
  },
  {
    mutation: 'startStage',
    from: 'SUSPENDED',
    to: 'IN_PROGRESS',
    lines: [['RESUMED', 'SUSPENDED', 'IN_PROGRESS', 1]],
    prepare: suspendedThenCovered,
  },
  {
    mutation: 'deliverStage',
    from: 'IN_PROGRESS',
    to: 'AWAITING_ACCEPTANCE',
    lines: [['STAGE_DELIVERED', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE', 1]],
    prepare: async () => {
      const started = await driveTo(world, customer, 'IN_PROGRESS');
      const request = await ok(world, world.specialist, 'logTime', {
        requestId: started.id,
        minutes: 20,
      });
      return { request, party: customer };
    },
  },
  {
    mutation: 'acceptStage',
    from: 'AWAITING_ACCEPTANCE',
    to: 'IN_PROGRESS',
    lines: [
      ['STAGE_ACCEPTED', 'AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 1],
      ['STAGE_STARTED', 'AWAITING_ACCEPTANCE', 'IN_PROGRESS', 2],
    ],
  },
  {
    mutation: 'acceptStage',
    from: 'AWAITING_ACCEPTANCE',
    to: 'SUSPENDED',
    lines: [
      ['STAGE_ACCEPTED', 'AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 1],
      ['SUSPENDED', 'AWAITING_ACCEPTANCE', 'SUSPENDED', 2],
    ],
    prepare: async () => {
      // 1.50 covers stage 1 (1.00 held, 0.50 charged) but not stage 2's 2.00 after it.
      const party = await newCustomer(world, 'Не хватит на второй этап', '1.50');
      return { request: await driveTo(world, party, 'AWAITING_ACCEPTANCE'), party };
    },
  },
  {
    mutation: 'acceptStage',
    from: 'AWAITING_ACCEPTANCE',
    to: 'COMPLETED',
    lines: [
      ['STAGE_ACCEPTED', 'AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 1],
      ['COMPLETED', 'AWAITING_ACCEPTANCE', 'COMPLETED', null],
    ],
    prepare: at('AWAITING_ACCEPTANCE', undefined, () => ({
      ...defaultPlan(world),
      stages: [{ title: 'Единственный этап', hours: '1.00' }],
    })),
  },
  {
    mutation: 'returnStage',
    from: 'AWAITING_ACCEPTANCE',
    to: 'IN_PROGRESS',
    lines: [['STAGE_RETURNED', 'AWAITING_ACCEPTANCE', 'IN_PROGRESS', 1]],
  },
  {
    mutation: 'approveOverrun',
    from: 'AWAITING_ACCEPTANCE',
    to: 'AWAITING_ACCEPTANCE',
    lines: [['OVERRUN_APPROVED', 'AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 1]],
    prepare: at('AWAITING_ACCEPTANCE', undefined, () => ({
      ...defaultPlan(world),
      stageMinutes: 70,
    })),
  },
  ...ALLOWED_FROM.withdrawRequest.map((from) => ({
    mutation: 'withdrawRequest' as const,
    from,
    to: 'WITHDRAWN' as const,
    lines: [['WITHDRAWN', from, 'WITHDRAWN', null]] as Transition['lines'],
    prepare: from === 'SUSPENDED' ? at(from, undefined, unaffordable) : undefined,
  })),
  ...ALLOWED_FROM.rejectRequest.map((from) => ({
    mutation: 'rejectRequest' as const,
    from,
    to: 'REJECTED' as const,
    lines: [['REJECTED', from, 'REJECTED', null]] as Transition['lines'],
  })),
];

/**
 * A request SUSPENDED for want of cover, then covered without a top-up (a top-up would resume
 * it by itself): another request's hold is released by its withdrawal.
 */
/**
 * A suspended request whose stage is covered but which did not resume by itself: hours came
 * free while an earlier, larger suspended request still waits, and resuming is first in, first
 * out. Staff may then start it by hand.
 */
async function suspendedThenCovered(): Promise<{ request: RequestView; party: Party }> {
  const party = await newCustomer(world, 'Освобождённый резерв', '5.00');
  const plan = (hours: string) => ({ ...defaultPlan(world), stages: [{ title: 'Этап', hours }] });
  const holding = await driveTo(world, party, 'IN_PROGRESS', plan('3.00'));
  await driveTo(world, party, 'SUSPENDED', plan('6.00'));
  const request = await driveTo(world, party, 'SUSPENDED', plan('3.00'));
  await ok(world, party.headers, 'withdrawRequest', { requestId: holding.id });
  return { request, party };
}

describe('every step from every status it is allowed from', () => {
  it('covers each pair of the table', () => {
    const pairs = new Set(TRANSITIONS.map((t) => `${t.mutation}/${t.from}`));
    for (const mutation of STEPS) {
      for (const from of ALLOWED_FROM[mutation]) expect(pairs).toContain(`${mutation}/${from}`);
    }
  });

  it.each(TRANSITIONS.map((t) => [`${t.mutation}: ${t.from} -> ${t.to}`, t] as const))(
    '%s, with a history line saying who, when and why',
    async (_name, transition) => {
      const { request, party } = await (transition.prepare ?? at(transition.from))();
      expect(request.status).toBe(transition.from);
      const caller = callerOf(transition.mutation, party);
      const input = { requestId: request.id, ...VALID_INPUT[transition.mutation] };

      const since = new Date();
      const payload = await step(world, caller.headers, transition.mutation, input);
      const until = new Date();

      const after = payload.request!;
      // An acceptance that leaves the next stage uncovered still succeeded: no error.
      expect(payload.errors).toEqual([]);
      expect(after.status).toBe(transition.to);
      const lines = after.history.slice(request.history.length);
      expect(lines.map((l) => [l.kind, l.fromStatus, l.toStatus, l.stageIndex])).toEqual(
        transition.lines,
      );
      for (const line of lines) {
        // A stage that starts (or waits) after an acceptance is the system's step.
        const automatic = transition.mutation === 'acceptStage' && line.kind !== 'STAGE_ACCEPTED';
        const who = automatic && line.kind !== 'COMPLETED' ? { email: null, role: null } : caller;
        expectWhoAndWhen(line, who, since, until);
      }
      expectWhy(transition.mutation, lines);
      await expectLedgerExact(world, party.id);
    },
  );
});

function expectWhoAndWhen(
  line: HistoryLine,
  caller: { email: string | null; role: string | null },
  since: Date,
  until: Date,
): void {
  expect([line.actorEmail, line.actorRole]).toEqual([caller.email, caller.role]);
  expect(new Date(line.at).getTime()).toBeGreaterThanOrEqual(since.getTime());
  expect(new Date(line.at).getTime()).toBeLessThanOrEqual(until.getTime());
}

/** The comment given with the step is the history's why. */
function expectWhy(mutation: keyof typeof ALLOWED_FROM, lines: HistoryLine[]): void {
  const given = VALID_INPUT[mutation].comment;
  if (typeof given === 'string') expect(lines.at(-1)!.comment).toBe(given);
  if (mutation === 'logTime') expect(lines[0]!.comment).toBe('0:10: заметка');
  if (mutation === 'approveOverrun') expect(lines[0]!.comment).toBe('+0:10');
  if (mutation === 'acceptStage') expect(lines[0]!.comment).toBe('0:30, 0,50 н·ч');
}

describe('every step from every status it is not allowed from', () => {
  const requests = new Map<Status, RequestView>();

  beforeAll(async () => {
    for (const status of STATUSES) {
      const plan = status === 'SUSPENDED' ? unaffordable() : undefined;
      requests.set(status, await driveTo(world, customer, status, plan));
    }
  });

  const illegal = STATUSES.flatMap((status) =>
    STEPS.filter((m) => !ALLOWED_FROM[m].includes(status)).map((m) => [status, m] as const),
  );

  it('tries more than a hundred pairs', () => {
    expect(illegal.length).toBeGreaterThan(100);
  });

  it.each(illegal)('from %s, %s is INVALID_STATE and changes nothing', async (status, mutation) => {
    const request = requests.get(status)!;
    expect(request.status).toBe(status);
    const caller = callerOf(mutation, customer);
    const before = await snapshot(world, request.id, customer.id);
    const seen = await readRequest(world, customer.headers, request.id);

    const payload = await step(world, caller.headers, mutation, {
      requestId: request.id,
      ...VALID_INPUT[mutation],
    });

    expect(codes(payload)).toEqual(['INVALID_STATE']);
    expect(payload.errors[0]!.message).toContain(status);
    expect(payload.request).toBeNull();
    expect(await snapshot(world, request.id, customer.id)).toEqual(before);
    expect(await readRequest(world, customer.headers, request.id)).toEqual(seen);
  });
});

describe('the buttons a viewer is shown', () => {
  it('list exactly the steps the status allows, each to its own side', async () => {
    const request = await driveTo(world, customer, 'AWAITING_APPROVAL');
    const staffView = await readRequest(world, world.specialist, request.id);
    const customerView = await readRequest(world, customer.headers, request.id);
    expect(customerView!.actions).toEqual([
      'approveEstimate',
      'declineEstimate',
      'withdrawRequest',
    ]);
    expect(staffView!.actions).toEqual(['logStudyTime', 'sendEstimate', 'rejectRequest']);

    const done = await driveTo(world, customer, 'COMPLETED');
    expect(done.actions).toEqual([]);
    expect((await readRequest(world, world.specialist, done.id))!.actions).toEqual([]);
  });

  it('never offer a step the server then refuses with INVALID_STATE', async () => {
    for (const status of STATUSES) {
      const plan = status === 'SUSPENDED' ? unaffordable() : undefined;
      const request = await driveTo(world, customer, status, plan);
      for (const headers of [customer.headers, world.specialist]) {
        const seen = await readRequest(world, headers, request.id);
        for (const action of seen!.actions) {
          const mutation = action.startsWith('log') ? 'logTime' : action;
          expect(ALLOWED_FROM[mutation as keyof typeof ALLOWED_FROM], action).toContain(status);
        }
      }
    }
  });
});
