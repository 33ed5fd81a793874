import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RuleViolation } from '../domain/rule-violation.js';
import type { GraphQLContext } from '../graphql/context.js';
import { UserError } from '../graphql/user-error.type.js';
import type { BusinessCalendarLoader } from './business-calendar.loader.js';
import type { BusinessCalendarService, CalendarYearSummary } from './business-calendar.service.js';
import {
  BusinessCalendarYear,
  CalendarYearOrigin,
  LoadBusinessCalendarInput,
  LoadBusinessCalendarPayload,
} from './business-calendar.types.js';

/** Which years the business calendar knows, for anyone; loading a new one, for a manager. */
@Resolver()
export class BusinessCalendarResolver {
  constructor(
    private readonly calendars: BusinessCalendarService,
    private readonly loader: BusinessCalendarLoader,
  ) {}

  @Query(() => [BusinessCalendarYear], {
    description:
      'The years whose holidays and transfers are loaded, oldest first. Deadlines in any ' +
      'other year follow the Monday-Friday week and say so (calendarKnown: false).',
  })
  async businessCalendarYears(@Ctx() { em }: GraphQLContext): Promise<BusinessCalendarYear[]> {
    return (await this.calendars.years(em)).map(yearOf);
  }

  @Mutation(() => LoadBusinessCalendarPayload, {
    description:
      'Loads a whole year of the business calendar from its decree (MANAGER only): every ' +
      'day is checked first, and the year is stored whole or not at all.',
  })
  async loadBusinessCalendar(
    @Ctx() { em, viewer, log }: GraphQLContext,
    @Arg('input', () => LoadBusinessCalendarInput) input: LoadBusinessCalendarInput,
  ): Promise<LoadBusinessCalendarPayload> {
    if (!viewer) throw new RuleViolation('UNAUTHENTICATED', null, 'Log in first.');
    if (viewer.user.role !== 'MANAGER') {
      const error = UserError.of('FORBIDDEN', null, 'Only a manager loads the business calendar.');
      return payload(null, [error]);
    }

    const outcome = await this.loader.load(em, {
      year: input.year,
      source: input.source,
      days: input.days.map((day) => ({
        date: day.date,
        kind: day.kind,
        movedFrom: day.movedFrom ?? null,
        note: day.note ?? null,
      })),
      replace: input.replace,
    });
    if (outcome.written) {
      // Deadlines move with it: the log says who changed the calendar and when.
      log.info({ year: input.year, userId: viewer.user.id }, 'business calendar year loaded');
    }
    const errors = outcome.errors.map((e) => UserError.of(e.code, e.field, e.message));
    return payload(outcome.year && yearOf(outcome.year), errors);
  }
}

function yearOf(summary: CalendarYearSummary): BusinessCalendarYear {
  const { loadedByStaff, ...fields } = summary;
  const origin = loadedByStaff ? CalendarYearOrigin.STAFF : CalendarYearOrigin.CONTENT_FILE;
  return Object.assign(new BusinessCalendarYear(), { ...fields, origin });
}

function payload(
  year: BusinessCalendarYear | null,
  errors: UserError[],
): LoadBusinessCalendarPayload {
  return Object.assign(new LoadBusinessCalendarPayload(), { year, errors });
}
