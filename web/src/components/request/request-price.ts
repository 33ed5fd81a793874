/**
 * Norm-hours and money of a request's work, worked out in the browser exactly as the server
 * does (DESIGN.md, "Money and hours"), to show a price before it is confirmed: hours x K
 * rounded once to 0.01, minutes x K / 60 rounded once, money at the request's rate rounded once
 * to kopecks. Work under warranty costs nothing.
 */
import {
  multiplyDivideRounded,
  multiplyRounded,
  subtractDecimals,
  sumDecimals,
} from '../../lib/decimal-arithmetic';

export interface RequestTerms {
  coefficient: string;
  rate: string;
  paid: boolean;
}

export interface Price {
  normHours: string;
  amount: string;
}

function priceOf(normHours: string, terms: RequestTerms): Price {
  const amount = terms.paid ? multiplyRounded(normHours, terms.rate, 2) : '0.00';
  return { normHours, amount };
}

/** A stage's estimate: its hours x K, and that at the rate. */
export function estimatePrice(hours: string, terms: RequestTerms): Price {
  return priceOf(multiplyRounded(hours, terms.coefficient, 2), terms);
}

/** An estimate's total: the stages' norm-hours added, the money rounded once from them. */
export function totalPrice(stageNormHours: readonly string[], terms: RequestTerms): Price {
  return priceOf(sumDecimals(['0.00', ...stageNormHours]), terms);
}

/** What logged minutes are charged: minutes x K / 60 rounded once (C3), then the money. */
export function minutesPrice(minutes: number, terms: RequestTerms): Price {
  return priceOf(multiplyDivideRounded(String(minutes), terms.coefficient, 60, 2), terms);
}

/** How much more `actual` is than `estimate`, in norm-hours and money. */
export function priceAbove(actual: Price, estimate: Price): Price {
  return {
    normHours: subtractDecimals(actual.normHours, estimate.normHours),
    amount: subtractDecimals(actual.amount, estimate.amount),
  };
}
