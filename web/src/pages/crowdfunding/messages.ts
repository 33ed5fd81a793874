/** Text of the crowdfunding page, in one place for a later translation. */
import type { CrowdfundingStatus } from '../../gql/graphql';
import type { HoursProblem } from '../../lib/norm-hours-input';
import { NORM_HOURS_UNIT } from '../../lib/norm-hours-text';

export const messages = {
  title: 'Готовые проекты доработок',
  intro:
    'Проекты уже спроектированы и оценены. Заказчики финансируют их нормо-часами со ' +
    'своего баланса; когда собрана вся сумма, проект уходит в разработку.',
  rules:
    'Обещанные часы резервируются на балансе. Когда проект соберёт цель, зарезервированные ' +
    'часы всех участников списываются; последнее обещание берётся только до цели. Пока сбор ' +
    'идёт, обещание можно отозвать, а если проект закроют без сбора, резерв вернётся.',
  goal: 'Цель',
  pledged: 'Собрано',
  progress: (pledged: string, goal: string) => `Собрано ${pledged} из ${goal} нормо-часов`,
  hours: (hours: string) => `${hours} ${NORM_HOURS_UNIT}`,
  status: {
    OPEN: 'Идёт сбор',
    FUNDED: 'Собрано',
    IN_DEVELOPMENT: 'В разработке',
    RELEASED: 'Выпущено',
    CLOSED: 'Закрыто',
  } satisfies Record<CrowdfundingStatus, string>,
  toDevelopment: 'Другие виды доработки и примеры цен',

  available: 'Доступно на балансе',
  needLogin: 'Поддержать проект нормо-часами может представитель заказчика:',
  login: 'войдите',
  myPledge: 'Ваше обещание',
  myCharge: 'Списано с вашего баланса',
  pledgeField: 'Пообещать нормо-часов',
  pledgeHint: 'Например, 2,5',
  pledge: 'Пообещать',
  withdraw: 'Отозвать обещание',
  pledgedDone: (total: string) => `Готово: ваше обещание — ${total} ${NORM_HOURS_UNIT}.`,
  withdrawnDone: 'Обещание отозвано, часы вернулись в доступный остаток.',
  hoursProblem: {
    empty: 'Введите число нормо-часов.',
    notNumber: 'Введите число, например 2,5.',
    negative: 'Число нормо-часов не может быть отрицательным.',
    zero: 'Пообещать можно больше нуля нормо-часов.',
    tooPrecise: 'Не больше двух знаков после запятой: нормо-часы считаются до 0,01.',
    tooLarge: 'Слишком большое число нормо-часов.',
  } satisfies Record<HoursProblem | 'empty', string>,
  /** Server refusals a person can act on; other codes show the server's own message. */
  refusals: {
    INSUFFICIENT_BALANCE: 'На балансе не хватает доступных нормо-часов.',
    INVALID_STATE: 'Проект уже не принимает обещания: обновите страницу.',
    NOT_FOUND: 'Обещания или проекта уже нет: обновите страницу.',
  } as Record<string, string | undefined>,
  unreachable: 'Сервер не ответил. Проверьте связь и нажмите ещё раз: повтор не спишет дважды.',
};
