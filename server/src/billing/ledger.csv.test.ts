import { describe, expect, it } from 'vitest';

import { Decimal } from '../domain/decimal.js';
import { ledgerCsv } from './ledger.csv.js';

describe('ledger CSV', () => {
  it('starts with the BOM, uses ; and a decimal comma, Moscow time, quotes where needed', () => {
    const csv = ledgerCsv([
      {
        id: 'a',
        seq: '1',
        kind: 'TOP_UP',
        hours: new Decimal('40'),
        balanceAfter: new Decimal('40'),
        reason: 'Пакет; "весна"',
        requestId: null,
        requestNumber: null,
        createdAt: new Date('2026-01-31T21:30:00Z'),
      },
    ]);
    expect(Buffer.from(csv).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Дата (МСК);Операция;Нормо-часы;Баланс после;Основание');
    expect(lines[1]).toBe('01.02.2026 00:30:00;Пополнение;40,00;40,00;"Пакет; ""весна"""');
  });
});
