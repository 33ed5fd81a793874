/**
 * Crowdfunding's moves of hours, each in one transaction. A pledge holds hours on the customer's
 * account; the pledge that reaches the goal funds the project, and every active pledge is then
 * released and charged in that same transaction; a withdrawal or a manager's closing releases.
 *
 * Locks: the project's row first, then the customers' accounts in the order of their ids. The
 * project lock queues every move on one project, so its pledges cannot change underneath; the
 * account order keeps two projects funded at once from waiting on each other. Nothing else locks
 * a project, and nothing that holds an account lock waits for a second account, so this order
 * cannot cross the ledger's own (account first, then that customer's rows).
 */
import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import {
  appendEntry,
  argumentsHashOf,
  lockAccount,
  recallKey,
  rememberKey,
  type LockedAccount,
} from '../billing/account-ledger.js';
import type { OnCredit } from '../billing/ledger.service.js';
import {
  checkPledgeHours,
  hoursMissing,
  hoursTaken,
  isStatusStep,
  requireOpen,
  type ProjectStatus,
} from '../domain/crowdfunding.js';
import type { Decimal } from '../domain/decimal.js';
import { RuleViolation } from '../domain/rule-violation.js';
import type { CrowdfundingStore, ProjectRow } from './crowdfunding.store.js';
import { recallProjectKey, rememberProjectKey } from './project-keys.js';

/** Who acts: a customer's representative pledges, a manager closes and moves projects on. */
export interface CrowdfundingActor {
  userId: string;
  role: string;
  customerId: string | null;
}

/** What a move answers, and what a retry with the same key answers again. */
export interface MoveResult {
  projectId: string;
}

/** What a move works with inside its transaction, every lock it needs already held. */
interface Locked {
  tx: EntityManager;
  project: ProjectRow;
  accounts: Map<string, LockedAccount>;
  actor: CrowdfundingActor;
  now: Date;
}

export class CrowdfundingService {
  /** `onRelease` lets requests waiting for hours resume when a pledge's hold comes back. */
  constructor(
    private readonly store: CrowdfundingStore,
    private readonly onRelease: OnCredit | null = null,
  ) {}

  /**
   * The customer pledges `hours`: a hold on its available hours, added to its active pledge. The
   * pledge that reaches the goal is taken only up to it, and funds the project.
   */
  async pledge(
    em: EntityManager,
    actor: CrowdfundingActor,
    projectId: string,
    hours: Decimal,
    idempotencyKey: string,
  ): Promise<MoveResult> {
    const customerId = requireCustomer(actor);
    checkPledgeHours(hours);
    const scope = { customerId, mutation: 'pledge', key: idempotencyKey };
    const argumentsHash = argumentsHashOf({ projectId, hours: hours.toFixed(2) });

    return em.transactional(async (tx) => {
      const locked = await this.lock(tx, actor, projectId, true);
      const earlier = await recallKey<MoveResult>(tx, scope, argumentsHash);
      if (earlier) return earlier;
      if (locked.project.retired) throw notFound();
      requireOpen(locked.project.status, 'pledge');

      const { goalHours, pledgedHours, title } = locked.project;
      const missing = hoursMissing(goalHours, pledgedHours);
      const taken = hoursTaken(hours, missing);
      if (!taken.isZero()) {
        await appendEntry(
          tx,
          locked.accounts.get(customerId)!,
          {
            kind: 'HOLD',
            hours: taken,
            reason: `Краудфандинг «${title.ru}»: обещано`,
            actorId: actor.userId,
            crowdfundingProjectId: projectId,
          },
          locked.now,
        );
        await this.addToPledge(locked, customerId, taken);
      }
      if (taken.equals(missing)) await this.fund(locked);

      const result: MoveResult = { projectId };
      await rememberKey(tx, scope, argumentsHash, result, locked.now);
      return result;
    });
  }

  /** The customer takes its pledge back while the project is open: the hold is released. */
  async withdraw(
    em: EntityManager,
    actor: CrowdfundingActor,
    projectId: string,
    idempotencyKey: string,
  ): Promise<MoveResult> {
    const customerId = requireCustomer(actor);
    const scope = { customerId, mutation: 'withdrawPledge', key: idempotencyKey };
    const argumentsHash = argumentsHashOf({ projectId });

    return em.transactional(async (tx) => {
      const locked = await this.lock(tx, actor, projectId, false);
      const earlier = await recallKey<MoveResult>(tx, scope, argumentsHash);
      if (earlier) return earlier;
      requireOpen(locked.project.status, 'withdraw');

      const pledges = await this.store.activePledges(tx, projectId);
      const pledge = pledges.find((p) => p.customerId === customerId);
      if (!pledge) {
        throw new RuleViolation('NOT_FOUND', 'projectId', 'There is no pledge to withdraw.');
      }
      await this.settle(locked, [pledge], 'WITHDRAWN', 'обещание отозвано');

      const result: MoveResult = { projectId };
      await rememberKey(tx, scope, argumentsHash, result, locked.now);
      return result;
    });
  }

