/** Text of the app's frame and of shared components, in one place for a later translation. */
export const messages = {
  productName: 'Платные сервисы СЭО 3KL',
  skipToContent: 'Перейти к содержимому',
  navLabel: 'Разделы',
  menu: 'Меню',
  account: {
    login: 'Войти',
    logout: 'Выйти',
    loggedInAs: 'Вы вошли как',
  },
  session: {
    ended: 'Сессия закончилась.',
    login: 'Войти снова',
  },
  nav: {
    catalogue: 'Каталог',
    estimate: 'Расчёт цены',
    support: 'Техподдержка',
    categories: 'Категории заявок',
    development: 'Доработка',
    crowdfunding: 'Краудфандинг',
    works: 'Типовые работы',
    requests: 'Мои заявки',
    balance: 'Баланс',
    desk: 'Пульт',
  },
  footer: {
    source:
      'Сведения каталога взяты из документа «Платные сервисы и расширенная техническая ' +
      'поддержка» СЭО 3KL.',
    samples: 'Цифры с пометкой «пример» — ориентировочные: специалисты заменят их действующими.',
  },
  sample: {
    badge: 'пример',
    explanation:
      'Это пример: в исходном документе этих данных нет. Специалисты 3KL заменят их ' +
      'действующими.',
  },
  loading: 'Загружаем…',
  loadFailed: 'Не удалось загрузить данные.',
  unreachable: 'Сервер не отвечает. Проверьте подключение и попробуйте ещё раз.',
  retry: 'Повторить',
  more: 'Показать ещё',
  notFound: {
    title: 'Страница не найдена',
    text: 'Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.',
    toCatalogue: 'Перейти в каталог',
  },
  labour: {
    actualTime: 'по фактическому времени',
    contract: 'по отдельному договору',
    fixedHours: (hours: string) => `${hours} ч`,
  },
  hoursUnit: 'ч',
  pageTitle: (page: string) => `${page} — Платные сервисы СЭО 3KL`,
};
