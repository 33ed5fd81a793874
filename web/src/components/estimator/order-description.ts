/**
 * The text an order from the estimator starts its description with: what was priced, the hours
 * and the planned course as they were typed, and the price the customer saw. Staff read it when
 * they study the request; the customer may edit it until the estimate.
 */
import { formatDecimal, formatNormHours } from '../../lib/decimal-format';
import { formatMoney, type MoneyValue } from '../../lib/money';
import { NORM_HOURS_UNIT } from '../../lib/norm-hours-text';
import { orderMessages } from './order-messages';

export interface PricedPlan {
  /** What was priced: "Услуга 2.4 «…»". */
  subject: string;
  /** The hours priced, as the API wrote them; null for none. */
  hours: string | null;
  /** Planned course elements with their counts, in the package's order. */
  course: readonly { title: string; count: number }[];
  chargedHours: string;
  total: MoneyValue;
}

export function orderDescription(plan: PricedPlan): string {
  const text = orderMessages.description;
  const lines = [text.heading, `— ${plan.subject}`];
  if (plan.hours !== null) lines.push(`— ${text.hours}: ${formatDecimal(plan.hours)} ч`);
  if (plan.course.length > 0) {
    const items = plan.course.map(({ title, count }) => `${title} — ${count}`);
    lines.push(`— ${text.course}: ${items.join('; ')}`);
  }
  const hours = `${formatNormHours(plan.chargedHours)} ${NORM_HOURS_UNIT}`;
  const price = `${hours}, ${formatMoney(plan.total)}`;
  lines.push(`— ${text.price}: ${price}`);
  return lines.join('\n');
}
