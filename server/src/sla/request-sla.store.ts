/**
 * Reads what a request's service levels follow from beyond its row: line 3's resolution days and
 * the history. The requests a GraphQL request asks about in one tick are read in one query, so a
 * desk page of a hundred requests costs one round trip, not a hundred.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { isStaff, type Role } from '../domain/access.js';
import type { RequestStatus } from '../domain/request-lifecycle.js';
import type { SlaEvent } from '../domain/request-sla.js';

export interface SlaHistory {
  resolutionBusinessDays: number | null;
  history: SlaEvent[];
}

interface Row {
  id: string;
  resolution_business_days: number | null;
  at: string | Date | null;
  kind: string | null;
  to_status: RequestStatus | null;
  role: Role | null;
}

interface Batch {
  ids: Set<string>;
  histories: Promise<Map<string, SlaHistory>>;
}

/** One open batch per ORM context, that is per GraphQL request. */
const openBatches = new WeakMap<EntityManager, Batch>();

export class RequestSlaStore {
  /** The request's history for its service levels; undefined when there is no such request. */
  history(em: EntityManager, requestId: string): Promise<SlaHistory | undefined> {
    let batch = openBatches.get(em);
    if (!batch) {
      const ids = new Set<string>();
      // Resolvers of one list run in the same tick: the read waits for the rest of them.
      const histories = new Promise((resolve) => setImmediate(resolve)).then(() => {
        openBatches.delete(em);
        return this.histories(em, [...ids]);
      });
      batch = { ids, histories };
      openBatches.set(em, batch);
    }
    batch.ids.add(requestId);
    return batch.histories.then((histories) => histories.get(requestId));
  }

  /**
   * The histories of the requests `ids` names, in one query however many: the ids go as one
   * array, so a list of thousands (the desk ordered by deadline) makes no statement of thousands.
   */
  async histories(em: EntityManager, ids: readonly string[]): Promise<Map<string, SlaHistory>> {
    const rows = await em.execute<Row[]>(
      `select r."id", r."resolution_business_days", e."at", e."kind", e."to_status", u."role"
       from "request" r
         left join "request_event" e on e."request_id" = r."id"
         left join "app_user" u on u."id" = e."actor_id"
       where r."id" = any(?::uuid[])
       order by r."id", e."seq"`,
      [`{${ids.join(',')}}`],
    );

    const histories = new Map<string, SlaHistory>();
    for (const row of rows) {
      let entry = histories.get(row.id);
      if (!entry) {
        entry = { resolutionBusinessDays: row.resolution_business_days, history: [] };
        histories.set(row.id, entry);
      }
      if (row.at === null || row.kind === null || row.to_status === null) continue;
      entry.history.push({
        at: new Date(row.at),
        kind: row.kind,
        toStatus: row.to_status,
        byStaff: row.role !== null && isStaff(row.role),
      });
    }
    return histories;
  }
}
