/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query Estimate($input: EstimateInput!) {\n  estimate(input: $input) {\n    hours\n    coefficient\n    chargedHours\n    rate {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    withinLimits\n    violations {\n      key\n      title\n      limit\n      requested\n      excess\n    }\n    suggestedServiceCode\n    lines {\n      title\n      hours\n      coefficient\n      rounding\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n  listRateSample\n}\n\nquery EstimatorCategories {\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n}\n\nquery SuggestedService($code: String!) {\n  service(code: $code) {\n    code\n    title\n  }\n}': typeof types.EstimateDocument;
  'query Viewer {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    errors {\n      code\n      message\n    }\n  }\n}': typeof types.ViewerDocument;
  'query Balance($first: Int!, $after: String) {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n      balance\n      available\n      rate {\n        amount\n        currency\n      }\n      ledger(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            hours\n            balanceAfter\n            reason\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}': typeof types.BalanceDocument;
  'query Catalogue {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  services {\n    code\n    title\n    summary\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    sample\n    limits {\n      key\n      title\n      min\n      max\n    }\n  }\n  listRate {\n    amount\n    currency\n  }\n  listRateSample\n}': typeof types.CatalogueDocument;
  'query Categories {\n  requestCategories {\n    id\n    path\n    title\n    groups\n    paid\n    coefficient\n    supportLine\n  }\n  supportLines {\n    level\n    title\n  }\n}': typeof types.CategoriesDocument;
  'query Crowdfunding {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  crowdfundingProjects {\n    id\n    title\n    summary\n    goalHours\n    pledgedHours\n    status\n    sample\n  }\n}': typeof types.CrowdfundingDocument;
  'query Development {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  priceExamples {\n    id\n    kind\n    title\n    typical\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}': typeof types.DevelopmentDocument;
  'query EstimateChoices {\n  services {\n    code\n    title\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    limits {\n      key\n      title\n      max\n    }\n  }\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n  typicalWorks {\n    id\n    section\n    title\n    unit\n    hours\n    coefficient\n    sample\n  }\n}': typeof types.EstimateChoicesDocument;
  'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    viewer {\n      user {\n        email\n        role\n      }\n      customer {\n        name\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}': typeof types.LoginDocument;
  'query ServicePage($code: String!) {\n  service(code: $code) {\n    code\n    title\n    summary\n    inputs\n    result\n    scope\n    options\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    regulationClause\n    sample\n    specialist {\n      kind\n      title\n    }\n    attestation {\n      checks\n      actions\n      transferNote\n    }\n    limits {\n      key\n      title\n      max\n    }\n  }\n}': typeof types.ServicePageDocument;
  'query Support {\n  supportComparison {\n    position\n    situation\n    basic\n    extended\n  }\n  supportLines {\n    level\n    title\n    schedule\n    responseTime\n  }\n}\n\nquery SupportLineStatus {\n  supportLines {\n    level\n    openNow\n    opensNext\n  }\n}': typeof types.SupportDocument;
  'query Works {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  contentWorks: typicalWorks(section: "4") {\n    ...TypicalWorkRow\n  }\n  configurationWorks: typicalWorks(section: "5") {\n    ...TypicalWorkRow\n  }\n  exampleRequests {\n    id\n    section\n    text\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}\n\nfragment TypicalWorkRow on TypicalWork {\n  id\n  title\n  unit\n  hours\n  coefficient\n  sample\n}': typeof types.WorksDocument;
};
const documents: Documents = {
  'query Estimate($input: EstimateInput!) {\n  estimate(input: $input) {\n    hours\n    coefficient\n    chargedHours\n    rate {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    withinLimits\n    violations {\n      key\n      title\n      limit\n      requested\n      excess\n    }\n    suggestedServiceCode\n    lines {\n      title\n      hours\n      coefficient\n      rounding\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n  listRateSample\n}\n\nquery EstimatorCategories {\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n}\n\nquery SuggestedService($code: String!) {\n  service(code: $code) {\n    code\n    title\n  }\n}':
    types.EstimateDocument,
  'query Viewer {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    errors {\n      code\n      message\n    }\n  }\n}':
    types.ViewerDocument,
  'query Balance($first: Int!, $after: String) {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n      balance\n      available\n      rate {\n        amount\n        currency\n      }\n      ledger(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            hours\n            balanceAfter\n            reason\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}':
    types.BalanceDocument,
  'query Catalogue {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  services {\n    code\n    title\n    summary\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    sample\n    limits {\n      key\n      title\n      min\n      max\n    }\n  }\n  listRate {\n    amount\n    currency\n  }\n  listRateSample\n}':
    types.CatalogueDocument,
  'query Categories {\n  requestCategories {\n    id\n    path\n    title\n    groups\n    paid\n    coefficient\n    supportLine\n  }\n  supportLines {\n    level\n    title\n  }\n}':
    types.CategoriesDocument,
  'query Crowdfunding {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  crowdfundingProjects {\n    id\n    title\n    summary\n    goalHours\n    pledgedHours\n    status\n    sample\n  }\n}':
    types.CrowdfundingDocument,
  'query Development {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  priceExamples {\n    id\n    kind\n    title\n    typical\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}':
    types.DevelopmentDocument,
  'query EstimateChoices {\n  services {\n    code\n    title\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    limits {\n      key\n      title\n      max\n    }\n  }\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n  typicalWorks {\n    id\n    section\n    title\n    unit\n    hours\n    coefficient\n    sample\n  }\n}':
    types.EstimateChoicesDocument,
  'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    viewer {\n      user {\n        email\n        role\n      }\n      customer {\n        name\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}':
    types.LoginDocument,
  'query ServicePage($code: String!) {\n  service(code: $code) {\n    code\n    title\n    summary\n    inputs\n    result\n    scope\n    options\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    regulationClause\n    sample\n    specialist {\n      kind\n      title\n    }\n    attestation {\n      checks\n      actions\n      transferNote\n    }\n    limits {\n      key\n      title\n      max\n    }\n  }\n}':
    types.ServicePageDocument,
  'query Support {\n  supportComparison {\n    position\n    situation\n    basic\n    extended\n  }\n  supportLines {\n    level\n    title\n    schedule\n    responseTime\n  }\n}\n\nquery SupportLineStatus {\n  supportLines {\n    level\n    openNow\n    opensNext\n  }\n}':
    types.SupportDocument,
  'query Works {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  contentWorks: typicalWorks(section: "4") {\n    ...TypicalWorkRow\n  }\n  configurationWorks: typicalWorks(section: "5") {\n    ...TypicalWorkRow\n  }\n  exampleRequests {\n    id\n    section\n    text\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}\n\nfragment TypicalWorkRow on TypicalWork {\n  id\n  title\n  unit\n  hours\n  coefficient\n  sample\n}':
    types.WorksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Estimate($input: EstimateInput!) {\n  estimate(input: $input) {\n    hours\n    coefficient\n    chargedHours\n    rate {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    withinLimits\n    violations {\n      key\n      title\n      limit\n      requested\n      excess\n    }\n    suggestedServiceCode\n    lines {\n      title\n      hours\n      coefficient\n      rounding\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n  listRateSample\n}\n\nquery EstimatorCategories {\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n}\n\nquery SuggestedService($code: String!) {\n  service(code: $code) {\n    code\n    title\n  }\n}',
): (typeof documents)['query Estimate($input: EstimateInput!) {\n  estimate(input: $input) {\n    hours\n    coefficient\n    chargedHours\n    rate {\n      amount\n      currency\n    }\n    total {\n      amount\n      currency\n    }\n    withinLimits\n    violations {\n      key\n      title\n      limit\n      requested\n      excess\n    }\n    suggestedServiceCode\n    lines {\n      title\n      hours\n      coefficient\n      rounding\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n  listRateSample\n}\n\nquery EstimatorCategories {\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n}\n\nquery SuggestedService($code: String!) {\n  service(code: $code) {\n    code\n    title\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Viewer {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    errors {\n      code\n      message\n    }\n  }\n}',
): (typeof documents)['query Viewer {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n    }\n  }\n}\n\nmutation Logout {\n  logout {\n    errors {\n      code\n      message\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Balance($first: Int!, $after: String) {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n      balance\n      available\n      rate {\n        amount\n        currency\n      }\n      ledger(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            hours\n            balanceAfter\n            reason\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query Balance($first: Int!, $after: String) {\n  viewer {\n    user {\n      email\n      role\n    }\n    customer {\n      name\n      balance\n      available\n      rate {\n        amount\n        currency\n      }\n      ledger(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            kind\n            hours\n            balanceAfter\n            reason\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Catalogue {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  services {\n    code\n    title\n    summary\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    sample\n    limits {\n      key\n      title\n      min\n      max\n    }\n  }\n  listRate {\n    amount\n    currency\n  }\n  listRateSample\n}',
): (typeof documents)['query Catalogue {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  services {\n    code\n    title\n    summary\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    sample\n    limits {\n      key\n      title\n      min\n      max\n    }\n  }\n  listRate {\n    amount\n    currency\n  }\n  listRateSample\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Categories {\n  requestCategories {\n    id\n    path\n    title\n    groups\n    paid\n    coefficient\n    supportLine\n  }\n  supportLines {\n    level\n    title\n  }\n}',
): (typeof documents)['query Categories {\n  requestCategories {\n    id\n    path\n    title\n    groups\n    paid\n    coefficient\n    supportLine\n  }\n  supportLines {\n    level\n    title\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Crowdfunding {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  crowdfundingProjects {\n    id\n    title\n    summary\n    goalHours\n    pledgedHours\n    status\n    sample\n  }\n}',
): (typeof documents)['query Crowdfunding {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  crowdfundingProjects {\n    id\n    title\n    summary\n    goalHours\n    pledgedHours\n    status\n    sample\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Development {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  priceExamples {\n    id\n    kind\n    title\n    typical\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}',
): (typeof documents)['query Development {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  priceExamples {\n    id\n    kind\n    title\n    typical\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EstimateChoices {\n  services {\n    code\n    title\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    limits {\n      key\n      title\n      max\n    }\n  }\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n  typicalWorks {\n    id\n    section\n    title\n    unit\n    hours\n    coefficient\n    sample\n  }\n}',
): (typeof documents)['query EstimateChoices {\n  services {\n    code\n    title\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    limits {\n      key\n      title\n      max\n    }\n  }\n  requestCategories {\n    id\n    path\n    title\n    paid\n    coefficient\n  }\n  typicalWorks {\n    id\n    section\n    title\n    unit\n    hours\n    coefficient\n    sample\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    viewer {\n      user {\n        email\n        role\n      }\n      customer {\n        name\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}',
): (typeof documents)['mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    viewer {\n      user {\n        email\n        role\n      }\n      customer {\n        name\n      }\n    }\n    errors {\n      field\n      code\n      message\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ServicePage($code: String!) {\n  service(code: $code) {\n    code\n    title\n    summary\n    inputs\n    result\n    scope\n    options\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    regulationClause\n    sample\n    specialist {\n      kind\n      title\n    }\n    attestation {\n      checks\n      actions\n      transferNote\n    }\n    limits {\n      key\n      title\n      max\n    }\n  }\n}',
): (typeof documents)['query ServicePage($code: String!) {\n  service(code: $code) {\n    code\n    title\n    summary\n    inputs\n    result\n    scope\n    options\n    labourMode\n    fixedHours\n    coefficient\n    coefficientByCategory\n    regulationClause\n    sample\n    specialist {\n      kind\n      title\n    }\n    attestation {\n      checks\n      actions\n      transferNote\n    }\n    limits {\n      key\n      title\n      max\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Support {\n  supportComparison {\n    position\n    situation\n    basic\n    extended\n  }\n  supportLines {\n    level\n    title\n    schedule\n    responseTime\n  }\n}\n\nquery SupportLineStatus {\n  supportLines {\n    level\n    openNow\n    opensNext\n  }\n}',
): (typeof documents)['query Support {\n  supportComparison {\n    position\n    situation\n    basic\n    extended\n  }\n  supportLines {\n    level\n    title\n    schedule\n    responseTime\n  }\n}\n\nquery SupportLineStatus {\n  supportLines {\n    level\n    openNow\n    opensNext\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Works {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  contentWorks: typicalWorks(section: "4") {\n    ...TypicalWorkRow\n  }\n  configurationWorks: typicalWorks(section: "5") {\n    ...TypicalWorkRow\n  }\n  exampleRequests {\n    id\n    section\n    text\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}\n\nfragment TypicalWorkRow on TypicalWork {\n  id\n  title\n  unit\n  hours\n  coefficient\n  sample\n}',
): (typeof documents)['query Works {\n  sections {\n    code\n    parent\n    title\n    summary\n  }\n  contentWorks: typicalWorks(section: "4") {\n    ...TypicalWorkRow\n  }\n  configurationWorks: typicalWorks(section: "5") {\n    ...TypicalWorkRow\n  }\n  exampleRequests {\n    id\n    section\n    text\n    hours\n    coefficient\n    sample\n    price {\n      amount\n      currency\n    }\n  }\n}\n\nfragment TypicalWorkRow on TypicalWork {\n  id\n  title\n  unit\n  hours\n  coefficient\n  sample\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
