/**
 * The ledger as a CSV for a spreadsheet with a Russian locale (case C10): UTF-8 with a byte-order
 * mark so Excel reads Cyrillic right, `;` between fields and a decimal comma, dates in Moscow time.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import type { RequestHandler } from 'express';
import { DateTime } from 'luxon';

import type { AuthService } from '../auth/auth.service.js';
import { sessionCookie } from '../auth/session-cookie.js';
import { formatAmount, type Decimal } from '../domain/decimal.js';
import type { LedgerKind } from '../domain/ledger.js';
import type { LedgerRow, LedgerService } from './ledger.service.js';

export const BOM = '\uFEFF';

const KIND_RU: Record<LedgerKind, string> = {
  TOP_UP: 'Пополнение',
  HOLD: 'Резерв',
  RELEASE: 'Снятие резерва',
  CHARGE: 'Списание',
  ADJUSTMENT: 'Корректировка',
};

const HEADER = ['Дата (МСК)', 'Операция', 'Нормо-часы', 'Баланс после', 'Основание'];

/** The CSV text of entries given oldest first. */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const records = rows.map((row) => [
    DateTime.fromJSDate(row.createdAt, { zone: 'Europe/Moscow' }).toFormat('dd.MM.yyyy HH:mm:ss'),
    KIND_RU[row.kind],
    decimalComma(row.hours),
    decimalComma(row.balanceAfter),
    row.reason ?? '',
  ]);
  return BOM + stringify([HEADER, ...records], { delimiter: ';', record_delimiter: 'windows' });
}

function decimalComma(value: Decimal): string {
  return formatAmount(value).replace('.', ',');
}

/** `GET /export/ledger.csv`: the logged-in customer's own ledger; 401 for anyone else. */
export function ledgerCsvHandler(orm: MikroORM, auth: AuthService, ledger: LedgerService) {
  const handler: RequestHandler = async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const session = sessionCookie(req, res);
      const viewer = session.token ? await auth.resolve(em, session.token) : null;
      const customer = viewer?.user.customer;
      if (!customer) {
        res.status(401).type('text/plain').send('Log in as a customer to download the ledger.');
        return;
      }
      const rows = await ledger.entries(em, customer.id, 1_000_000, null);
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', 'attachment; filename="ledger.csv"')
        .setHeader('cache-control', 'no-store')
        .send(ledgerCsv(rows.reverse()));
    } catch (error) {
      next(error);
    }
  };
  return handler;
}
