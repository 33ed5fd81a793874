/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A manager’s correction of a balance, with a reason. */
export type AdjustBalanceInput = {
  customerId: string | number;
  /** Signed, non-zero norm-hours, two decimals. */
  hours: string;
  /** A retry with the same key moves nothing again. */
  idempotencyKey: string;
  reason: string;
};

/** One date that departs from the Monday-Friday week. */
export type CalendarDayInput = {
  /** An ISO date in the year loaded, as "2027-01-08". */
  date: string;
  kind: CalendarDayKind;
  /** For TRANSFERRED_DAY_OFF only: the day off it replaces, as "2027-01-02". */
  movedFrom?: string | null | undefined;
  /** Why the date is special; at most 500 characters. */
  note?: string | null | undefined;
};

/** How a date departs from the Monday-Friday week. */
export type CalendarDayKind =
  /** A public holiday (art. 112 of the Labour Code), even on a weekend. */
  | 'HOLIDAY'
  /** A working day one hour shorter (art. 95): 10:00-17:00. */
  | 'SHORTENED_DAY'
  /** A weekday off by a transfer decree. */
  | 'TRANSFERRED_DAY_OFF'
  /** A Saturday or Sunday worked by a transfer decree. */
  | 'WORKING_DAY';

/** Where a year of the business calendar came from. */
export type CalendarYearOrigin =
  /** The calendar file shipped with the server; updated with it. */
  | 'CONTENT_FILE'
  /** Loaded by a manager; the shipped file never replaces it. */
  | 'STAFF';

/** A manager moves a request to another support line: its deadlines are counted again for the new line from the same submission, and the time it waited on the customer stays paused. */
export type ChangeSupportLineInput = {
  /** Why, for the request’s history. */
  comment: string;
  /** A retry with the same key returns the first result and changes nothing again. */
  idempotencyKey?: string | null | undefined;
  /** The new line, 1-3. */
  line: number;
  requestId: string | number;
  /** Moving to line 3: full business days to resolve, as the estimate would set them; left out, the days set earlier stay (none: no resolution deadline yet). */
  resolutionBusinessDays?: number | null | undefined;
};

/** A planned course: counts by CourseLimit.key; a key left out is not counted. */
export type CourseSpecInput = {
  accessSettings?: number | null | undefined;
  assignments?: number | null | undefined;
  courseLogic?: number | null | undefined;
  customReports?: number | null | undefined;
  customRoles?: number | null | undefined;
  fileUploads?: number | null | undefined;
  glossaries?: number | null | undefined;
  glossaryTerms?: number | null | undefined;
  lessonSlides?: number | null | undefined;
  lessons?: number | null | undefined;
  logicCourses?: number | null | undefined;
  mediaUploads?: number | null | undefined;
  notifications?: number | null | undefined;
  quizQuestions?: number | null | undefined;
  quizzes?: number | null | undefined;
  sectionImages?: number | null | undefined;
  sections?: number | null | undefined;
  showcaseCourses?: number | null | undefined;
  students?: number | null | undefined;
  teachers?: number | null | undefined;
};

/** A new request: a category, and a service or typical work if chosen. */
export type CreateRequestInput = {
  /** The request category: it decides K and the support line. */
  categoryId: string | number;
  /** What is needed, in the customer’s words. */
  description?: string;
  /** A retry with the same key returns the first result and changes nothing again. */
  idempotencyKey: string;
  /** A catalogue service, e.g. "2.4". */
  serviceCode?: string | null | undefined;
  /** Up to 200 characters; the service’s or typical work’s title if left out. */
  title?: string | null | undefined;
  /** A typical work of section 4 or 5. */
  typicalWorkId?: string | number | null | undefined;
};

/** Where a crowdfunding project stands. */
export type CrowdfundingStatus =
  /** Closed unfunded by a manager: every hold was released. */
  | 'CLOSED'
  /** The goal was reached: every pledge was charged. */
  | 'FUNDED'
  /** Being built. */
  | 'IN_DEVELOPMENT'
  /** Taking pledges: each holds hours on its customer’s balance. */
  | 'OPEN'
  /** Delivered in a release of 3KL. */
  | 'RELEASED';

/** What to estimate: a service, a request category or a typical work. */
export type EstimateInput = {
  /** A request category; its K wins. */
  categoryId?: string | number | null | undefined;
  /** A planned course. */
  course?: CourseSpecInput | null | undefined;
  /** Hours of work: required for ACTUAL_TIME and CONTRACT, refused for FIXED. */
  hours?: string | null | undefined;
  /** A catalogue service, as "2.4". */
  serviceCode?: string | null | undefined;
  /** A typical work of section 4 or 5. */
  typicalWorkId?: string | number | null | undefined;
};

/** A stage of an estimate. */
export type EstimateStageInput = {
  /** Hours of work, more than 0, two decimals at most. */
  hours: string;
  title: string;
};

/** How a service is charged: fixed hours, the time spent, or a separate contract. */
export type LabourMode =
  /** The time actually spent is charged. */
  | 'ACTUAL_TIME'
  /** Labour is agreed in a separate contract. */
  | 'CONTRACT'
  /** The fixed hours of the service are charged, whatever time is logged. */
  | 'FIXED';

