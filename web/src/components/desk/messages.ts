/** Text of the staff desk's shared pieces, in one place for a later translation. */
export const messages = {
  hoursRequired: 'Укажите число нормо-часов.',
  hoursProblems: {
    notNumber: 'Введите число, например 2,5.',
    zero: 'Нужно ненулевое число часов.',
    negative: 'Здесь только положительное число часов.',
    tooPrecise: 'Не больше двух знаков после запятой: нормо-часы считаются до 0,01.',
    tooLarge: 'Слишком большое число.',
  },
};
