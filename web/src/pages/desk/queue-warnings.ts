/** What the queue warns staff of above its table: requests past their deadline or near it. */
import type { SlaState } from '../../gql/graphql';
import { messages } from './messages';

/** "Сроки в очереди: 2 просрочены, 1 под угрозой."; null when every deadline is safe. */
export function queueWarning(states: readonly SlaState[]): string | null {
  const breached = states.filter((state) => state === 'BREACHED').length;
  const atRisk = states.filter((state) => state === 'AT_RISK').length;
  if (breached === 0 && atRisk === 0) return null;
  return messages.queue.warnings(
    breached > 0 ? messages.queue.breached(breached) : null,
    atRisk > 0 ? messages.queue.atRisk(atRisk) : null,
  );
}
