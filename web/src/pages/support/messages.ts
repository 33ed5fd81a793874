/** Text of the support comparison page, in one place for a later translation. */
export const messages = {
  title: 'Базовая и расширенная техподдержка',
  lead:
    'Что делает базовая техническая поддержка, входящая в тариф, и что — расширенная, ' +
    'которая оплачивается нормо-часами по фактическому времени.',
  extendedService: 'Расширенная техподдержка — услуга 2.9',
  comparison: {
    heading: 'Как поддержка решает типичные задачи',
    situation: 'Ситуация',
    basic: 'Базовая поддержка',
    extended: 'Расширенная поддержка',
  },
  lines: {
    heading: 'Линии поддержки',
    schedule: 'Когда работает',
    responseTime: 'Срок обработки',
    timeZone: 'Время — московское.',
  },
};
