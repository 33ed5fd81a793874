/**
 * Reads and checks the catalogue content files. Every file is validated against its schema and
 * the files against each other, so a bad edit stops the import before anything is written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import { SERVER_ROOT } from '../../paths.js';
import { CONTENT_FILES } from './content.schema.js';

export const CONTENT_DIR = path.join(SERVER_ROOT, 'src', 'catalogue', 'content');

type ContentFiles = typeof CONTENT_FILES;
export type CatalogueContent = { [K in keyof ContentFiles]: z.infer<ContentFiles[K]['schema']> };

export class ContentError extends Error {
  override name = 'ContentError';
}

export interface LoadedContent {
  content: CatalogueContent;
  /** A digest of every file, to tell whether the database already holds this content. */
  hash: string;
}

export function loadContent(dir: string = CONTENT_DIR): LoadedContent {
  const digest = createHash('sha256');
  const content = {} as Record<string, unknown>;

  for (const [name, { file, schema }] of Object.entries(CONTENT_FILES)) {
    const raw = readFileSync(path.join(dir, file), 'utf8');
    digest.update(file).update('\0').update(raw).update('\0');
    content[name] = parseFile(file, raw, schema);
  }

  const checked = content as CatalogueContent;
  checkReferences(checked);
  return { content: checked, hash: digest.digest('hex') };
}

function parseFile(file: string, raw: string, schema: z.ZodTypeAny): unknown {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ContentError(`${file} is not valid JSON: ${(error as Error).message}`);
  }

  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ContentError(`${file} does not match its schema:\n  ${issues.join('\n  ')}`);
  }
  return result.data;
}

function checkReferences(content: CatalogueContent): void {
  const kinds = new Set(content.specialists.map((s) => s.kind));
  const sections = new Set(content.sections.map((s) => s.code));
  const limitKeys = new Set(content.courseLimitTitles.map((t) => t.key));

  for (const service of content.services) {
    expect(kinds.has(service.specialistKind), `service ${service.code}: unknown specialist`);
    expect(sections.has(service.section), `service ${service.code}: unknown section`);
    for (const limit of service.limits) {
      expect(limitKeys.has(limit.key), `service ${service.code}: no title for ${limit.key}`);
    }
  }

  const keys: [string, readonly (string | number)[]][] = [
    ['services.json', content.services.map((s) => s.code)],
    ['request-categories.json', content.requestCategories.map((c) => c.id)],
    ['typical-works.json', content.typicalWorks.map((w) => w.id)],
    ['price-examples.json', content.priceExamples.map((e) => e.id)],
    ['crowdfunding-projects.json', content.crowdfundingProjects.map((p) => p.id)],
    ['example-requests.json', content.exampleRequests.map((r) => r.id)],
    ['support-comparison.json', content.supportComparison.map((r) => r.position)],
  ];
  for (const [file, fileKeys] of keys) expectUnique(file, fileKeys);
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new ContentError(message);
}

function expectUnique(file: string, keys: readonly (string | number)[]): void {
  const seen = new Set<string | number>();
  for (const key of keys) {
    expect(!seen.has(key), `${file}: "${key}" appears twice`);
    seen.add(key);
  }
}
