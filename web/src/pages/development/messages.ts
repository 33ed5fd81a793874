/** Text of the development page, in one place for a later translation. */
import type { PriceExampleKind } from '../../gql/graphql';

export const messages = {
  title: 'Доработка СЭО 3KL',
  crowdfunding: 'Готовые проекты доработок (Crowdfunding)',
  crowdfundingLink: 'Посмотреть проекты, открытые для финансирования',
  table: {
    caption: (title: string) => `Примеры цен: ${title}`,
    example: 'Пример',
    kind: 'Вид',
    hours: 'Нормо-часы',
    price: 'Цена',
    typical: 'типовая',
    nonTypical: 'нетиповая',
  },
  priceNote: 'Цена примера — нормо-часы × K × стоимость нормо-часа.',
};

/** The document's section of each kind, and the anchor the catalogue links to. */
export const kinds: { kind: PriceExampleKind; section: string; anchor: string }[] = [
  { kind: 'INTEGRATION', section: '3.2', anchor: 'integration' },
  { kind: 'MODIFICATION', section: '3.3', anchor: 'modification' },
  { kind: 'NEW_MODULE', section: '3.4', anchor: 'new-module' },
];
