import { describe, expect, it } from 'vitest';

import { orderDescription } from './order-description';

describe('orderDescription', () => {
  it('writes what was priced, the hours, the course plan and the price as text', () => {
    const text = orderDescription({
      subject: 'Услуга 2.4 «Разработка прототипа»',
      hours: '1.50',
      course: [
        { title: 'Тематические секции', count: 12 },
        { title: 'Тесты', count: 4 },
      ],
      chargedHours: '0.9',
      total: { amount: '2250.00', currency: 'RUB' },
    });

    expect(text.split('\n')).toEqual([
      'Из расчёта цены:',
      '— Услуга 2.4 «Разработка прототипа»',
      '— часы работы: 1,5 ч',
      '— планируемый курс: Тематические секции — 12; Тесты — 4',
      '— оценка: 0,90 н·ч, 2\u00a0250,00\u00a0₽',
    ]);
  });

  it('leaves out what was not given', () => {
    const text = orderDescription({
      subject: 'Категория «Разработчик»',
      hours: null,
      course: [],
      chargedHours: '1',
      total: { amount: '2500', currency: 'RUB' },
    });

    expect(text.split('\n')).toHaveLength(3);
  });
});