/** What moved hours on a customer’s account. */
export type LedgerEntryKind =
  /** A correction by a manager, with a reason; either sign. */
  | 'ADJUSTMENT'
  /** Hours written off for accepted work. */
  | 'CHARGE'
  /** Hours set aside for a stage started: available goes down. */
  | 'HOLD'
  /** A hold given back. */
  | 'RELEASE'
  /** Hours bought: added to the balance. */
  | 'TOP_UP';

/** A whole year of the business calendar, as its decree sets it. */
export type LoadBusinessCalendarInput = {
  /** Every dated exception of the year, each date once: at least the 14 public holidays of art. 112, then the transfers, working weekend days and shortened days of the decree. */
  days: Array<CalendarDayInput>;
  /** A year loaded already with the same source and days is a success that changes nothing. With other content it is refused (YEAR_ALREADY_LOADED) unless this is true: then the year is replaced whole, in one transaction, and the shipped file no longer updates it. */
  replace?: boolean;
  /** The decree and articles the days come from, as "Постановление Правительства РФ от ... № ...; ст. 112 ТК РФ"; at most 1000 characters. */
  source: string;
  /** From 2000 to 2100. */
  year: number;
};

/** Time a specialist spent, in whole minutes. */
export type LogTimeInput = {
  /** A retry with the same key returns the first result and changes nothing again. */
  idempotencyKey: string;
  /** Whole minutes, 1 to 1440. */
  minutes: number;
  note?: string | null | undefined;
  requestId: string | number;
};

/** Norm-hours a customer pledges to an open project. */
export type PledgeInput = {
  /** More than 0, at most two decimals. Held on the available balance and added to the customer’s pledge; when it crosses the goal only the hours still missing are taken. */
  hours: string;
  /** A retry with the same key returns the first result and moves nothing again. */
  idempotencyKey: string;
  projectId: string | number;
};

/** Integration (3.2), modification (3.3) or a new module (3.4). */
export type PriceExampleKind = 'INTEGRATION' | 'MODIFICATION' | 'NEW_MODULE';

/** A step the viewer may take on a request now: the buttons a page shows. */
export type RequestAction =
  | 'acceptStage'
  | 'approveEstimate'
  | 'approveOverrun'
  | 'declineEstimate'
  | 'deliverStage'
  | 'logStageTime'
  | 'logStudyTime'
  | 'rejectRequest'
  | 'returnStage'
  | 'sendEstimate'
  | 'startStage'
  | 'updateRequest'
  | 'withdrawRequest';

/** The order of staff’s list of every request. */
export type RequestOrder =
  /** By the deadline that counts now (`sla.due`), earliest first, those without one last, ties by number (older first). */
  | 'DEADLINE'
  /** Newest first, by number. */
  | 'NEWEST';

/** Where a request is in its life (DESIGN.md, "A request’s life"). */
export type RequestStatus =
  /** A stage is delivered and waits for acceptance. */
  | 'AWAITING_ACCEPTANCE'
  /** The estimate waits for the customer’s decision. */
  | 'AWAITING_APPROVAL'
  /** Every stage accepted and charged. */
  | 'COMPLETED'
  /** The customer refused the estimate. */
  | 'DECLINED'
  /** Staff study it; the time they log is charged with the estimate. */
  | 'ESTIMATING'
  /** A stage is being worked on; its estimate x K is held. */
  | 'IN_PROGRESS'
  /** Created by the customer; nobody has looked at it yet. */
  | 'NEW'
  /** Approved: waits its turn, first in, first out by approval time. */
  | 'QUEUED'
  /** Outside the vendor’s competence. */
  | 'REJECTED'
  /** The balance does not cover the next stage; a top-up resumes it. */
  | 'SUSPENDED'
  /** The customer withdrew it, or the rest of it. */
  | 'WITHDRAWN';

/** A step on a whole request, with an optional comment. */
export type RequestStepInput = {
  /** Why: required to reject. */
  comment?: string | null | undefined;
  /** A retry with the same key returns the first result and changes nothing again. */
  idempotencyKey: string;
  requestId: string | number;
};

/** What a user may do. */
export type Role =
  /** Represents one customer organisation: sees only its own data. */
  | 'CUSTOMER'
  /** Vendor staff who also manage balances and the queue. */
  | 'MANAGER'
  /** Vendor staff who estimate and carry out requests. */
  | 'SPECIALIST';

/** Staff’s estimate of a request: its stages in order. */
export type SendEstimateInput = {
  /** A note to the customer. */
  comment?: string | null | undefined;
  /** A retry with the same key returns the first result and changes nothing again. */
  idempotencyKey: string;
  requestId: string | number;
  /** Line 3 only: full business days to resolve the request, counted from its submission and moved by pauses like every deadline. Left out, the days set before stay. */
  resolutionBusinessDays?: number | null | undefined;
  stages: Array<EstimateStageInput>;
};

/** Where a request stands against its service levels: the badge it wears. */
export type SlaState =
  /** Open, in the last 20% of the span from submission to the deadline that counts (business time on lines 2-3, clock time on line 1, paused time left out). */
  | 'AT_RISK'
  /** A deadline passed unmet: the first response came late or not at all, or the resolution passed. It stays so, closed or not. */
  | 'BREACHED'
  /** Closed with every deadline kept. */
  | 'MET'
  /** Open with no deadline counting: line 3 before its estimate. */
  | 'NONE'
  /** Open, and the deadline that counts is not near. */
  | 'ON_TIME';

