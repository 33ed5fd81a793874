/** Text of a request's shared pieces (its status, an instant), in one place for a translation. */
import type { RequestStatus } from '../../gql/graphql';

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
  } satisfies Record<RequestStatus, string>,
};