  /** A manager closes a project that was not funded: every hold on it is released. */
  async close(
    em: EntityManager,
    actor: CrowdfundingActor,
    projectId: string,
    idempotencyKey: string,
  ): Promise<MoveResult> {
    requireManager(actor);
    const scope = { projectId, mutation: 'closeCrowdfundingProject', key: idempotencyKey };
    const argumentsHash = argumentsHashOf({ projectId });

    return em.transactional(async (tx) => {
      const locked = await this.lock(tx, actor, projectId, true);
      const earlier = await recallProjectKey<MoveResult>(tx, scope, argumentsHash);
      if (earlier) return earlier;
      requireOpen(locked.project.status, 'close');

      const pledges = await this.store.activePledges(tx, projectId);
      await this.settle(locked, pledges, 'RELEASED', 'проект закрыт');
      await this.setStatus(locked, 'CLOSED');

      const result: MoveResult = { projectId };
      await rememberProjectKey(tx, scope, argumentsHash, result, locked.now);
      return result;
    });
  }

  /** A manager moves a funded project on: into development, then released. */
  async moveOn(
    em: EntityManager,
    actor: CrowdfundingActor,
    projectId: string,
    status: ProjectStatus,
  ): Promise<MoveResult> {
    requireManager(actor);
    return em.transactional(async (tx) => {
      const locked = await this.lock(tx, actor, projectId, false);
      if (isStatusStep(locked.project.status, status)) await this.setStatus(locked, status);
      return { projectId };
    });
  }

  /**
   * Locks the project, then the accounts a move may touch, by customer id: the actor's own, and
   * with `pledgers` those of every active pledge (a pledge may fund, a closing releases them).
   */
  private async lock(
    tx: EntityManager,
    actor: CrowdfundingActor,
    projectId: string,
    pledgers: boolean,
  ): Promise<Locked> {
    if (!(await this.store.lockProject(tx, projectId))) throw notFound();
    const project = (await this.store.project(tx, projectId, null))!;

    const ids = new Set<string>(actor.customerId ? [actor.customerId] : []);
    if (pledgers) {
      for (const pledge of await this.store.activePledges(tx, projectId))
        ids.add(pledge.customerId);
    }
    const accounts = new Map<string, LockedAccount>();
    for (const id of [...ids].sort()) {
      const account = await lockAccount(tx, id);
      if (!account) throw new Error(`customer ${id} has no row`);
      accounts.set(id, account);
    }
    return { tx, project, accounts, actor, now: new Date() };
  }

  private async addToPledge(locked: Locked, customerId: string, hours: Decimal): Promise<void> {
    const { tx, project, actor, now } = locked;
    const grown = await tx.execute<{ id: string }[]>(
      `update "crowdfunding_pledge" set "hours" = "hours" + ?, "updated_by" = ?, "updated_at" = ?
       where "project_id" = ? and "customer_id" = ? and "status" = 'ACTIVE' returning "id"`,
      [hours.toFixed(2), actor.userId, now, project.id, customerId],
    );
    if (grown.length > 0) return;
    await tx.execute(
      `insert into "crowdfunding_pledge" ("id", "project_id", "customer_id", "hours", "status",
         "created_by", "created_at", "updated_by", "updated_at")
       values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)`,
      [
        randomUUID(),
        project.id,
        customerId,
        hours.toFixed(2),
        actor.userId,
        now,
        actor.userId,
        now,
      ],
    );
  }

  /** The goal is reached: every active pledge is released and charged, the project FUNDED. */
  private async fund(locked: Locked): Promise<void> {
    const pledges = await this.store.activePledges(locked.tx, locked.project.id);
    await this.settle(locked, pledges, 'CHARGED', 'проект собран', true);
    await this.setStatus(locked, 'FUNDED');
  }

  /** Releases the holds of `pledges` (charging them with `charge`) and closes them as `status`. */
  private async settle(
    locked: Locked,
    pledges: readonly { id: string; customerId: string; hours: Decimal }[],
    status: 'WITHDRAWN' | 'CHARGED' | 'RELEASED',
    why: string,
    charge = false,
  ): Promise<void> {
    const { tx, project, actor, now } = locked;
    const reason = `Краудфандинг «${project.title.ru}»: ${why}`;
    for (const pledge of pledges) {
      const account = locked.accounts.get(pledge.customerId);
      if (!account) throw new Error(`account of ${pledge.customerId} is not locked`);
      const line = { reason, actorId: actor.userId, crowdfundingProjectId: project.id };
      await appendEntry(
        tx,
        account,
        { ...line, kind: 'RELEASE', hours: pledge.hours.negated() },
        now,
      );
      if (charge) {
        await appendEntry(
          tx,
          account,
          { ...line, kind: 'CHARGE', hours: pledge.hours.negated() },
          now,
        );
      }
      await tx.execute(
        `update "crowdfunding_pledge" set "status" = ?, "settled_by" = ?, "settled_at" = ?
         where "id" = ?`,
        [status, actor.userId, now, pledge.id],
      );
      if (!charge && this.onRelease) await this.onRelease(tx, account, actor.userId, now);
    }
  }

  private async setStatus(locked: Locked, status: ProjectStatus): Promise<void> {
    await locked.tx.execute('update "crowdfunding_project" set "status" = ? where "id" = ?', [
      status,
      locked.project.id,
    ]);
    locked.project.status = status;
  }
}

function requireCustomer(actor: CrowdfundingActor): string {
  if (actor.role !== 'CUSTOMER' || !actor.customerId) {
    throw new RuleViolation('FORBIDDEN', null, 'A pledge is made by a customer.');
  }
  return actor.customerId;
}

function requireManager(actor: CrowdfundingActor): void {
  if (actor.role !== 'MANAGER') {
    throw new RuleViolation('FORBIDDEN', null, 'Only a manager closes or moves on a project.');
  }
}

function notFound(): RuleViolation {
  return new RuleViolation('NOT_FOUND', 'projectId', 'No such crowdfunding project.');
}