/** Where a stage is. */
export type StageStatus = 'ACCEPTED' | 'DELIVERED' | 'IN_PROGRESS' | 'PLANNED' | 'WITHDRAWN';

/** A step on one stage of a request. */
export type StageStepInput = {
  /** Required to return a stage. */
  comment?: string | null | undefined;
  /** A retry with the same key returns the first result and changes nothing again. */
  idempotencyKey: string;
  requestId: string | number;
  /** The stage, from 1. */
  stageIndex: number;
};

/** Extended-support norm-hours bought by a customer. */
export type TopUpInput = {
  customerId: string | number;
  /** Positive norm-hours, at most two decimals. */
  hours: string;
  /** A retry with the same key moves nothing again. */
  idempotencyKey: string;
  reason?: string | null | undefined;
};

/** Changes a request not yet estimated. A field left out stays as it is; an explicit null for a field that must have a value is refused. */
export type UpdateRequestInput = {
  description?: string | null | undefined;
  requestId: string | number;
  title?: string | null | undefined;
};

/** A project the customer takes its whole pledge back from. */
export type WithdrawPledgeInput = {
  /** A retry with the same key returns the first result and moves nothing again. */
  idempotencyKey: string;
  projectId: string | number;
};

export type EstimateQueryVariables = Exact<{
  input: EstimateInput;
}>;

export type EstimateQuery = {
  listRateSample: boolean;
  estimate: {
    hours: string;
    coefficient: string;
    chargedHours: string;
    withinLimits: boolean;
    suggestedServiceCode: string | null;
    rate: { amount: string; currency: string };
    total: { amount: string; currency: string };
    violations: Array<{
      key: string;
      title: string;
      limit: number;
      requested: number;
      excess: number;
    }>;
    lines: Array<{
      title: string;
      hours: string | null;
      coefficient: string | null;
      rounding: boolean;
      amount: { amount: string; currency: string };
    }>;
  };
};

export type EstimatorCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type EstimatorCategoriesQuery = {
  requestCategories: Array<{
    id: string;
    path: string;
    title: string;
    paid: boolean;
    coefficient: string;
  }>;
};

export type SuggestedServiceQueryVariables = Exact<{
  code: string;
}>;

export type SuggestedServiceQuery = { service: { code: string; title: string } | null };

export type OrderSubjectQueryVariables = Exact<{
  serviceCode: string;
  withService: boolean;
  withWorks: boolean;
}>;

export type OrderSubjectQuery = {
  requestCategories: Array<{
    id: string;
    path: string;
    title: string;
    paid: boolean;
    coefficient: string;
  }>;
  service?: { code: string; title: string; coefficient: string; specialistKind: string } | null;
  typicalWorks?: Array<{ id: string; title: string; coefficient: string }>;
};

export type OrderFromEstimateMutationVariables = Exact<{
  input: CreateRequestInput;
}>;

