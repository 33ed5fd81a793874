/** Text of a request's deadlines and its state badge, in one place for a later translation. */
export const messages = {
  title: 'Сроки',
  firstResponse: 'Первый ответ',
  usually: 'обычно',
  responded: 'Ответили',
  resolution: 'Решение',
  resolutionBetween: 'от',
  resolutionUntil: 'до',
  resolutionLater: 'Срок назначат вместе с оценкой.',
  paused: 'Часы стояли',
  pausedBusiness: 'рабочего времени',
  pausedClock: 'по часам',
  pausedNone: 'нет',
  pausedNow: 'сейчас стоят: заявка ждёт решения заказчика или пополнения баланса',
  pausedShort: 'часы стоят, ждём заказчика',
  pausedNote:
    'Пока заявка ждёт согласования, приёмки или пополнения баланса, часы останавливаются, ' +
    'и сроки сдвигаются на это время.',
  line: (line: number) => `Линия ${line}`,
  yourTime: 'по вашему времени',
  moscowTime: 'по Москве',
  calendarUnknown:
    'Производственный календарь на этот год ещё не загружен: сроки посчитаны по пятидневке ' +
    'и могут сдвинуться.',
  left: (time: string) => `осталось ${time}`,
  overdue: (time: string) => `просрочено на ${time}`,
  units: { days: 'дн.', hours: 'ч', minutes: 'мин' },
  state: {
    ON_TIME: 'В срок',
    AT_RISK: 'Срок на исходе',
    BREACHED: 'Срок нарушен',
    MET: 'Выполнено в срок',
    NONE: 'Срок не назначен',
  },
};
