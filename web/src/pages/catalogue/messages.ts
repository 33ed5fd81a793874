/** Text of the catalogue page, in one place for a later translation. */
export const messages = {
  title: 'Каталог платных сервисов',
  lead:
    'Регламентированные сервисы, доработка, работа с контентом и настройка СЭО 3KL. ' +
    'Цена любой работы — нормо-часы × K × стоимость нормо-часа.',
  rate: 'Стоимость нормо-часа расширенной техподдержки',
  estimate: 'Рассчитать цену',
  card: {
    labour: 'Трудоёмкость',
    coefficient: 'K',
    byCategory: 'по категории заявки',
    limits: (count: number) => `Пределы курса: ${count} позиций`,
    range: (min: number | null, max: number) => (min ? `${min}–${max}` : `до ${max}`),
    more: 'Подробнее',
  },
  sectionLinkLabels: {
    '4': 'Типовые работы с контентом и примеры заявок',
    '5': 'Типовые работы по настройке',
  } as Record<string, string>,
};

/** Where each section of the document beyond the services is described in the app. */
export const sectionLinks: Record<string, string> = {
  '3.1': '/crowdfunding',
  '3.2': '/development#integration',
  '3.3': '/development#modification',
  '3.4': '/development#new-module',
  '4': '/works#content',
  '5': '/works#configuration',
};
