/**
 * Loads the content files into the database. Idempotent: content already imported is skipped,
 * changed content is upserted by its natural keys, and entries gone from the files are removed,
 * or retired where something still references them (see retireAbsent).
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
  await replaceOrRetire(tx, E.ServiceEntity, 'code', positioned(content.services).map(toService));
  await replace(tx, E.SupportComparisonRowEntity, 'position', content.supportComparison);
  await replaceOrRetire(
    tx,
    E.RequestCategoryEntity,
    'id',
    positioned(content.requestCategories).map(withK),
  );
  // A project's status is live (pledges fund it, staff move it on): the content sets it once.
  await replaceOrRetire(
    tx,
    E.CrowdfundingProjectEntity,
    'id',
    positioned(content.crowdfundingProjects).map(toProject),
    ['status'],
  );
  await replace(
    tx,
    E.PriceExampleEntity,
    'id',
    positioned(content.priceExamples).map(withHoursAndK),
  );
  await replaceOrRetire(
    tx,
    E.TypicalWorkEntity,
    'id',
    positioned(content.typicalWorks).map(withHoursAndK),
  );
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

function toProject({
  pledgedHours,
  ...project
}: CatalogueContent['crowdfundingProjects'][number] & { position: number }) {
  return {
    ...project,
    goalHours: new Decimal(project.goalHours),
    samplePledgedHours: new Decimal(pledgedHours),
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
  await tx.nativeDelete(entity, { [key]: { $nin: keysOf(rows, key) } } as never);
  if (rows.length > 0) await tx.upsertMany(entity, rows as never[]);
}

/**
 * Upserts `rows` by their key, offered again (a row that comes back loses its retirement), and
 * deletes or retires every other row. Columns in `keep` are written only when a row is new.
 */
async function replaceOrRetire<E extends object>(
  tx: EntityManager,
  entity: new () => E,
  key: keyof E & string,
  rows: readonly object[],
  keep: (keyof E & string)[] = [],
): Promise<void> {
  await retireAbsent(tx, entity, key, keysOf(rows, key));
  if (rows.length === 0) return;
  await tx.upsertMany(entity, rows.map((row) => ({ ...row, retiredAt: null })) as never[], {
    onConflictFields: [key],
    onConflictAction: 'merge',
    onConflictExcludeFields: keep as never[],
  });
}

/** Every single-column foreign key that points at `table`: who references its rows. */
const REFERENCES = `select c.conrelid::regclass::text as "table", quote_ident(a.attname) as "column"
  from pg_constraint c
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
  where c.contype = 'f' and c.confrelid = ?::regclass`;

/**
 * Rows whose key is not in `keys` are deleted, unless a row of any table references them through
 * a foreign key (a request names its category, a pledge its project): those are retired, so the
 * catalogue stops offering them while what refers to them keeps its meaning. The references are
 * read from PostgreSQL's catalog, so a table that starts referencing the catalogue needs no edit.
 */
async function retireAbsent<E extends object>(
  tx: EntityManager,
  entity: new () => E,
  key: keyof E & string,
  keys: readonly unknown[],
): Promise<void> {
  const meta = tx.getMetadata().get(entity.name);
  const keyColumn = meta.properties[key as never]!.fieldNames[0]!;
  const references = await tx.execute<{ table: string; column: string }[]>(REFERENCES, [
    meta.tableName,
  ]);

  const absent =
    keys.length > 0 ? `t."${keyColumn}" not in (${keys.map(() => '?').join(', ')})` : 'true';
  const referenced = references.map(
    (ref) => `exists (select 1 from ${ref.table} r where r.${ref.column} = t."${keyColumn}")`,
  );
  const anyReference = referenced.length > 0 ? referenced.join(' or ') : 'false';
  await tx.execute(`delete from "${meta.tableName}" t where ${absent} and not (${anyReference})`, [
    ...keys,
  ]);
  await tx.execute(
    `update "${meta.tableName}" t set "retired_at" = coalesce(t."retired_at", ?) where ${absent}`,
    [new Date(), ...keys],
  );
}

function keysOf(rows: readonly object[], key: string): unknown[] {
  return rows.map((row) => (row as Record<string, unknown>)[key]);
}
