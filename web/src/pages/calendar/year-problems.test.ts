import { describe, expect, it } from 'vitest';

import { parseCalendarLines } from './calendar-lines';
import { sortYearProblems } from './year-problems';

describe('the problems of a year not loaded', () => {
  const { days } = parseCalendarLines('2027-01-01 HOLIDAY\n\n2027-01-01 HOLIDAY\n2027-01-09 X');

  it('put each day error on its pasted line, the list-wide ones first', () => {
    const sorted = sortYearProblems(
      [
        { field: 'days[1].date', code: 'DUPLICATE_DATE', message: '2027-01-01 appears twice' },
        { field: 'days', code: 'MISSING_PUBLIC_HOLIDAYS', message: 'missing: 2027-01-02' },
      ],
      days,
    );

    expect(sorted.rows.map((row) => [row.line?.line ?? null, row.code])).toEqual([
      [null, 'MISSING_PUBLIC_HOLIDAYS'],
      [3, 'DUPLICATE_DATE'],
    ]);
    expect(sorted.rows[1]).toMatchObject({
      line: { line: 3, text: '2027-01-01 HOLIDAY' },
      text: 'Эта дата уже есть выше: каждая дата — один раз.',
      detail: '2027-01-01 appears twice',
    });
  });

  it('keep the year and the source beside their fields, in Russian with the server words', () => {
    const sorted = sortYearProblems(
      [
        { field: 'year', code: 'YEAR_OUT_OF_RANGE', message: 'not 1999' },
        { field: 'source', code: 'SOURCE_REQUIRED', message: 'Cite the decree.' },
        { field: null, code: 'SOMETHING_NEW', message: 'new rule' },
      ],
      days,
    );

    expect(sorted.year).toBe('Год — от 2000 до 2100. Ответ сервера: not 1999');
    expect(sorted.source).toMatch(/^Укажите постановление.*Cite the decree\.$/);
    expect(sorted.rows).toEqual([
      { line: null, code: 'SOMETHING_NEW', text: 'Сервер отказал.', detail: 'new rule' },
    ]);
  });
});
