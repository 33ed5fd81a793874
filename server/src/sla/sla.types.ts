import { Field, ObjectType } from 'type-graphql';

import { DateTimeScalar } from '../graphql/date-time.scalar.js';

@ObjectType({
  description:
    'The deadlines of a request on a support line, on the Moscow business calendar. Line 1: ' +
    'all due 24 clock hours after submission. Line 2: resolution within 1-3 full business ' +
    'days, first response with the earliest. Line 3: first response within 3 full business ' +
    'days (usually 1); the resolution deadline is set by staff with the estimate.',
})
export class SlaDeadline {
  @Field(() => DateTimeScalar, { description: 'When the first response is due.' })
  firstResponseDue!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Line 3: when the first response usually comes (end of the 1st business day).',
  })
  firstResponseUsual!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The earliest the request is resolved; null where staff set it (line 3).',
  })
  resolutionDueEarliest!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The resolution deadline that counts for a breach; null where staff set it.',
  })
  resolutionDueLatest!: Date | null;

  @Field(() => Boolean, {
    description:
      'False when a year the deadlines run through has no calendar loaded: they are ' +
      'computed from the Monday-Friday week alone and may move when it is loaded.',
  })
  calendarKnown!: boolean;
}
