import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { formatAmount } from '../domain/decimal.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import { localize, type GraphQLContext } from '../graphql/context.js';
import { UserError } from '../graphql/user-error.type.js';
import {
  CloseCrowdfundingProjectInput,
  PledgeInput,
  SetCrowdfundingProjectStatusInput,
  WithdrawPledgeInput,
} from './crowdfunding.inputs.js';
import type { CrowdfundingActor, CrowdfundingService, MoveResult } from './crowdfunding.service.js';
import type { CrowdfundingStore, ProjectRow } from './crowdfunding.store.js';
import {
  CrowdfundingProject,
  CrowdfundingProjectPayload,
  CrowdfundingStatus,
} from './crowdfunding.types.js';

const MAX_KEY_LENGTH = 200;

/** Crowdfunding projects for anyone, pledges for customers, closing and progress for managers. */
@Resolver()
export class CrowdfundingResolver {
  constructor(
    private readonly store: CrowdfundingStore,
    private readonly crowdfunding: CrowdfundingService,
  ) {}

  @Query(() => [CrowdfundingProject], { description: 'Improvements open to crowdfunding (3.1).' })
  async crowdfundingProjects(
    @Ctx() { em, locale, viewer }: GraphQLContext,
  ): Promise<CrowdfundingProject[]> {
    const rows = await this.store.projects(em, viewerCustomerId(viewer));
    return rows.map((row) => projectOf(row, locale));
  }

  @Mutation(() => CrowdfundingProjectPayload, {
    description: 'A customer pledges norm-hours to an open project: they are held until funding.',
  })
  pledge(@Ctx() ctx: GraphQLContext, @Arg('input', () => PledgeInput) input: PledgeInput) {
    return this.move(ctx, input.idempotencyKey, (actor) =>
      this.crowdfunding.pledge(ctx.em, actor, input.projectId, input.hours, input.idempotencyKey),
    );
  }

  @Mutation(() => CrowdfundingProjectPayload, {
    description: 'The customer takes its pledge back while the project is open: hold released.',
  })
  withdrawPledge(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WithdrawPledgeInput) input: WithdrawPledgeInput,
  ) {
    return this.move(ctx, input.idempotencyKey, (actor) =>
      this.crowdfunding.withdraw(ctx.em, actor, input.projectId, input.idempotencyKey),
    );
  }

  @Mutation(() => CrowdfundingProjectPayload, {
    description: 'A manager closes an open, unfunded project: every hold on it is released.',
  })
  closeCrowdfundingProject(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CloseCrowdfundingProjectInput) input: CloseCrowdfundingProjectInput,
  ) {
    return this.move(ctx, input.idempotencyKey, (actor) =>
      this.crowdfunding.close(ctx.em, actor, input.projectId, input.idempotencyKey),
    );
  }

  @Mutation(() => CrowdfundingProjectPayload, {
    description:
      'A manager moves a funded project on: IN_DEVELOPMENT, then RELEASED. Its present ' +
      'status again changes nothing.',
  })
  setCrowdfundingProjectStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SetCrowdfundingProjectStatusInput) input: SetCrowdfundingProjectStatusInput,
  ) {
    return this.move(ctx, null, (actor) =>
      this.crowdfunding.moveOn(ctx.em, actor, input.projectId, input.status),
    );
  }

  /** Runs a move for the viewer and answers the project as it is now, or the errors. */
  private async move(
    { em, locale, viewer }: GraphQLContext,
    idempotencyKey: string | null,
    run: (actor: CrowdfundingActor) => Promise<MoveResult>,
  ): Promise<CrowdfundingProjectPayload> {
    if (!viewer) throw new RuleViolation('UNAUTHENTICATED', null, 'Log in first.');
    const actor = {
      userId: viewer.user.id,
      role: viewer.user.role,
      customerId: viewer.user.customer?.id ?? null,
    };
    try {
      if (idempotencyKey !== null) checkKey(idempotencyKey);
      const { projectId } = await run(actor);
      const row = await this.store.project(em, projectId, viewerCustomerId(viewer));
      return payloadOf(row && projectOf(row, locale), []);
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      return payloadOf(null, [UserError.of(error.code, error.field, error.message)]);
    }
  }
}

/** Pledges belong to customers: staff and anonymous callers have none to see. */
function viewerCustomerId(viewer: GraphQLContext['viewer']): string | null {
  return viewer?.user.role === 'CUSTOMER' ? (viewer.user.customer?.id ?? null) : null;
}

function projectOf(row: ProjectRow, locale: GraphQLContext['locale']): CrowdfundingProject {
  return Object.assign(new CrowdfundingProject(), {
    id: row.id,
    title: localize(row.title, locale),
    summary: localize(row.summary, locale),
    goalHours: formatAmount(row.goalHours),
    pledgedHours: formatAmount(row.pledgedHours),
    status: row.status as CrowdfundingStatus,
    sample: row.sample,
    myPledge: row.myPledge && formatAmount(row.myPledge),
  });
}

function payloadOf(
  project: CrowdfundingProject | null,
  errors: UserError[],
): CrowdfundingProjectPayload {
  return Object.assign(new CrowdfundingProjectPayload(), { project, errors });
}

function checkKey(key: string): void {
  if (key.trim().length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badInput('idempotencyKey', `A key of 1 to ${MAX_KEY_LENGTH} characters is needed.`);
  }
}
