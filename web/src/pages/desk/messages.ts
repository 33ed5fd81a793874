/** Text of the staff desk, in one place for a later translation. */
import type { RequestOrder } from '../../gql/graphql';
import { plural } from '../../lib/plural';
import type { QueueOrder } from './queue-order';

export const messages = {
  title: 'Пульт',
  lead: 'Очередь заявок, все заявки клиентов и балансы нормо-часов — для сотрудников 3KL.',
  needLogin: 'Пульт — рабочее место сотрудников 3KL. Войдите под учётной записью сотрудника.',
  login: 'Войти',
  staffOnly: 'Этот раздел только для сотрудников 3KL. Ваши заявки и баланс организации — в разделе',
  toBalance: '«Баланс»',
  tabsLabel: 'Разделы пульта',
  calendar: 'Производственный календарь',
  calendarNote: 'годы, по которым считаются сроки, и загрузка нового года',
  tabs: { queue: 'Очередь', requests: 'Все заявки', customers: 'Клиенты' },
  requestNumber: (number: number) => `№\u00a0${number}`,
  queue: {
    caption: 'Очередь заявок: первой пришла — первой начата, по времени согласования',
    lead:
      'Согласованные заявки по времени согласования оценки клиентом. Начало работы ' +
      'резервирует оценку первого этапа на балансе клиента. Строки с нарушенным сроком ' +
      'красные, со сроком на исходе — жёлтые. Работа начинается в порядке очереди; ' +
      '«По сроку» показывает, что горит.',
    empty: 'Очередь пуста: согласованных заявок, ждущих начала работы, нет.',
    orderLabel: 'Показать',
    orders: [
      { value: 'FIFO', label: 'В порядке очереди' },
      { value: 'DEADLINE', label: 'По сроку' },
    ] satisfies { value: QueueOrder; label: string }[],
    columns: {
      position: 'Место',
      number: 'Заявка',
      title: 'Тема и клиент',
      estimate: 'Оценка',
      approvedAt: 'Согласована',
      expectedStart: 'Ожидаемое начало',
      deadline: 'Срок',
      next: 'Следующий шаг',
    },
    warnings: (breached: string | null, atRisk: string | null) =>
      `Сроки в очереди: ${[breached, atRisk].filter(Boolean).join(', ')}.`,
    breached: (n: number) => `${n} ${plural(n, 'просрочена', 'просрочены', 'просрочено')}`,
    atRisk: (n: number) => `${n} под угрозой`,
    start: 'Начать',
    startLabel: (number: number) => `Начать работу по заявке № ${number}`,
    starting: 'Начинаем…',
    open: 'Открыть заявку',
    started: (number: number) =>
      `Заявка № ${number} взята в работу: первый этап начат, его оценка зарезервирована ` +
      'на балансе клиента.',
    suspended: (number: number) =>
      `Заявка № ${number} приостановлена: доступных нормо-часов клиента не хватает на ` +
      'первый этап. Она ушла из очереди и возобновится сама, как только баланс пополнят.',
    refused: (number: number) => `Заявку № ${number} начать не удалось.`,
  },
  requests: {
    captions: {
      NEWEST: 'Заявки клиентов, новые сверху',
      DEADLINE: 'Заявки клиентов по сроку: ближайший сверху, без срока внизу',
    } satisfies Record<RequestOrder, string>,
    filterLabel: 'Статус',
    allStatuses: 'Все',
    openStatuses: 'Открытые',
    orderLabel: 'Порядок',
    orders: [
      { value: 'NEWEST', label: 'Сначала новые' },
      { value: 'DEADLINE', label: 'По сроку' },
    ] satisfies { value: RequestOrder; label: string }[],
    empty: 'Заявок с такими статусами нет.',
    columns: {
      number: 'Заявка',
      customer: 'Клиент',
      title: 'Тема',
      status: 'Статус',
      submittedAt: 'Подана',
      supportLine: 'Линия',
      deadline: 'Срок',
      hours: 'Оценка / списано',
    },
    line: (line: number) => `${line}-я`,
    free: 'гарантия',
    noEstimate: '—',
  },
  customers: {
    caption: 'Клиенты и их нормо-часы',
    lead: 'Баланс — все нормо-часы на счёте; доступно — баланс за вычетом резервов начатых этапов.',
    empty: 'Клиентов пока нет.',
    columns: { name: 'Клиент', balance: 'Баланс', available: 'Доступно', action: '' },
    choose: 'Пополнить или скорректировать',
    movesHeading: 'Пополнение и корректировка',
    movesLead:
      'Пополнение добавляет купленные нормо-часы; корректировка исправляет баланс в любую ' +
      'сторону и всегда с основанием. Повторная отправка той же формы часы второй раз не ' +
      'проведёт.',
    managerOnly: 'Пополнять и корректировать балансы может только менеджер.',
    customer: 'Клиент',
    topUp: {
      heading: 'Пополнить',
      hours: 'Нормо-часы',
      hoursHint: 'например, 2,5',
      reason: 'Основание',
      reasonHint: 'необязательно: номер счёта или договора',
      submit: 'Пополнить',
      done: (name: string, hours: string, balance: string, available: string) =>
        `Баланс «${name}» пополнен на ${hours}: теперь ${balance}, доступно ${available}.`,
      resumed:
        'Приостановленные заявки клиента возобновляются сами, если новый остаток покрывает их ' +
        'следующий этап; очередь и список заявок загрузятся заново.',
    },
    adjust: {
      heading: 'Скорректировать',
      hours: 'Нормо-часы со знаком',
      hoursHint: 'например, −1,5 или 2',
      reason: 'Основание',
      reasonRequired: 'Укажите основание корректировки.',
      submit: 'Скорректировать',
      done: (name: string, hours: string, balance: string, available: string) =>
        `Баланс «${name}» скорректирован на ${hours}: теперь ${balance}, доступно ${available}.`,
    },
    sending: 'Отправляем…',
  },
  errors: {
    unreachable:
      'Сервер не ответил. Проверьте подключение и отправьте ещё раз: дважды не проведём.',
    byCode: {
      INSUFFICIENT_BALANCE: 'Доступных нормо-часов клиента на это не хватает.',
      NO_BASIC_SUPPORT: 'У клиента нет базовой техподдержки: расширенную без неё не пополнить.',
      FORBIDDEN: 'У вас нет на это прав.',
      NOT_FOUND: 'Клиент или заявка не найдены: обновите страницу.',
      INVALID_STATE: 'Заявка уже в другом состоянии: список обновлён.',
      IDEMPOTENCY_KEY_REUSED: 'Эта отправка уже была с другими данными: отправьте форму ещё раз.',
    } as Record<string, string>,
  },
};