export type OrderFromEstimateMutation = {
  createRequest: {
    request: { id: string; number: number } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestDeadlinesFragment = {
  line: number;
  firstResponseDue: string;
  firstResponseUsual: string | null;
  firstRespondedAt: string | null;
  resolutionDueEarliest: string | null;
  resolutionDueLatest: string | null;
  calendarKnown: boolean;
  pausedMinutes: number;
  paused: boolean;
  due: string | null;
  timeLeftMinutes: number | null;
  state: SlaState;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: { user: { email: string; role: Role }; customer: { name: string } | null } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: { errors: Array<{ code: string; message: string }> } };

export type BalanceQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type BalanceQuery = {
  viewer: {
    user: { email: string; role: Role };
    customer: {
      name: string;
      balance: string;
      available: string;
      rate: { amount: string; currency: string };
      ledger: {
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            kind: LedgerEntryKind;
            hours: string;
            balanceAfter: string;
            reason: string | null;
            createdAt: string;
          };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
};

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never }>;

export type CalendarYearsQuery = {
  businessCalendarYears: Array<{
    year: number;
    source: string;
    dayCount: number;
    origin: CalendarYearOrigin;
    loadedAt: string;
  }>;
};

export type LoadCalendarYearMutationVariables = Exact<{
  input: LoadBusinessCalendarInput;
}>;

export type LoadCalendarYearMutation = {
  loadBusinessCalendar: {
    year: {
      year: number;
      source: string;
      dayCount: number;
      origin: CalendarYearOrigin;
      loadedAt: string;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type CatalogueQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogueQuery = {
  listRateSample: boolean;
  sections: Array<{ code: string; parent: string | null; title: string; summary: string }>;
  services: Array<{
    code: string;
    title: string;
    summary: string;
    labourMode: LabourMode;
    fixedHours: string | null;
    coefficient: string;
    coefficientByCategory: boolean;
    sample: boolean;
    limits: Array<{ key: string; title: string; min: number | null; max: number }>;
  }>;
  listRate: { amount: string; currency: string };
};

export type CategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type CategoriesQuery = {
  requestCategories: Array<{
    id: string;
    path: string;
    title: string;
    groups: Array<string>;
    paid: boolean;
    coefficient: string;
    supportLine: number;
  }>;
  supportLines: Array<{ level: number; title: string }>;
};

export type CrowdfundingQueryVariables = Exact<{ [key: string]: never }>;

export type CrowdfundingQuery = {
  sections: Array<{ code: string; parent: string | null; title: string; summary: string }>;
  crowdfundingProjects: Array<{
    id: string;
    title: string;
    summary: string;
    goalHours: string;
    pledgedHours: string;
    status: CrowdfundingStatus;
    sample: boolean;
    myPledge: string | null;
  }>;
  viewer: {
    user: { email: string; role: Role };
    customer: { name: string; available: string } | null;
  } | null;
};

export type PledgeMutationVariables = Exact<{
  input: PledgeInput;
}>;

export type PledgeMutation = {
  pledge: {
    project: {
      id: string;
      pledgedHours: string;
      status: CrowdfundingStatus;
      myPledge: string | null;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type WithdrawPledgeMutationVariables = Exact<{
  input: WithdrawPledgeInput;
}>;

export type WithdrawPledgeMutation = {
  withdrawPledge: {
    project: {
      id: string;
      pledgedHours: string;
      status: CrowdfundingStatus;
      myPledge: string | null;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type DeskQueueQueryVariables = Exact<{ [key: string]: never }>;

export type DeskQueueQuery = {
  requestQueue: Array<{
    id: string;
    number: number;
    status: RequestStatus;
    customerName: string;
    title: string;
    queuePosition: number | null;
    approvedAt: string | null;
    expectedStart: string | null;
    actions: Array<RequestAction>;
    sla: { due: string | null; state: SlaState; paused: boolean; timeLeftMinutes: number | null };
    totals: { estimateNormHours: string; estimateAmount: { amount: string; currency: string } };
  }>;
};

export type DeskRequestRowFragment = {
  id: string;
  number: number;
  status: RequestStatus;
  customerName: string;
  title: string;
  submittedAt: string;
  estimateSentAt: string | null;
  supportLine: number;
  paid: boolean;
  totals: { estimateNormHours: string; chargedHours: string };
  sla: { due: string | null; state: SlaState; paused: boolean; timeLeftMinutes: number | null };
};

export type DeskRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  statuses?: Array<RequestStatus> | RequestStatus | null | undefined;
  orderBy: RequestOrder;
}>;

export type DeskRequestsQuery = {
  allRequests: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        number: number;
        status: RequestStatus;
        customerName: string;
        title: string;
        submittedAt: string;
        estimateSentAt: string | null;
        supportLine: number;
        paid: boolean;
        totals: { estimateNormHours: string; chargedHours: string };
        sla: {
          due: string | null;
          state: SlaState;
          paused: boolean;
          timeLeftMinutes: number | null;
        };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type DeskCustomersQueryVariables = Exact<{ [key: string]: never }>;

export type DeskCustomersQuery = {
  customers: Array<{ id: string; name: string; balance: string; available: string }>;
};

export type DeskStartStageMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type DeskStartStageMutation = {
  startStage: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      actions: Array<RequestAction>;
      queuePosition: number | null;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type DeskTopUpMutationVariables = Exact<{
  input: TopUpInput;
}>;

export type DeskTopUpMutation = {
  topUp: {
    balance: string | null;
    available: string | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type DeskAdjustBalanceMutationVariables = Exact<{
  input: AdjustBalanceInput;
}>;

export type DeskAdjustBalanceMutation = {
  adjustBalance: {
    balance: string | null;
    available: string | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type DevelopmentQueryVariables = Exact<{ [key: string]: never }>;

export type DevelopmentQuery = {
  sections: Array<{ code: string; parent: string | null; title: string; summary: string }>;
  priceExamples: Array<{
    id: string;
    kind: PriceExampleKind;
    title: string;
    typical: boolean;
    hours: string;
    coefficient: string;
    sample: boolean;
    price: { amount: string; currency: string };
  }>;
};

export type EstimateChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type EstimateChoicesQuery = {
  services: Array<{
    code: string;
    title: string;
    labourMode: LabourMode;
    fixedHours: string | null;
    coefficient: string;
    coefficientByCategory: boolean;
    limits: Array<{ key: string; title: string; max: number }>;
  }>;
  requestCategories: Array<{
    id: string;
    path: string;
    title: string;
    paid: boolean;
    coefficient: string;
  }>;
  typicalWorks: Array<{
    id: string;
    section: string;
    title: string;
    unit: string;
    hours: string;
    coefficient: string;
    sample: boolean;
  }>;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    viewer: { user: { email: string; role: Role }; customer: { name: string } | null } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageFieldsFragment = {
  id: string;
  number: number;
  status: RequestStatus;
  customerName: string;
  title: string;
  description: string;
  paid: boolean;
  coefficient: string;
  supportLine: number;
  submittedAt: string;
  estimateSentAt: string | null;
  approvedAt: string | null;
  closedAt: string | null;
  queuePosition: number | null;
  expectedStart: string | null;
  actions: Array<RequestAction>;
  rate: { amount: string; currency: string };
  sla: {
    line: number;
    firstResponseDue: string;
    firstResponseUsual: string | null;
    firstRespondedAt: string | null;
    resolutionDueEarliest: string | null;
    resolutionDueLatest: string | null;
    calendarKnown: boolean;
    pausedMinutes: number;
    paused: boolean;
    due: string | null;
    timeLeftMinutes: number | null;
    state: SlaState;
  };
  category: { id: string; path: string; paid: boolean; coefficient: string };
  service: {
    code: string;
    title: string;
    labourMode: LabourMode;
    fixedHours: string | null;
  } | null;
  typicalWork: { id: string; title: string } | null;
  stages: Array<{
    index: number;
    title: string;
    status: StageStatus;
    estimateHours: string;
    estimateNormHours: string;
    actualMinutes: number;
    actualTime: string;
    actualHours: string;
    heldHours: string;
    chargedHours: string | null;
    overrunMinutes: number;
    overrunApproved: boolean;
    startedAt: string | null;
    deliveredAt: string | null;
    acceptedAt: string | null;
    estimateAmount: { amount: string; currency: string };
    chargedAmount: { amount: string; currency: string } | null;
  }>;
  totals: {
    estimateHours: string;
    estimateNormHours: string;
    loggedMinutes: number;
    heldHours: string;
    chargedHours: string;
    studyChargedHours: string;
    estimateAmount: { amount: string; currency: string };
    chargedAmount: { amount: string; currency: string };
    studyChargedAmount: { amount: string; currency: string };
  };
  timeEntries: Array<{
    id: string;
    stageIndex: number | null;
    minutes: number;
    note: string | null;
    userEmail: string;
    loggedAt: string;
  }>;
  history: Array<{
    at: string;
    kind: string;
    fromStatus: RequestStatus | null;
    toStatus: RequestStatus;
    stageIndex: number | null;
    actorEmail: string | null;
    actorRole: string | null;
    comment: string | null;
  }>;
};

export type RequestPageQueryVariables = Exact<{
  id: string | number;
}>;

export type RequestPageQuery = {
  request: {
    id: string;
    number: number;
    status: RequestStatus;
    customerName: string;
    title: string;
    description: string;
    paid: boolean;
    coefficient: string;
    supportLine: number;
    submittedAt: string;
    estimateSentAt: string | null;
    approvedAt: string | null;
    closedAt: string | null;
    queuePosition: number | null;
    expectedStart: string | null;
    actions: Array<RequestAction>;
    rate: { amount: string; currency: string };
    sla: {
      line: number;
      firstResponseDue: string;
      firstResponseUsual: string | null;
      firstRespondedAt: string | null;
      resolutionDueEarliest: string | null;
      resolutionDueLatest: string | null;
      calendarKnown: boolean;
      pausedMinutes: number;
      paused: boolean;
      due: string | null;
      timeLeftMinutes: number | null;
      state: SlaState;
    };
    category: { id: string; path: string; paid: boolean; coefficient: string };
    service: {
      code: string;
      title: string;
      labourMode: LabourMode;
      fixedHours: string | null;
    } | null;
    typicalWork: { id: string; title: string } | null;
    stages: Array<{
      index: number;
      title: string;
      status: StageStatus;
      estimateHours: string;
      estimateNormHours: string;
      actualMinutes: number;
      actualTime: string;
      actualHours: string;
      heldHours: string;
      chargedHours: string | null;
      overrunMinutes: number;
      overrunApproved: boolean;
      startedAt: string | null;
      deliveredAt: string | null;
      acceptedAt: string | null;
      estimateAmount: { amount: string; currency: string };
      chargedAmount: { amount: string; currency: string } | null;
    }>;
    totals: {
      estimateHours: string;
      estimateNormHours: string;
      loggedMinutes: number;
      heldHours: string;
      chargedHours: string;
      studyChargedHours: string;
      estimateAmount: { amount: string; currency: string };
      chargedAmount: { amount: string; currency: string };
      studyChargedAmount: { amount: string; currency: string };
    };
    timeEntries: Array<{
      id: string;
      stageIndex: number | null;
      minutes: number;
      note: string | null;
      userEmail: string;
      loggedAt: string;
    }>;
    history: Array<{
      at: string;
      kind: string;
      fromStatus: RequestStatus | null;
      toStatus: RequestStatus;
      stageIndex: number | null;
      actorEmail: string | null;
      actorRole: string | null;
      comment: string | null;
    }>;
  } | null;
};

export type RequestViewerQueryVariables = Exact<{ [key: string]: never }>;

export type RequestViewerQuery = {
  viewer: {
    user: { email: string; role: Role };
    customer: { name: string; balance: string; available: string } | null;
  } | null;
};

export type RequestStepResultFragment = {
  request: {
    id: string;
    number: number;
    status: RequestStatus;
    customerName: string;
    title: string;
    description: string;
    paid: boolean;
    coefficient: string;
    supportLine: number;
    submittedAt: string;
    estimateSentAt: string | null;
    approvedAt: string | null;
    closedAt: string | null;
    queuePosition: number | null;
    expectedStart: string | null;
    actions: Array<RequestAction>;
    rate: { amount: string; currency: string };
    sla: {
      line: number;
      firstResponseDue: string;
      firstResponseUsual: string | null;
      firstRespondedAt: string | null;
      resolutionDueEarliest: string | null;
      resolutionDueLatest: string | null;
      calendarKnown: boolean;
      pausedMinutes: number;
      paused: boolean;
      due: string | null;
      timeLeftMinutes: number | null;
      state: SlaState;
    };
    category: { id: string; path: string; paid: boolean; coefficient: string };
    service: {
      code: string;
      title: string;
      labourMode: LabourMode;
      fixedHours: string | null;
    } | null;
    typicalWork: { id: string; title: string } | null;
    stages: Array<{
      index: number;
      title: string;
      status: StageStatus;
      estimateHours: string;
      estimateNormHours: string;
      actualMinutes: number;
      actualTime: string;
      actualHours: string;
      heldHours: string;
      chargedHours: string | null;
      overrunMinutes: number;
      overrunApproved: boolean;
      startedAt: string | null;
      deliveredAt: string | null;
      acceptedAt: string | null;
      estimateAmount: { amount: string; currency: string };
      chargedAmount: { amount: string; currency: string } | null;
    }>;
    totals: {
      estimateHours: string;
      estimateNormHours: string;
      loggedMinutes: number;
      heldHours: string;
      chargedHours: string;
      studyChargedHours: string;
      estimateAmount: { amount: string; currency: string };
      chargedAmount: { amount: string; currency: string };
      studyChargedAmount: { amount: string; currency: string };
    };
    timeEntries: Array<{
      id: string;
      stageIndex: number | null;
      minutes: number;
      note: string | null;
      userEmail: string;
      loggedAt: string;
    }>;
    history: Array<{
      at: string;
      kind: string;
      fromStatus: RequestStatus | null;
      toStatus: RequestStatus;
      stageIndex: number | null;
      actorEmail: string | null;
      actorRole: string | null;
      comment: string | null;
    }>;
  } | null;
  errors: Array<{ field: string | null; code: string; message: string }>;
};

export type RequestPageUpdateMutationVariables = Exact<{
  input: UpdateRequestInput;
}>;

export type RequestPageUpdateMutation = {
  updateRequest: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageLogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;

export type RequestPageLogTimeMutation = {
  logTime: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageSendEstimateMutationVariables = Exact<{
  input: SendEstimateInput;
}>;

export type RequestPageSendEstimateMutation = {
  sendEstimate: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageApproveEstimateMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type RequestPageApproveEstimateMutation = {
  approveEstimate: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageDeclineEstimateMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type RequestPageDeclineEstimateMutation = {
  declineEstimate: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageStartStageMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type RequestPageStartStageMutation = {
  startStage: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageDeliverStageMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type RequestPageDeliverStageMutation = {
  deliverStage: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageAcceptStageMutationVariables = Exact<{
  input: StageStepInput;
}>;

export type RequestPageAcceptStageMutation = {
  acceptStage: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageReturnStageMutationVariables = Exact<{
  input: StageStepInput;
}>;

export type RequestPageReturnStageMutation = {
  returnStage: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageApproveOverrunMutationVariables = Exact<{
  input: StageStepInput;
}>;

export type RequestPageApproveOverrunMutation = {
  approveOverrun: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageWithdrawMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type RequestPageWithdrawMutation = {
  withdrawRequest: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageRejectMutationVariables = Exact<{
  input: RequestStepInput;
}>;

export type RequestPageRejectMutation = {
  rejectRequest: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type RequestPageChangeSupportLineMutationVariables = Exact<{
  input: ChangeSupportLineInput;
}>;

export type RequestPageChangeSupportLineMutation = {
  changeSupportLine: {
    request: {
      id: string;
      number: number;
      status: RequestStatus;
      customerName: string;
      title: string;
      description: string;
      paid: boolean;
      coefficient: string;
      supportLine: number;
      submittedAt: string;
      estimateSentAt: string | null;
      approvedAt: string | null;
      closedAt: string | null;
      queuePosition: number | null;
      expectedStart: string | null;
      actions: Array<RequestAction>;
      rate: { amount: string; currency: string };
      sla: {
        line: number;
        firstResponseDue: string;
        firstResponseUsual: string | null;
        firstRespondedAt: string | null;
        resolutionDueEarliest: string | null;
        resolutionDueLatest: string | null;
        calendarKnown: boolean;
        pausedMinutes: number;
        paused: boolean;
        due: string | null;
        timeLeftMinutes: number | null;
        state: SlaState;
      };
      category: { id: string; path: string; paid: boolean; coefficient: string };
      service: {
        code: string;
        title: string;
        labourMode: LabourMode;
        fixedHours: string | null;
      } | null;
      typicalWork: { id: string; title: string } | null;
      stages: Array<{
        index: number;
        title: string;
        status: StageStatus;
        estimateHours: string;
        estimateNormHours: string;
        actualMinutes: number;
        actualTime: string;
        actualHours: string;
        heldHours: string;
        chargedHours: string | null;
        overrunMinutes: number;
        overrunApproved: boolean;
        startedAt: string | null;
        deliveredAt: string | null;
        acceptedAt: string | null;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string } | null;
      }>;
      totals: {
        estimateHours: string;
        estimateNormHours: string;
        loggedMinutes: number;
        heldHours: string;
        chargedHours: string;
        studyChargedHours: string;
        estimateAmount: { amount: string; currency: string };
        chargedAmount: { amount: string; currency: string };
        studyChargedAmount: { amount: string; currency: string };
      };
      timeEntries: Array<{
        id: string;
        stageIndex: number | null;
        minutes: number;
        note: string | null;
        userEmail: string;
        loggedAt: string;
      }>;
      history: Array<{
        at: string;
        kind: string;
        fromStatus: RequestStatus | null;
        toStatus: RequestStatus;
        stageIndex: number | null;
        actorEmail: string | null;
        actorRole: string | null;
        comment: string | null;
      }>;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
};

export type MyRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type MyRequestsQuery = {
  viewer: {
    user: { email: string; role: Role };
    customer: {
      name: string;
      requests: {
        edges: Array<{
          cursor: string;
          node: {
            id: string;
            number: number;
            title: string;
            status: RequestStatus;
            submittedAt: string;
            queuePosition: number | null;
            expectedStart: string | null;
            rate: { amount: string; currency: string };
            totals: {
              estimateNormHours: string;
              chargedHours: string;
              estimateAmount: { amount: string; currency: string };
              chargedAmount: { amount: string; currency: string };
            };
          };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
};

export type ServicePageQueryVariables = Exact<{
  code: string;
}>;

export type ServicePageQuery = {
  service: {
    code: string;
    title: string;
    summary: string;
    inputs: string;
    result: string;
    scope: Array<string>;
    options: Array<string>;
    labourMode: LabourMode;
    fixedHours: string | null;
    coefficient: string;
    coefficientByCategory: boolean;
    regulationClause: number;
    sample: boolean;
    specialist: { kind: string; title: string };
    attestation: { checks: Array<string>; actions: Array<string>; transferNote: string } | null;
    limits: Array<{ key: string; title: string; max: number }>;
  } | null;
};

export type SupportQueryVariables = Exact<{ [key: string]: never }>;

export type SupportQuery = {
  supportComparison: Array<{
    position: number;
    situation: string;
    basic: string;
    extended: string;
  }>;
  supportLines: Array<{ level: number; title: string; schedule: string; responseTime: string }>;
};

export type SupportLineStatusQueryVariables = Exact<{ [key: string]: never }>;

export type SupportLineStatusQuery = {
  supportLines: Array<{ level: number; openNow: boolean; opensNext: string | null }>;
};

export type WorksQueryVariables = Exact<{ [key: string]: never }>;

export type WorksQuery = {
  sections: Array<{ code: string; parent: string | null; title: string; summary: string }>;
  contentWorks: Array<{
    id: string;
    title: string;
    unit: string;
    hours: string;
    coefficient: string;
    sample: boolean;
  }>;
  configurationWorks: Array<{
    id: string;
    title: string;
    unit: string;
    hours: string;
    coefficient: string;
    sample: boolean;
  }>;
  exampleRequests: Array<{
    id: string;
    section: string;
    text: string;
    hours: string;
    coefficient: string;
    sample: boolean;
    price: { amount: string; currency: string };
  }>;
};

export type TypicalWorkRowFragment = {
  id: string;
  title: string;
  unit: string;
  hours: string;
  coefficient: string;
  sample: boolean;
};

export const DeskRequestRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'due' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskRequestRowFragment, unknown>;
export const RequestDeadlinesFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestDeadlinesFragment, unknown>;
export const RequestPageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageFieldsFragment, unknown>;
export const RequestStepResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestStepResultFragment, unknown>;
export const TypicalWorkRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TypicalWorkRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TypicalWork' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TypicalWorkRowFragment, unknown>;
export const EstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Estimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EstimateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'estimate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'withinLimits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'violations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'excess' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'suggestedServiceCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rounding' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'amount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'listRateSample' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EstimateQuery, EstimateQueryVariables>;
export const EstimatorCategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EstimatorCategories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EstimatorCategoriesQuery, EstimatorCategoriesQueryVariables>;
export const SuggestedServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SuggestedService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestedServiceQuery, SuggestedServiceQueryVariables>;
export const OrderSubjectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrderSubject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withService' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withWorks' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceCode' } },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withService' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'specialistKind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWorks' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withWorks' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderSubjectQuery, OrderSubjectQueryVariables>;
export const OrderFromEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OrderFromEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderFromEstimateMutation, OrderFromEstimateMutationVariables>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const BalanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Balance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rate' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ledger' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'after' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'edges' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'node' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'balanceAfter' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'createdAt' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pageInfo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BalanceQuery, BalanceQueryVariables>;
export const CalendarYearsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CalendarYears' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'businessCalendarYears' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dayCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loadedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const LoadCalendarYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LoadCalendarYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoadBusinessCalendarInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'loadBusinessCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'year' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dayCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'loadedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoadCalendarYearMutation, LoadCalendarYearMutationVariables>;
export const CatalogueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Catalogue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficientByCategory' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'limits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'listRate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'listRateSample' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const CategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Categories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groups' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const CrowdfundingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Crowdfunding' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crowdfundingProjects' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'goalHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pledgedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myPledge' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CrowdfundingQuery, CrowdfundingQueryVariables>;
export const PledgeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Pledge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PledgeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pledge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pledgedHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'myPledge' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PledgeMutation, PledgeMutationVariables>;
export const WithdrawPledgeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawPledge' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WithdrawPledgeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawPledge' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'project' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pledgedHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'myPledge' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawPledgeMutation, WithdrawPledgeMutationVariables>;
export const DeskQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestQueue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sla' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'due' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'estimateAmount' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskQueueQuery, DeskQueueQueryVariables>;
export const DeskRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStatus' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestOrder' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'statuses' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DeskRequestRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeskRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'due' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskRequestsQuery, DeskRequestsQueryVariables>;
export const DeskCustomersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeskCustomers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskCustomersQuery, DeskCustomersQueryVariables>;
export const DeskStartStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskStartStage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startStage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskStartStageMutation, DeskStartStageMutationVariables>;
export const DeskTopUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskTopUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TopUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'topUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskTopUpMutation, DeskTopUpMutationVariables>;
export const DeskAdjustBalanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeskAdjustBalance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdjustBalanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adjustBalance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeskAdjustBalanceMutation, DeskAdjustBalanceMutationVariables>;
export const DevelopmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Development' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'priceExamples' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'typical' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'price' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DevelopmentQuery, DevelopmentQueryVariables>;
export const EstimateChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EstimateChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficientByCategory' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'limits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWorks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EstimateChoicesQuery, EstimateChoicesQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RequestPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequestPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageQuery, RequestPageQueryVariables>;
export const RequestViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequestViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestViewerQuery, RequestViewerQueryVariables>;
export const RequestPageUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageUpdateMutation, RequestPageUpdateMutationVariables>;
export const RequestPageLogTimeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageLogTime' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LogTimeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logTime' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageLogTimeMutation, RequestPageLogTimeMutationVariables>;
export const RequestPageSendEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageSendEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SendEstimateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendEstimate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageSendEstimateMutation,
  RequestPageSendEstimateMutationVariables
>;
export const RequestPageApproveEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageApproveEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveEstimate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageApproveEstimateMutation,
  RequestPageApproveEstimateMutationVariables
>;
export const RequestPageDeclineEstimateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageDeclineEstimate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineEstimate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageDeclineEstimateMutation,
  RequestPageDeclineEstimateMutationVariables
>;
export const RequestPageStartStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageStartStage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startStage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageStartStageMutation, RequestPageStartStageMutationVariables>;
export const RequestPageDeliverStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageDeliverStage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deliverStage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageDeliverStageMutation,
  RequestPageDeliverStageMutationVariables
>;
export const RequestPageAcceptStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageAcceptStage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StageStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptStage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageAcceptStageMutation,
  RequestPageAcceptStageMutationVariables
>;
export const RequestPageReturnStageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageReturnStage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StageStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnStage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageReturnStageMutation,
  RequestPageReturnStageMutationVariables
>;
export const RequestPageApproveOverrunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageApproveOverrun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StageStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveOverrun' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageApproveOverrunMutation,
  RequestPageApproveOverrunMutationVariables
>;
export const RequestPageWithdrawDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageWithdraw' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageWithdrawMutation, RequestPageWithdrawMutationVariables>;
export const RequestPageRejectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageReject' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPageRejectMutation, RequestPageRejectMutationVariables>;
export const RequestPageChangeSupportLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPageChangeSupportLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeSupportLineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeSupportLine' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestStepResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDeadlines' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSla' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'line' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstResponseUsual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstRespondedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueEarliest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionDueLatest' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKnown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pausedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paused' } },
          { kind: 'Field', name: { kind: 'Name', value: 'due' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeLeftMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Request' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'supportLine' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'estimateSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'queuePosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sla' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDeadlines' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'category' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'typicalWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stages' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'actualMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overrunApproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'estimateHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimateNormHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'estimateAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'chargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'studyChargedHours' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'studyChargedAmount' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'loggedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stageIndex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestStepResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'request' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestPageFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestPageChangeSupportLineMutation,
  RequestPageChangeSupportLineMutationVariables
>;
export const MyRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requests' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'after' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'edges' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'node' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'submittedAt' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'queuePosition' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'expectedStart' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'rate' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'amount' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'currency' },
                                              },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'totals' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'estimateNormHours' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'estimateAmount' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'amount' },
                                                    },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'currency' },
                                                    },
                                                  ],
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'chargedHours' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'chargedAmount' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'amount' },
                                                    },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'currency' },
                                                    },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pageInfo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const ServicePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inputs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'result' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                { kind: 'Field', name: { kind: 'Name', value: 'options' } },
                { kind: 'Field', name: { kind: 'Name', value: 'labourMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fixedHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficientByCategory' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regulationClause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'specialist' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attestation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'transferNote' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'limits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicePageQuery, ServicePageQueryVariables>;
export const SupportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Support' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportComparison' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'situation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basic' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extended' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schedule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseTime' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportQuery, SupportQueryVariables>;
export const SupportLineStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SupportLineStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportLines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opensNext' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportLineStatusQuery, SupportLineStatusQueryVariables>;
export const WorksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Works' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'contentWorks' },
            name: { kind: 'Name', value: 'typicalWorks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'section' },
                value: { kind: 'StringValue', value: '4', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TypicalWorkRow' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'configurationWorks' },
            name: { kind: 'Name', value: 'typicalWorks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'section' },
                value: { kind: 'StringValue', value: '5', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TypicalWorkRow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exampleRequests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'price' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TypicalWorkRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TypicalWork' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coefficient' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sample' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorksQuery, WorksQueryVariables>;
