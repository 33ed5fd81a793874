/** Text of the estimator page, in one place for a later translation. */
export const messages = {
  title: 'Расчёт цены',
  lead:
    'Выберите услугу, категорию заявки или типовую работу и укажите объём — цена ' +
    'пересчитывается сразу, пока вы печатаете.',
  kind: {
    legend: 'Что рассчитать',
    service: 'Услугу каталога',
    category: 'Заявку по категории',
    typicalWork: 'Типовую работу',
  },
  select: {
    service: 'Услуга',
    category: 'Категория заявки',
    typicalWork: 'Типовая работа',
  },
  serviceOption: (code: string, title: string) => `${code} ${title}`,
  categoryOption: (path: string, k: string) => `${path} (K ${k})`,
  workGroups: { '4': '4. Работа с контентом', '5': '5. Настройка, конфигурирование' } as Record<
    string,
    string
  >,
  freeCategories: 'Категории гарантийной техподдержки бесплатны, поэтому в расчёте их нет.',
  notFound: 'Такого варианта в каталоге нет — выберите из списка.',
  choose: 'Выберите из списка',
  details: {
    labour: 'Трудоёмкость',
    coefficient: 'K',
    unit: 'Единица работы',
    hours: 'Часов на единицу',
    page: 'Описание услуги',
  },
};
