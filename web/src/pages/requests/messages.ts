/** Text of the customer's list of requests, in one place for a later translation. */
import { NORM_HOURS_UNIT } from '../../lib/norm-hours-text';

export const messages = {
  title: 'Мои заявки',
  lead: 'Заявки вашей организации: статус, место в очереди, оценка и списанные нормо-часы.',
  needLogin: 'Заявки видит представитель организации-заказчика. Войдите, чтобы их увидеть.',
  staffOnly: 'У сотрудников нет своих заявок: заявки всех заказчиков — на пульте.',
  desk: 'Открыть пульт',
  empty:
    'Заявок пока нет. Выберите услугу или типовую работу в каталоге, рассчитайте цену и ' +
    'закажите её в один шаг.',
  toCatalogue: 'Перейти в каталог',
  number: (number: number) => `№ ${number}`,
  submitted: 'подана',
  queue: (position: number) => `${position}-я в очереди`,
  expectedStart: 'начало ожидается',
  estimate: 'Оценка',
  charged: 'Списано',
  noEstimate: 'ещё нет',
  normHoursUnit: NORM_HOURS_UNIT,
};
