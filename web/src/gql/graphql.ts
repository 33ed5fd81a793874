/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CrowdfundingStatus = 'CLOSED' | 'FUNDED' | 'IN_DEVELOPMENT' | 'OPEN' | 'RELEASED';

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

/** Integration (3.2), modification (3.3) or a new module (3.4). */
export type PriceExampleKind = 'INTEGRATION' | 'MODIFICATION' | 'NEW_MODULE';

/** What a user may do. */
export type Role =
  /** Represents one customer organisation: sees only its own data. */
  | 'CUSTOMER'
  /** Vendor staff who also manage balances and the queue. */
  | 'MANAGER'
  /** Vendor staff who estimate and carry out requests. */
  | 'SPECIALIST';

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
  }>;
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CrowdfundingQuery, CrowdfundingQueryVariables>;
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
