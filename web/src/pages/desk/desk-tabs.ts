/** The desk's tabs, addressed by `?tab=` so that each can be linked to and reloaded. */
import type { LocationQueryValue } from 'vue-router';

export const DESK_TABS = ['queue', 'requests', 'customers'] as const;

export type DeskTab = (typeof DESK_TABS)[number];

/** The tab a `?tab=` value names; the queue when it names none. */
export function deskTab(value: LocationQueryValue | LocationQueryValue[] | undefined): DeskTab {
  const name = Array.isArray(value) ? value[0] : value;
  return DESK_TABS.find((tab) => tab === name) ?? 'queue';
}
