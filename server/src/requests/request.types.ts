import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { PageInfo } from '../graphql/page-info.type.js';
import {
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
  type StageStatus,
} from '../domain/request-lifecycle.js';
import { DateTimeScalar } from '../graphql/date-time.scalar.js';
import { DecimalScalar } from '../graphql/decimal.scalar.js';
import { Money } from '../graphql/money.type.js';
import { UserError } from '../graphql/user-error.type.js';
import type { RequestRow } from './request.store.js';

export const RequestStatusEnum = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, s])) as {
  [S in RequestStatus]: S;
};

registerEnumType(RequestStatusEnum, {
  name: 'RequestStatus',
  description: 'Where a request is in its life (DESIGN.md, "A request\u2019s life").',
  valuesConfig: {
    NEW: { description: 'Created by the customer; nobody has looked at it yet.' },
    ESTIMATING: { description: 'Staff study it; the time they log is charged with the estimate.' },
    AWAITING_APPROVAL: { description: 'The estimate waits for the customer\u2019s decision.' },
    QUEUED: { description: 'Approved: waits its turn, first in, first out by approval time.' },
    IN_PROGRESS: { description: 'A stage is being worked on; its estimate x K is held.' },
    AWAITING_ACCEPTANCE: { description: 'A stage is delivered and waits for acceptance.' },
    SUSPENDED: { description: 'The balance does not cover the next stage; a top-up resumes it.' },
    COMPLETED: { description: 'Every stage accepted and charged.' },
    DECLINED: { description: 'The customer refused the estimate.' },
    WITHDRAWN: { description: 'The customer withdrew it, or the rest of it.' },
    REJECTED: { description: 'Outside the vendor\u2019s competence.' },
  },
});

export const StageStatusEnum = {
  PLANNED: 'PLANNED',
  IN_PROGRESS: 'IN_PROGRESS',
  DELIVERED: 'DELIVERED',
  ACCEPTED: 'ACCEPTED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies { [S in StageStatus]: S };

registerEnumType(StageStatusEnum, { name: 'StageStatus', description: 'Where a stage is.' });

export const RequestActionEnum = Object.fromEntries(REQUEST_ACTIONS.map((a) => [a, a])) as {
  [A in RequestAction]: A;
};

registerEnumType(RequestActionEnum, {
  name: 'RequestAction',
  description: 'A step the viewer may take on a request now: the buttons a page shows.',
});

@ObjectType({ description: 'A stage of a request\u2019s estimate, accepted and charged alone.' })
export class RequestStage {
  @Field(() => Int, { description: 'From 1, in the order the stages are done.' })
  index!: number;

  @Field(() => String)
  title!: string;

  @Field(() => StageStatusEnum)
  status!: StageStatus;

  @Field(() => DecimalScalar, { description: 'Hours of work estimated.' })
  estimateHours!: string;

  @Field(() => DecimalScalar, { description: 'Estimated hours x K: what is held at the start.' })
  estimateNormHours!: string;

  @Field(() => Money, { description: 'The estimate\u2019s price at the request\u2019s rate.' })
  estimateAmount!: Money;

  @Field(() => Int, { description: 'Minutes logged on the stage: charges come from these.' })
  actualMinutes!: number;

  @Field(() => String, { description: 'The minutes logged as h:mm.' })
  actualTime!: string;

  @Field(() => DecimalScalar, {
    description:
      'Minutes logged / 60: exact where the division ends, else to six decimals (50 min is ' +
      '0.833333), so that actualHours x K rounds to the norm-hours charged.',
  })
  actualHours!: string;

  @Field(() => DecimalScalar, { description: 'Norm-hours held now for the stage.' })
  heldHours!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Norm-hours charged on acceptance: minutes x K / 60, rounded once.',
  })
  chargedHours!: string | null;

  @Field(() => Money, { nullable: true, description: 'The charge at the request\u2019s rate.' })
  chargedAmount!: Money | null;

  @Field(() => Int, { description: 'Minutes logged beyond the estimate.' })
  overrunMinutes!: number;

  @Field(() => Boolean, { description: 'Whether the customer approved the overrun logged.' })
  overrunApproved!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  acceptedAt!: Date | null;
}

@ObjectType({ description: 'One line of a request\u2019s history: who did what, when and why.' })
export class RequestEvent {
  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => String, { description: 'CREATED, ESTIMATE_SENT, APPROVED, STAGE_STARTED, ...' })
  kind!: string;

  @Field(() => RequestStatusEnum, { nullable: true })
  fromStatus!: RequestStatus | null;

  @Field(() => RequestStatusEnum)
  toStatus!: RequestStatus;

  @Field(() => Int, { nullable: true })
  stageIndex!: number | null;

  @Field(() => String, { nullable: true, description: 'Who; null for the system.' })
  actorEmail!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType({ description: 'Time a specialist logged on a request.' })
export class TimeEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Null for study before the estimate.' })
  stageIndex!: number | null;

  @Field(() => Int)
  minutes!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String)
  userEmail!: string;

  @Field(() => DateTimeScalar)
  loggedAt!: Date;
}

@ObjectType({ description: 'A customer\u2019s request for paid work or support.' })
export class Request {
  /** Not a field: what the other fields resolve against. */
  row!: RequestRow;

  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The number people quote: «заявка № 12».' })
  number!: number;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field(() => String, { description: 'The organisation whose request it is.' })
  customerName!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'False under warranty support: nothing is charged.' })
  paid!: boolean;

  @Field(() => DecimalScalar, { description: 'K, fixed when the request was created.' })
  coefficient!: string;

  @Field(() => Money, { description: 'The rate of one norm-hour for this request.' })
  rate!: Money;

  @Field(() => Int, { description: 'The support line (1-3) its category belongs to.' })
  supportLine!: number;

  @Field(() => DateTimeScalar)
  submittedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  estimateSentAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Final approval: its place in the queue (kept to the microsecond).',
  })
  approvedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType({ description: 'Totals of a request in hours and money.' })
export class RequestTotals {
  @Field(() => DecimalScalar, { description: 'Hours of work estimated, all stages.' })
  estimateHours!: string;

  @Field(() => DecimalScalar, { description: 'Estimated norm-hours, all stages.' })
  estimateNormHours!: string;

  @Field(() => Money)
  estimateAmount!: Money;

  @Field(() => Int, { description: 'Minutes logged, study included.' })
  loggedMinutes!: number;

  @Field(() => DecimalScalar, { description: 'Norm-hours held now.' })
  heldHours!: string;

  @Field(() => DecimalScalar, { description: 'Norm-hours charged so far, study included.' })
  chargedHours!: string;

  @Field(() => Money, {
    description: 'The sum of what each charge cost, each rounded once to kopecks.',
  })
  chargedAmount!: Money;

  @Field(() => DecimalScalar, { description: 'Norm-hours charged for the study of the request.' })
  studyChargedHours!: string;

  @Field(() => Money)
  studyChargedAmount!: Money;
}

@ObjectType()
export class RequestEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Request)
  node!: Request;
}

@ObjectType({ description: 'A page of requests, newest first.' })
export class RequestConnection {
  @Field(() => [RequestEdge])
  edges!: RequestEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'The request after a step, or why the step was not taken.' })
export class RequestPayload {
  @Field(() => Request, {
    nullable: true,
    description: 'The request as it is now; null when it could not be found or created.',
  })
  request!: Request | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
