import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DAY_KINDS, type DayKind } from '../domain/business-calendar.js';
import { DateTimeScalar } from '../graphql/date-time.scalar.js';
import { UserError } from '../graphql/user-error.type.js';
import {
  LOADABLE_YEARS,
  MAX_NOTE_LENGTH,
  MAX_SOURCE_LENGTH,
} from './business-calendar.load-input.js';

/** Built from the domain's kinds, so the API, the table and the rules cannot drift apart. */
const CalendarDayKind = Object.fromEntries(DAY_KINDS.map((kind) => [kind, kind])) as {
  [K in DayKind]: K;
};

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'How a date departs from the Monday-Friday week.',
  valuesConfig: {
    HOLIDAY: { description: 'A public holiday (art. 112 of the Labour Code), even on a weekend.' },
    TRANSFERRED_DAY_OFF: { description: 'A weekday off by a transfer decree.' },
    WORKING_DAY: { description: 'A Saturday or Sunday worked by a transfer decree.' },
    SHORTENED_DAY: { description: 'A working day one hour shorter (art. 95): 10:00-17:00.' },
  },
});

export enum CalendarYearOrigin {
  CONTENT_FILE = 'CONTENT_FILE',
  STAFF = 'STAFF',
}

registerEnumType(CalendarYearOrigin, {
  name: 'CalendarYearOrigin',
  description: 'Where a year of the business calendar came from.',
  valuesConfig: {
    CONTENT_FILE: { description: 'The calendar file shipped with the server; updated with it.' },
    STAFF: { description: 'Loaded by a manager; the shipped file never replaces it.' },
  },
});

@ObjectType({ description: 'A year whose dated exceptions the business calendar knows.' })
export class BusinessCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'The decree and articles the year\u2019s days come from.' })
  source!: string;

  @Field(() => Int, { description: 'How many dated exceptions the year lists.' })
  dayCount!: number;

  @Field(() => DateTimeScalar, { description: 'When the year was last written.' })
  loadedAt!: Date;

  @Field(() => CalendarYearOrigin)
  origin!: CalendarYearOrigin;
}

@InputType({ description: 'One date that departs from the Monday-Friday week.' })
export class CalendarDayInput {
  @Field(() => String, { description: 'An ISO date in the year loaded, as "2027-01-08".' })
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: DayKind;

  @Field(() => String, {
    nullable: true,
    description: 'For TRANSFERRED_DAY_OFF only: the day off it replaces, as "2027-01-02".',
  })
  movedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Why the date is special; at most ${MAX_NOTE_LENGTH} characters.`,
  })
  note?: string | null;
}

@InputType({ description: 'A whole year of the business calendar, as its decree sets it.' })
export class LoadBusinessCalendarInput {
  @Field(() => Int, { description: `From ${LOADABLE_YEARS.min} to ${LOADABLE_YEARS.max}.` })
  year!: number;

  @Field(() => String, {
    description:
      'The decree and articles the days come from, as "Постановление Правительства РФ от ' +
      `... № ...; ст. 112 ТК РФ"; at most ${MAX_SOURCE_LENGTH} characters.`,
  })
  source!: string;

  @Field(() => [CalendarDayInput], {
    description:
      'Every dated exception of the year, each date once: at least the 14 public holidays ' +
      'of art. 112, then the transfers, working weekend days and shortened days of the decree.',
  })
  days!: CalendarDayInput[];

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'A year loaded already with the same source and days is a success that changes ' +
      'nothing. With other content it is refused (YEAR_ALREADY_LOADED) unless this is true: ' +
      'then the year is replaced whole, in one transaction, and the shipped file no longer ' +
      'updates it.',
  })
  replace!: boolean;
}

const ERRORS =
  'FORBIDDEN, YEAR_OUT_OF_RANGE, SOURCE_REQUIRED, TOO_LONG, TOO_MANY_DAYS, NO_DAYS, ' +
  'INVALID_DATE, DATE_OUTSIDE_YEAR, DUPLICATE_DATE, KIND_CONTRADICTS_WEEK, ' +
  'KIND_CONTRADICTS_HOLIDAY, MOVED_FROM_NOT_TRANSFER, MISSING_PUBLIC_HOLIDAYS, ' +
  'YEAR_ALREADY_LOADED; `field` names the input at fault, as "days[3].date".';

@ObjectType({ description: 'The year as loaded, or why nothing was stored.' })
export class LoadBusinessCalendarPayload {
  @Field(() => BusinessCalendarYear, { nullable: true, description: 'Null on error.' })
  year!: BusinessCalendarYear | null;

  @Field(() => [UserError], { description: ERRORS })
  errors!: UserError[];
}
