import { describe, expect, it } from 'vitest';

import { DAY_KINDS, lineOfField, parseCalendarLines } from './calendar-lines';

describe('pasted calendar lines', () => {
  it('read a date, a kind and a note from each line', () => {
    const { days, problems } = parseCalendarLines(
      '2027-01-01 HOLIDAY Новогодние каникулы\n2027-02-20 WORKING_DAY\n',
    );

    expect(problems).toEqual([]);
    expect(days.map((d) => d.day)).toEqual([
      { date: '2027-01-01', kind: 'HOLIDAY', movedFrom: null, note: 'Новогодние каникулы' },
      { date: '2027-02-20', kind: 'WORKING_DAY', movedFrom: null, note: null },
    ]);
  });

  it('take the replaced day of a transfer right after its kind, and any kind in lower case', () => {
    const { days } = parseCalendarLines('2027-05-10\ttransferred_day_off  2027-01-02 с субботы');

    expect(days[0]?.day).toEqual({
      date: '2027-05-10',
      kind: 'TRANSFERRED_DAY_OFF',
      movedFrom: '2027-01-02',
      note: 'с субботы',
    });
  });

  it('skip blank and # lines, keeping the line numbers of the text', () => {
    const { days } = parseCalendarLines('# 2027\n\n  2027-01-07 HOLIDAY  \r\n2027-03-08 HOLIDAY');

    expect(days.map((d) => [d.line, d.text])).toEqual([
      [3, '2027-01-07 HOLIDAY'],
      [4, '2027-03-08 HOLIDAY'],
    ]);
  });

  it('say which lines do not start with a date and a known kind', () => {
    const { days, problems } = parseCalendarLines(
      '01.01.2027 HOLIDAY\n2027-01-02\n2027-01-03 PUBLIC_HOLIDAY\n2027-01-04 HOLIDAY',
    );

    expect(problems).toEqual([
      { line: 1, text: '01.01.2027 HOLIDAY', problem: 'date' },
      { line: 2, text: '2027-01-02', problem: 'kind' },
      { line: 3, text: '2027-01-03 PUBLIC_HOLIDAY', problem: 'kind' },
    ]);
    expect(days.map((d) => d.line)).toEqual([4]);
  });

  it('know every kind of the API', () => {
    expect([...DAY_KINDS].sort()).toEqual([
      'HOLIDAY',
      'SHORTENED_DAY',
      'TRANSFERRED_DAY_OFF',
      'WORKING_DAY',
    ]);
  });
});

describe('the line of a payload error', () => {
  const { days } = parseCalendarLines('# дни\n2027-01-01 HOLIDAY\n\n2027-01-01 HOLIDAY повтор');

  it('maps days[i] to the line the i-th day was typed on', () => {
    expect(lineOfField('days[1].date', days)).toEqual({
      line: 4,
      text: '2027-01-01 HOLIDAY повтор',
    });
    expect(lineOfField('days[0].kind', days)?.line).toBe(2);
  });

  it('is none for the year, the source, the whole list or a day not sent', () => {
    for (const field of ['year', 'source', 'days', null, 'days[7].date']) {
      expect(lineOfField(field, days)).toBeNull();
    }
  });
});
