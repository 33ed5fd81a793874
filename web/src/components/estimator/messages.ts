/** Text of the live estimator, in one place for a later translation. */
import type { InputProblem } from '../../lib/decimal-input';

export const messages = {
  heading: 'Расчёт цены',
  hours: {
    label: 'Часы работы',
    placeholder: 'например, 1,5',
    hint: 'дробные — через запятую',
    typicalWorkHint: (hours: string, unit: string) => `по умолчанию ${hours} ч за «${unit}»`,
    missing: 'Укажите часы работы — цена появится сразу.',
  },
  fixedHours: (hours: string) =>
    `Трудоёмкость услуги фиксированная: ${hours} ч. Цена не зависит от затраченного времени.`,
  hoursProblems: {
    notNumber: 'Введите число, например 1,5',
    negative: 'Часы не могут быть отрицательными',
    notWhole: 'Введите число, например 1,5',
    tooPrecise: 'Не больше шести знаков после запятой',
    tooLarge: 'Слишком большое число часов',
  } satisfies Record<InputProblem, string>,
  countProblems: {
    notNumber: 'Введите целое число, например 3',
    negative: 'Количество не может быть отрицательным',
    notWhole: 'Нужно целое число',
    tooPrecise: 'Нужно целое число',
    tooLarge: 'Слишком большое число',
  } satisfies Record<InputProblem, string>,
  fixProblems: 'Исправьте отмеченные поля — цена появится сразу.',
  course: {
    legend: 'Планируемый курс',
    description:
      'Укажите, сколько элементов нужно. Пустые поля не учитываются; рядом — предел пакета.',
    max: (max: number) => `не более ${max}`,
    excess: (excess: number) => `больше предела на ${excess}`,
  },
  category: {
    label: 'Категория заявки',
    none: 'Без категории (K 1)',
    option: (title: string, k: string) => `${title} — K ${k}`,
    hint: 'K берётся из категории заявки',
  },
  result: {
    heading: 'Цена',
    calculating: 'Считаем…',
    updating: 'Пересчитываем…',
    hoursUnit: 'ч',
    chargedHours: 'Нормо-часов к списанию',
    total: 'Итого',
    rate: 'Стоимость нормо-часа',
  },
  violations: {
    heading: (code: string) => `План выходит за пределы пакета услуги ${code}`,
    caption: 'Превышения',
    item: 'Позиция',
    limit: 'Предел',
    requested: 'В плане',
    excess: 'Сверх пакета',
    priceNote: (code: string) =>
      `Цена рассчитана по услуге ${code}; работа сверх пакета в неё не входит.`,
    suggestion: 'Для такого курса подходит услуга',
    noSuggestion: 'Ни один из пакетов каталога не вмещает такой план целиком.',
  },
  serverError: {
    heading: 'Сервер не смог рассчитать цену',
    unreachable: 'Сервер не отвечает. Проверьте подключение и повторите расчёт.',
    retry: 'Повторить',
  },
};
