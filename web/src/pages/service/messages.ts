/** Text of a service's page, in one place for a later translation. */
export const messages = {
  catalogue: 'Каталог',
  breadcrumbs: 'Навигация по каталогу',
  facts: {
    labour: 'Трудоёмкость',
    coefficient: 'Коэффициент K',
    byCategory: 'по категории заявки (без категории — 1)',
    specialist: 'Исполнитель',
    clause: 'Основание',
    clauseText: (clause: number) => `п. ${clause} Регламента`,
  },
  toEstimate: 'Рассчитать цену',
  inputs: 'Что предоставляет Заказчик',
  result: 'Результат',
  scope: 'Что входит в работу',
  options: 'Дополнительные опции',
  attestation: {
    heading: 'Аттестация',
    checks: 'Проверка',
    actions: 'Что делается по итогам проверки',
    transfer: 'Перенос на новый сервер',
  },
  limits: {
    heading: 'Пределы курса',
    description:
      'Сколько элементов курса входит в пакет. Проверить свой план можно в расчёте ниже.',
    item: 'Позиция',
    max: 'Не более',
  },
  estimator: (code: string) => `Расчёт цены услуги ${code}`,
  unknown: {
    title: 'Услуга не найдена',
    text: (code: string) => `В каталоге нет услуги с номером «${code}».`,
  },
};
