/** What the request's parts read off the request as the page loaded it. */
import type { RequestTerms } from '../../components/request/request-price';
import type { RequestPageFieldsFragment } from '../../gql/graphql';

export type RequestView = RequestPageFieldsFragment;
export type StageView = RequestView['stages'][number];

/** K, the rate and whether the work is paid: what every price of the request needs. */
export function termsOf(request: RequestView): RequestTerms {
  return { coefficient: request.coefficient, rate: request.rate.amount, paid: request.paid };
}

/** A service of fixed labour charges its estimate, whatever time is logged. */
export function fixedLabour(request: RequestView): boolean {
  return request.paid && request.service?.labourMode === 'FIXED';
}

export function stageIn(request: RequestView, status: StageView['status']): StageView | null {
  return request.stages.find((stage) => stage.status === status) ?? null;
}
