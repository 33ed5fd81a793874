/**
 * A mutation payload's `errors` sorted for a form: those about a field go beside that field,
 * the rest above the button. Known codes read in Russian; others keep the server's message.
 */
import { messages } from './messages';

export interface PayloadError {
  field?: string | null;
  code: string;
  message: string;
}

export interface FormErrors {
  byField: Record<string, string>;
  general: string[];
}

/** The text shown for one error. */
export function errorText({ code, message }: PayloadError): string {
  return messages.errors.byCode[code] ?? message;
}

/** Errors about `fields` go beside them; any other field or none at all is general. */
export function sortPayloadErrors(
  errors: readonly PayloadError[],
  fields: readonly string[],
): FormErrors {
  const sorted: FormErrors = { byField: {}, general: [] };
  for (const error of errors) {
    const field = error.field && fields.includes(error.field) ? error.field : null;
    if (field && !sorted.byField[field]) sorted.byField[field] = errorText(error);
    else sorted.general.push(errorText(error));
  }
  return sorted;
}
