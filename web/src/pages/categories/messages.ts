/** Text of the request categories page, in one place for a later translation. */
export const messages = {
  title: 'Категории заявок',
  lead:
    'Категории, которые заказчик выбирает в клиентском портале. Категория определяет, ' +
    'платная ли заявка, её коэффициент K и линию поддержки, которая её обрабатывает.',
  asteriskNote: 'Звёздочкой отмечены категории так же, как в портале.',
  paid: 'платная',
  free: 'бесплатная',
  coefficient: (k: string) => `K ${k}`,
  line: (title: string) => title,
  lineFallback: (level: number) => `Линия ${level}`,
  estimate: 'Рассчитать',
  estimateLabel: (title: string) => `Рассчитать цену заявки в категории «${title}»`,
};
