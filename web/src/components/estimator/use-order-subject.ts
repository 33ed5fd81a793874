import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';

import { OrderSubjectDocument } from '../../gql/graphql';
import { orderedCategories, type OrderSubject } from './order-category';
import { orderMessages as text } from './order-messages';
import type { EstimateTarget } from './target';

/** What is ordered, with the line that names it in the request's description. */
export type NamedSubject = OrderSubject & { line: string };

/**
 * What an order from the estimator is for (the service, typical work or category priced, with
 * its title, K and kind of specialist) and the request categories to choose from, paid first.
 * Asked only once the viewer may order.
 */
export function useOrderSubject(target: () => EstimateTarget, enabled: () => boolean) {
  const { result } = useQuery(
    OrderSubjectDocument,
    () => {
      const priced = target();
      return {
        serviceCode: priced.kind === 'service' ? priced.code : '',
        withService: priced.kind === 'service',
        withWorks: priced.kind === 'typicalWork',
      };
    },
    () => ({ enabled: enabled() }),
  );

  const categories = computed(() => orderedCategories(result.value?.requestCategories ?? []));
  const subject = computed<NamedSubject | null>(() => {
    const priced = target();
    if (priced.kind === 'service') {
      const service = result.value?.service;
      return service
        ? { ...service, line: text.subject.service(service.code, service.title) }
        : null;
    }
    if (priced.kind === 'typicalWork') {
      const work = result.value?.typicalWorks?.find((w) => w.id === priced.id);
      return work
        ? { ...work, specialistKind: null, line: text.subject.typicalWork(work.title) }
        : null;
    }
    const category = categories.value.find((c) => c.id === priced.id);
    return category
      ? { ...category, specialistKind: null, line: text.subject.category(category.path) }
      : null;
  });

  return { categories, subject };
}
