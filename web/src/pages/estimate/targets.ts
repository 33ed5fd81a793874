/**
 * The estimator page's choices, and the address that names one of them: ?serviceCode=2.4,
 * ?categoryId=… or ?typicalWorkId=…, the names of the API's EstimateInput, so that a link to
 * a price can be shared.
 */
import type { LocationQuery } from 'vue-router';

import type { EstimateTarget } from '../../components/estimator/target';
import type { EstimateChoicesQuery } from '../../gql/graphql';

export type TargetKind = EstimateTarget['kind'];

export const QUERY_PARAMS: Record<TargetKind, 'serviceCode' | 'categoryId' | 'typicalWorkId'> = {
  service: 'serviceCode',
  category: 'categoryId',
  typicalWork: 'typicalWorkId',
};

export interface Selection {
  kind: TargetKind;
  id: string | null;
}

/** Which kind and item the address asks for; a service when it names nothing. */
export function selectionFrom(query: LocationQuery): Selection {
  for (const kind of Object.keys(QUERY_PARAMS) as TargetKind[]) {
    const value = query[QUERY_PARAMS[kind]];
    if (typeof value === 'string' && value !== '') return { kind, id: value };
  }
  return { kind: 'service', id: null };
}

export function queryFor(selection: Selection): Record<string, string> {
  return selection.id ? { [QUERY_PARAMS[selection.kind]]: selection.id } : {};
}

type Choices = EstimateChoicesQuery;

/** One loaded item of the kind chosen. */
export type Choice =
  | { kind: 'service'; item: Choices['services'][number] }
  | { kind: 'category'; item: Choices['requestCategories'][number] }
  | { kind: 'typicalWork'; item: Choices['typicalWorks'][number] };

/** The item a selection names (the kind's first one when it names none); null if unknown. */
export function findChoice(choices: Choices, selection: Selection): Choice | null {
  const id = selection.id ?? firstId(choices, selection.kind);

  if (selection.kind === 'service') {
    const item = choices.services.find((s) => s.code === id);
    return item ? { kind: 'service', item } : null;
  }
  if (selection.kind === 'category') {
    // Free categories are never charged, so they are not offered for pricing.
    const item = choices.requestCategories.find((c) => c.id === id && c.paid);
    return item ? { kind: 'category', item } : null;
  }
  const item = choices.typicalWorks.find((w) => w.id === id);
  return item ? { kind: 'typicalWork', item } : null;
}

export function targetOf(choice: Choice): EstimateTarget {
  if (choice.kind === 'category') return { kind: 'category', id: choice.item.id };
  if (choice.kind === 'typicalWork') {
    const { id, hours, unit, sample } = choice.item;
    return { kind: 'typicalWork', id, hours, unit, sample };
  }
  const { code, labourMode, fixedHours, coefficientByCategory, limits } = choice.item;
  return { kind: 'service', code, labourMode, fixedHours, coefficientByCategory, limits };
}

export function firstId(choices: Choices, kind: TargetKind): string | null {
  if (kind === 'service') return choices.services[0]?.code ?? null;
  if (kind === 'category') return choices.requestCategories.find((c) => c.paid)?.id ?? null;
  return choices.typicalWorks[0]?.id ?? null;
}
