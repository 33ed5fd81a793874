/**
 * The `Decimal` scalar: exact decimals as strings with a dot. Input is strict, so a float, an
 * exponent, NaN or a comma never becomes an amount by accident.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

import { Decimal, DecimalFormError, parseDecimal } from '../domain/decimal.js';

const WIRE_FORM = /^-?\d+(\.\d+)?$/;

export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description:
    'An exact decimal as a string with a dot, such as "12.50". Input: a string in that form ' +
    '(at most 12 digits before the dot and 6 after) or a whole number; floats, exponents, ' +
    'NaN and commas are refused.',

  serialize(value) {
    if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
    if (typeof value === 'string' && WIRE_FORM.test(value)) return value;
    throw new GraphQLError(`Decimal cannot represent ${JSON.stringify(value)}`);
  },

  parseValue(value) {
    if (typeof value === 'string') return strictly(() => parseDecimal(value));
    if (typeof value === 'number' && Number.isSafeInteger(value)) {
      return strictly(() => parseDecimal(String(value)));
    }
    if (typeof value === 'number' && Number.isInteger(value)) {
      throw refusal(`${value} is too large: at most 12 digits before the dot`);
    }
    const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'null');
    throw refusal(
      `${shown.slice(0, 40)} is not a decimal: send a string with a dot, as "1.5", ` +
        'or a whole number',
    );
  },

  parseLiteral(ast: ValueNode) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) {
      const text = ast.value;
      return strictly(() => parseDecimal(text));
    }
    if (ast.kind === Kind.FLOAT && /[eE]/.test(ast.value)) {
      throw refusal(`${ast.value} has an exponent: write the number in full, with a dot`);
    }
    if (ast.kind === Kind.FLOAT) {
      throw refusal(`${ast.value} is a float literal: send decimals as strings, as "${ast.value}"`);
    }
    throw refusal('a Decimal is a string with a dot, as "1.5", or a whole number');
  },
});

function strictly(parse: () => Decimal): Decimal {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DecimalFormError) throw refusal(error.message);
    throw error;
  }
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
