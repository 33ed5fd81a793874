/** Text of the typical works page, in one place for a later translation. */
export const messages = {
  title: 'Типовые работы',
  lead:
    'Работы с контентом и по настройке системы, которые заказывают чаще всего, с единицей ' +
    'объёма и трудоёмкостью. Цена — часы × K × стоимость нормо-часа.',
  table: {
    work: 'Работа',
    unit: 'Единица',
    hours: 'Трудоёмкость',
    coefficient: 'K',
    estimate: 'Цена',
  },
  hoursValue: (hours: string) => `${hours}\u00a0ч`,
  estimate: 'Рассчитать',
  estimateLabel: (title: string) => `Рассчитать цену: ${title}`,
  examples: {
    heading: 'Примеры заявок на работу с контентом',
    hours: 'Трудоёмкость',
    coefficient: 'K',
    price: 'Цена',
  },
};

/** The document's sections of typical works and the anchors the catalogue links to. */
export const workSections = [
  { code: '4', anchor: 'content', field: 'contentWorks' },
  { code: '5', anchor: 'configuration', field: 'configurationWorks' },
] as const;
