/**
 * Reads of crowdfunding projects and pledges, as plain rows with exact decimals. A project's
 * pledged hours are its content's sample figure plus the pledges that count (held or charged).
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { LocalizedText } from '../catalogue/content/content.schema.js';
import { COUNTED_PLEDGES, type ProjectStatus } from '../domain/crowdfunding.js';
import { Decimal } from '../domain/decimal.js';

export interface ProjectRow {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  goalHours: Decimal;
  pledgedHours: Decimal;
  status: ProjectStatus;
  sample: boolean;
  retired: boolean;
  /** The given customer's counted pledge (0 when none); null when no customer was given. */
  myPledge: Decimal | null;
}

export interface PledgeRow {
  id: string;
  customerId: string;
  hours: Decimal;
}

interface RawProject {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  goal_hours: string;
  sample_pledged_hours: string;
  status: ProjectStatus;
  sample: boolean;
  retired_at: string | Date | null;
  pledged: string;
  mine: string;
}

const COUNTED = COUNTED_PLEDGES.map((status) => `'${status}'`).join(', ');

const SELECT_PROJECTS = `select p."id", p."title", p."summary", p."goal_hours",
    p."sample_pledged_hours", p."status", p."sample", p."retired_at",
    coalesce(sum(g."hours") filter (where g."status" in (${COUNTED})), 0) as "pledged",
    coalesce(sum(g."hours") filter (where g."status" in (${COUNTED})
      and g."customer_id" = ?::uuid), 0) as "mine"
  from "crowdfunding_project" p
  left join "crowdfunding_pledge" g on g."project_id" = p."id"`;

export class CrowdfundingStore {
  /** The projects on offer, in the content's order; retired ones are left out. */
  async projects(em: EntityManager, customerId: string | null): Promise<ProjectRow[]> {
    const rows = await em.execute<RawProject[]>(
      `${SELECT_PROJECTS} where p."retired_at" is null
       group by p."id" order by p."position"`,
      [customerId],
    );
    return rows.map((row) => projectOf(row, customerId));
  }

  /** One project by id, retired or not; null when there is none. */
  async project(
    em: EntityManager,
    id: string,
    customerId: string | null,
  ): Promise<ProjectRow | null> {
    const rows = await em.execute<RawProject[]>(
      `${SELECT_PROJECTS} where p."id" = ? group by p."id"`,
      [customerId, id],
    );
    return rows[0] ? projectOf(rows[0], customerId) : null;
  }

  /** Locks the project's row for this transaction; false when there is no such project. */
  async lockProject(tx: EntityManager, id: string): Promise<boolean> {
    const rows = await tx.execute<{ id: string }[]>(
      'select "id" from "crowdfunding_project" where "id" = ? for update',
      [id],
    );
    return rows.length > 0;
  }

  /** Active pledges of a project, by customer id: the order their accounts are locked in. */
  async activePledges(tx: EntityManager, projectId: string): Promise<PledgeRow[]> {
    const rows = await tx.execute<{ id: string; customer_id: string; hours: string }[]>(
      `select "id", "customer_id", "hours" from "crowdfunding_pledge"
       where "project_id" = ? and "status" = 'ACTIVE' order by "customer_id"`,
      [projectId],
    );
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      hours: new Decimal(row.hours),
    }));
  }
}

function projectOf(row: RawProject, customerId: string | null): ProjectRow {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    goalHours: new Decimal(row.goal_hours),
    pledgedHours: new Decimal(row.sample_pledged_hours).plus(row.pledged),
    status: row.status,
    sample: row.sample,
    retired: row.retired_at !== null,
    myPledge: customerId ? new Decimal(row.mine) : null,
  };
}
