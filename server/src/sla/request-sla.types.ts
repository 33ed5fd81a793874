import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { SLA_STATES, type SlaState } from '../domain/request-sla.js';
import { DateTimeScalar } from '../graphql/date-time.scalar.js';

export const SlaStateEnum = Object.fromEntries(SLA_STATES.map((s) => [s, s])) as {
  [S in SlaState]: S;
};

registerEnumType(SlaStateEnum, {
  name: 'SlaState',
  description: 'Where a request stands against its service levels: the badge it wears.',
  valuesConfig: {
    ON_TIME: { description: 'Open, and the deadline that counts is not near.' },
    AT_RISK: {
      description:
        'Open, in the last 20% of the span from submission to the deadline that counts ' +
        '(business time on lines 2-3, clock time on line 1, paused time left out).',
    },
    BREACHED: {
      description:
        'A deadline passed unmet: the first response came late or not at all, or the ' +
        'resolution passed. It stays so, closed or not.',
    },
    MET: { description: 'Closed with every deadline kept.' },
    NONE: { description: 'Open with no deadline counting: line 3 before its estimate.' },
  },
});

@ObjectType({
  description:
    'A request\u2019s service levels: the deadlines of its line from its submission, each ' +
    'moved by the time it waited on the customer (approval, acceptance, suspension), on the ' +
    'Moscow business calendar. A closed request\u2019s clock stopped when it closed.',
})
export class RequestSla {
  @Field(() => Int, { description: 'The support line (1-3) the deadlines follow.' })
  line!: number;

  @Field(() => DateTimeScalar, { description: 'When the first response is due.' })
  firstResponseDue!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Line 3: when the first response usually comes (end of the 1st business day).',
  })
  firstResponseUsual!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The first step staff took on the request (a line change aside); null while none has.',
  })
  firstRespondedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The earliest the request is resolved; on line 3 the same as the latest.',
  })
  resolutionDueEarliest!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The resolution deadline that counts for a breach; on line 3 null until staff set it ' +
      'with the estimate.',
  })
  resolutionDueLatest!: Date | null;

  @Field(() => Boolean, {
    description:
      'False when a year the deadlines run through has no calendar loaded: they are ' +
      'computed from the Monday-Friday week alone and may move when it is loaded.',
  })
  calendarKnown!: boolean;

  @Field(() => Int, {
    description:
      'Whole minutes the clock stood still while the request waited on the customer: ' +
      'business minutes on lines 2-3, clock minutes on line 1. Kept across a change of line.',
  })
  pausedMinutes!: number;

  @Field(() => Boolean, { description: 'The request waits on the customer now: the clock stands.' })
  paused!: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The deadline that counts now: the first response until staff respond, then the ' +
      'resolution (latest); null when none does. The staff desk sorts open requests by it, ' +
      'earliest first and those without one last.',
  })
  due!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Whole minutes of clock time until `due`, negative once it passed; null without a `due`. ' +
      'For a closed request, as it stood at closing.',
  })
  timeLeftMinutes!: number | null;

  @Field(() => SlaStateEnum)
  state!: SlaState;
}

/** How staff's list of every request is ordered. */
export enum RequestOrder {
  NEWEST = 'NEWEST',
  DEADLINE = 'DEADLINE',
}

registerEnumType(RequestOrder, {
  name: 'RequestOrder',
  description: 'The order of staff\u2019s list of every request.',
  valuesConfig: {
    NEWEST: { description: 'Newest first, by number.' },
    DEADLINE: {
      description:
        'By the deadline that counts now (`sla.due`), earliest first, those without one last, ' +
        'ties by number (older first).',
    },
  },
});
