/** Text of the balance page, in one place for a later translation. */
import { NORM_HOURS_UNIT } from '../../lib/norm-hours-text';

export const messages = {
  title: 'Баланс',
  lead: 'Нормо-часы расширенной техподдержки на счёте организации и все их движения.',
  balance: 'Баланс',
  available: 'Доступно',
  availableHint: 'баланс за вычетом часов, зарезервированных под начатые этапы',
  rate: 'Ставка по договору',
  perHour: 'за нормо-час',
  hoursUnit: NORM_HOURS_UNIT,
  ledger: 'Движения по счёту',
  csv: 'Скачать CSV',
  empty: 'Движений пока не было.',
  caption: 'Движения нормо-часов по счёту, новые сверху',
  reserve: 'резерв',
  reserveLegend: 'Резерв не меняет баланс, он уменьшает доступные часы.',
  columns: {
    date: 'Дата (МСК)',
    kind: 'Операция',
    hours: 'Нормо-часы',
    balanceAfter: 'Баланс после',
    reason: 'Основание',
  },
  kinds: {
    TOP_UP: 'Пополнение',
    HOLD: 'Резерв',
    RELEASE: 'Снятие резерва',
    CHARGE: 'Списание',
    ADJUSTMENT: 'Корректировка',
  } as Record<string, string>,
  needLogin: 'Баланс виден представителю организации-заказчика. Войдите, чтобы его увидеть.',
  staffOnly: 'У сотрудников нет своего баланса: он есть у организаций-заказчиков.',
};
