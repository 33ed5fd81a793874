/**
 * Loads the content files into the database. Idempotent: content already imported is skipped,
 * changed content is upserted by its natural keys, and entries gone from the files are removed.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';

import type { Logger } from '../logger.js';
import type { CatalogueContent, LoadedContent } from './content/load-content.js';
import * as E from './entities/index.js';

/** Any constant: two servers starting at once on one database import one after the other. */
const IMPORT_LOCK = 3_140_001;

export async function importCatalogue(
  em: EntityManager,
  { content, hash }: LoadedContent,
  log: Logger,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [IMPORT_LOCK]);

    const [last] = await tx.find(
      E.CatalogueImportEntity,
      {},
      { orderBy: { id: 'desc' }, limit: 1 },
    );
    if (last?.contentHash === hash) {
      log.debug({ hash }, 'catalogue content unchanged');
      return false;
    }

    await writeContent(tx, content);
    tx.create(E.CatalogueImportEntity, { contentHash: hash, importedAt: new Date() });
    await tx.flush();

    log.info({ hash, services: content.services.length }, 'catalogue imported');
    return true;
  });
}

async function writeContent(tx: EntityManager, content: CatalogueContent): Promise<void> {
  const positioned = <T>(items: readonly T[]) =>
    items.map((item, i) => ({ ...item, position: i + 1 }));

  await replace(tx, E.SectionEntity, 'code', positioned(content.sections));
  await replace(tx, E.SpecialistEntity, 'kind', positioned(content.specialists));
  await replace(tx, E.CourseLimitTitleEntity, 'key', positioned(content.courseLimitTitles));
  await replace(tx, E.ServiceEntity, 'code', positioned(content.services).map(toService));
  await replace(tx, E.SupportComparisonRowEntity, 'position', content.supportComparison);
  await replace(
    tx,
    E.RequestCategoryEntity,
    'id',
    positioned(content.requestCategories).map(withK),
  );
  await replace(
    tx,
    E.CrowdfundingProjectEntity,
    'id',
    positioned(content.crowdfundingProjects).map((p) => ({
      ...p,
      goalHours: new Decimal(p.goalHours),
      pledgedHours: new Decimal(p.pledgedHours),
    })),
  );
  await replace(
    tx,
    E.PriceExampleEntity,
    'id',
    positioned(content.priceExamples).map(withHoursAndK),
  );
  await replace(tx, E.TypicalWorkEntity, 'id', positioned(content.typicalWorks).map(withHoursAndK));
  await replace(
    tx,
    E.ExampleRequestEntity,
    'id',
    positioned(content.exampleRequests).map(withHoursAndK),
  );
  await replace(tx, E.SupportLineEntity, 'level', content.supportLines);
  await replace(tx, E.ListRateEntity, 'currency', [
    { ...content.settings.listRate, amount: new Decimal(content.settings.listRate.amount) },
  ]);
}

function toService(service: CatalogueContent['services'][number] & { position: number }) {
  return {
    ...service,
    fixedHours: service.fixedHours === null ? null : new Decimal(service.fixedHours),
    coefficient: new Decimal(service.coefficient),
  };
}

function withK<T extends { coefficient: string }>(item: T) {
  return { ...item, coefficient: new Decimal(item.coefficient) };
}

function withHoursAndK<T extends { hours: string; coefficient: string }>(item: T) {
  return { ...item, hours: new Decimal(item.hours), coefficient: new Decimal(item.coefficient) };
}

/** Upserts `rows` by their key and deletes every other row of the table. */
async function replace<E extends object>(
  tx: EntityManager,
  entity: new () => E,
  key: keyof E & string,
  rows: readonly object[],
): Promise<void> {
  const keys = rows.map((row) => (row as Record<string, unknown>)[key]);
  await tx.nativeDelete(entity, { [key]: { $nin: keys } } as never);
  if (rows.length > 0) await tx.upsertMany(entity, rows as never[]);
}
