/**
 * The `DateTime` scalar: an instant as an ISO-8601 (RFC 3339) date-time with an offset. Input
 * without an offset is refused rather than read in the server's time zone, which would make the
 * same text mean another instant on another machine.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTime } from 'luxon';

const RFC_3339 =
  /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const FORM = 'an ISO-8601 date-time with an offset, as "2025-10-24T19:30:00+03:00"';

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant as an ISO-8601 (RFC 3339) date-time with an offset, such as ' +
    '"2025-10-24T19:30:00+03:00" or "2025-10-24T16:30:00Z". Output is always in UTC with ' +
    'milliseconds ("2025-10-27T15:00:00.000Z"); input past milliseconds is cut to them.',

  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },

  parseValue(value) {
    if (typeof value !== 'string') throw refusal(`${JSON.stringify(value)} is not ${FORM}`);
    return parseInstant(value);
  },

  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw refusal(`a DateTime is a string: ${FORM}`);
    return parseInstant(ast.value);
  },
});

function parseInstant(text: string): Date {
  if (!RFC_3339.test(text)) throw refusal(`"${text}" is not ${FORM}`);

  // The pattern takes "2025-02-30"; the calendar does not.
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid) throw refusal(`"${text}" is not a real date and time`);
  return parsed.toJSDate();
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
