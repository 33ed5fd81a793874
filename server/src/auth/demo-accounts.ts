/**
 * The demo organisation and its three users, so that a new user of `npm start` can log in at
 * once as each role. Created once: a second start finds them and changes nothing.
 */
import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { LedgerService } from '../billing/ledger.service.js';
import { ListRateEntity } from '../catalogue/entities/index.js';
import type { Role } from '../domain/access.js';
import { Decimal } from '../domain/decimal.js';
import { CURRENCY } from '../domain/money.js';
import type { Logger } from '../logger.js';
import { hashPassword } from './auth.service.js';
import { CustomerEntity, UserEntity } from './entities/index.js';

export const DEMO_PASSWORD = 'demo';

/** A fixed id: the demo customer is found again, not created twice. */
const DEMO_CUSTOMER_ID = '00000000-0000-4000-8000-00000000d370';

const DEMO_TOP_UP_KEY = 'demo-initial-top-up';
const DEMO_TOP_UP_HOURS = '40.00';

const DEMO_USERS: { email: string; role: Role }[] = [
  { email: 'customer@example.com', role: 'CUSTOMER' },
  { email: 'specialist@example.com', role: 'SPECIALIST' },
  { email: 'manager@example.com', role: 'MANAGER' },
];

export async function createDemoAccounts(em: EntityManager, log: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    const now = new Date();
    let customer = await tx.findOne(CustomerEntity, { id: DEMO_CUSTOMER_ID });
    customer ??= tx.create(CustomerEntity, {
      id: DEMO_CUSTOMER_ID,
      name: 'Демо-университет',
      rate: (await tx.findOneOrFail(ListRateEntity, { currency: CURRENCY })).amount,
      basicSupport: true,
      createdAt: now,
    });
    customer.basicSupport = true;

    const existing = await tx.find(UserEntity, { email: DEMO_USERS.map((u) => u.email) });
    const known = new Set(existing.map((u) => u.email));
    for (const { email, role } of DEMO_USERS.filter((u) => !known.has(u.email))) {
      tx.create(UserEntity, {
        id: randomUUID(),
        email,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        role,
        customer: role === 'CUSTOMER' ? customer : null,
        createdAt: now,
      });
    }
  });

  // 40 extended-support norm-hours, once: the idempotency key makes a restart move nothing.
  const manager = await em.findOneOrFail(UserEntity, { email: 'manager@example.com' });
  await new LedgerService().move(em, {
    customerId: DEMO_CUSTOMER_ID,
    mutation: 'topUp',
    idempotencyKey: DEMO_TOP_UP_KEY,
    kind: 'TOP_UP',
    hours: new Decimal(DEMO_TOP_UP_HOURS),
    reason: 'Демо: пакет расширенной поддержки',
    actorId: manager.id,
    requireBasicSupport: true,
  });

  log.info(
    { accounts: DEMO_USERS.map((u) => u.email), password: DEMO_PASSWORD },
    `demo accounts: ${DEMO_USERS.map((u) => u.email).join(', ')} (password "${DEMO_PASSWORD}")`,
  );
}
