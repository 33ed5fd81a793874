/** Text of the staff desk's shared pieces, in one place for a later translation. */
export const messages = {
  moscowTime: 'МСК',
  yourZone: (zone: string) => `по вашему времени (${zone})`,
  statuses: {
    NEW: 'Новая',
    ESTIMATING: 'Оценивается',
    AWAITING_APPROVAL: 'Ждёт согласования',
    QUEUED: 'В очереди',
    IN_PROGRESS: 'В работе',
    AWAITING_ACCEPTANCE: 'Ждёт приёмки',
    SUSPENDED: 'Приостановлена',
    COMPLETED: 'Выполнена',
    DECLINED: 'Оценка не принята',
    WITHDRAWN: 'Отозвана',
    REJECTED: 'Отклонена',
  },
  sla: {
    states: {
      ON_TIME: 'В срок',
      AT_RISK: 'Срок близко',
      BREACHED: 'Срок нарушен',
      MET: 'Выполнена в срок',
      NONE: 'Без срока',
    } as Record<string, string>,
    left: (span: string) => `осталось ${span}`,
    overdue: (span: string) => `просрочено на ${span}`,
    paused: 'часы стоят, ждём клиента',
  },
  hoursRequired: 'Укажите число нормо-часов.',
  hoursProblems: {
    notNumber: 'Введите число, например 2,5.',
    zero: 'Нужно ненулевое число часов.',
    negative: 'Здесь только положительное число часов.',
    tooPrecise: 'Не больше двух знаков после запятой: нормо-часы считаются до 0,01.',
    tooLarge: 'Слишком большое число.',
  },
};
