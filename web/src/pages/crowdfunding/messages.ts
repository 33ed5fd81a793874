/** Text of the crowdfunding page, in one place for a later translation. */
import type { CrowdfundingStatus } from '../../gql/graphql';

export const messages = {
  title: 'Готовые проекты доработок',
  intro:
    'Проекты уже спроектированы и оценены. Заказчики финансируют их нормо-часами со ' +
    'своего баланса; когда собрана вся сумма, проект уходит в разработку.',
  goal: 'Цель',
  pledged: 'Собрано',
  progress: (pledged: string, goal: string) => `Собрано ${pledged} из ${goal} нормо-часов`,
  hours: (hours: string) => `${hours} н.-ч`,
  status: {
    OPEN: 'Идёт сбор',
    FUNDED: 'Собрано',
    IN_DEVELOPMENT: 'В разработке',
    RELEASED: 'Выпущено',
    CLOSED: 'Закрыто',
  } satisfies Record<CrowdfundingStatus, string>,
  toDevelopment: 'Другие виды доработки и примеры цен',
};
