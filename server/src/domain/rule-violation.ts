/**
 * A request that breaks a rule of the domain. It names the input field at fault and a code, so
 * the API layer can answer with a readable error instead of a failure of the server.
 */
export class RuleViolation extends Error {
  override name = 'RuleViolation';

  constructor(
    readonly code: string,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** Input that no rule could make sense of: a bad value, a missing one, an unknown reference. */
export function badInput(field: string | null, message: string): RuleViolation {
  return new RuleViolation('BAD_USER_INPUT', field, message);
}
