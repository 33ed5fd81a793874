/** Text of ordering from the estimator, in one place for a later translation. */
export const orderMessages = {
  heading: 'Заказать',
  lead: 'Заявка уйдёт специалистам 3KL: они изучат её и пришлют смету на согласование.',
  title: 'Название заявки',
  category: 'Категория заявки',
  categoryHint: 'От категории зависят K и линия поддержки.',
  categoryAbove: 'Чтобы заказать, выберите категорию заявки выше: от неё зависят K и цена.',
  otherK: (k: string, priced: string) =>
    `С этой категорией K ${k}, а цена выше рассчитана с K ${priced}: итог будет другим.`,
  paidGroup: 'Платные',
  freeGroup: 'Без оплаты (гарантийная поддержка)',
  option: (title: string, k: string) => `${title} — K ${k}`,
  submit: 'Заказать',
  busy: 'Создаём заявку…',
  login: 'Войдите, чтобы заказать',
  loginLead: 'Заказ оформляет представитель организации-заказчика.',
  titleRequired: 'Название не может быть пустым.',
  failed: 'Заявку создать не удалось.',
  unreachable: 'Сервер не ответил. Нажмите «Заказать» ещё раз: заявка не создастся дважды.',
  subject: {
    service: (code: string, title: string) => `Услуга ${code} «${title}»`,
    typicalWork: (title: string) => `Типовая работа «${title}»`,
    category: (path: string) => `Категория «${path}»`,
  },
  description: {
    heading: 'Из расчёта цены:',
    hours: 'часы работы',
    course: 'планируемый курс',
    price: 'оценка',
  },
};
