import { formatDecimal } from '../lib/decimal-format';
import type { LabourMode } from '../gql/graphql';
import { messages } from './messages';

/** How a service's labour reads: "10 ч", "по фактическому времени", "по отдельному договору". */
export function labourText(service: { labourMode: LabourMode; fixedHours: string | null }): string {
  if (service.labourMode === 'CONTRACT') return messages.labour.contract;
  if (service.labourMode === 'ACTUAL_TIME' || service.fixedHours === null) {
    return messages.labour.actualTime;
  }
  return messages.labour.fixedHours(formatDecimal(service.fixedHours));
}
