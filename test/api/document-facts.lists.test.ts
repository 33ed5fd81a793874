/**
 * The facts of the source document outside section 2, as the API gives them: request
 * categories (figure 1.2), the comparison table (2.9.1), price examples (3.2-3.4), typical works
 * (4, 5), example requests, support lines (figure 1.1), and the sample flags on every number
 * the document lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { queryData } from '../support/graphql.js';
import { multiply } from './exact-decimal.js';
import {
  COMPARISON_SITUATIONS,
  CONFIGURATION_WORK_PREFIXES,
  CONTENT_WORK_TITLES,
  FIGURE_1_2_CATEGORY_PATHS,
  normaliseProductName,
  PRICE_EXAMPLE_TITLES,
} from './document-excerpts.js';

let api: ServerOnTestDatabase;

beforeAll(async () => {
  api = await startServerOnTestDatabase();
});

afterAll(async () => {
  await api?.stop();
});

type Category = {
  path: string;
  title: string;
  paid: boolean;
  coefficient: string;
  supportLine: number;
};

/** DESIGN.md's table of the 18 categories: paid, K (1 where free) and the support line. */
const CATEGORY_TERMS: [paid: boolean, coefficient: string, line: number][] = [
  [false, '1', 1],
  [true, '0.6', 2],
  [true, '1', 3],
  [true, '0.6', 2],
  [true, '1', 3],
  [false, '1', 1],
  [false, '1', 2],
  [false, '1', 2],
  [false, '1', 1],
  [false, '1', 2],
  [false, '1', 2],
  [false, '1', 2],
  [false, '1', 2],
  [false, '1', 1],
  [false, '1', 3],
  [false, '1', 3],
  [false, '1', 2],
  [false, '1', 2],
];

describe('request categories (figure 1.2)', () => {
  let categories: Category[];

  beforeAll(async () => {
    ({ requestCategories: categories } = await queryData<{ requestCategories: Category[] }>(
      api.url,
      '{ requestCategories { path title paid coefficient supportLine } }',
    ));
  });

  it('are the 18 entries of the figure, with its exact paths, in its order', () => {
    expect(categories.map((c) => c.path)).toEqual(FIGURE_1_2_CATEGORY_PATHS);
  });

  it('are titled by the last part of the path', () => {
    for (const category of categories) {
      expect(category.title).toBe(category.path.split(' / ').at(-1));
    }
    expect(categories[7]?.title).toBe('Замедление работы');
  });

  it('are paid, with K and a support line, as DESIGN.md decides', () => {
    const terms = categories.map((c) => [c.paid, c.coefficient, c.supportLine]);
    expect(terms).toEqual(CATEGORY_TERMS);
  });
});

describe('basic versus extended support (2.9.1)', () => {
  it('has the 15 situations of the table, in its order', async () => {
    const { supportComparison } = await queryData<{ supportComparison: { situation: string }[] }>(
      api.url,
      '{ supportComparison { situation } }',
    );
    expect(supportComparison.map((row) => row.situation)).toEqual(
      COMPARISON_SITUATIONS.map(normaliseProductName),
    );
  });
});

type Work = { title: string; section: string; hours: string; coefficient: string; sample: boolean };

describe('typical works (sections 4 and 5)', () => {
  let works: Work[];

  beforeAll(async () => {
    ({ typicalWorks: works } = await queryData<{ typicalWorks: Work[] }>(
      api.url,
      '{ typicalWorks { title section unit hours coefficient sample } }',
    ));
  });

  it('section 4 has the 14 content works of the document, each at K 0.6', () => {
    const content = works.filter((w) => w.section === '4');
    expect(content.map((w) => w.title)).toEqual(CONTENT_WORK_TITLES.map(normaliseProductName));
    expect(new Set(content.map((w) => w.coefficient))).toEqual(new Set(['0.6']));
  });

  it('section 5 has the 4 configuration works, their cut-off text completed', () => {
    const configuration = works.filter((w) => w.section === '5');
    expect(configuration).toHaveLength(4);
    configuration.forEach((work, i) => {
      const prefix = normaliseProductName(CONFIGURATION_WORK_PREFIXES[i]!);
      expect(work.title.startsWith(prefix), work.title).toBe(true);
      expect(work.title.length).toBeGreaterThanOrEqual(prefix.length);
    });
  });

  it('hours are samples, on the wire with two decimals', () => {
    for (const work of works) {
      expect(work.sample, work.title).toBe(true);
      expect(work.hours, work.title).toMatch(/^\d+\.\d{2}$/);
    }
  });
});

describe('price examples (3.2-3.4)', () => {
  type Example = {
    kind: string;
    title: string;
    hours: string;
    price: { amount: string };
    sample: boolean;
  };

  it('are the 4 integrations, 2 modifications and 2 new modules of the document', async () => {
    const { priceExamples } = await queryData<{ priceExamples: Example[] }>(
      api.url,
      '{ priceExamples { kind title hours price { amount } sample } }',
    );

    for (const [kind, titles] of Object.entries(PRICE_EXAMPLE_TITLES)) {
      const ofKind = priceExamples.filter((e) => e.kind === kind);
      expect(ofKind, kind).toHaveLength(titles.length);
      // The catalogue may add a note in brackets ("(цена за один нормо-час)"), nothing else.
      ofKind.forEach((example, i) => expect(example.title.startsWith(titles[i]!)).toBe(true));
    }
    expect(priceExamples).toHaveLength(8);
  });

  it('are typical exactly where the document says «(типовая)»', async () => {
    const { priceExamples } = await queryData<{
      priceExamples: { title: string; typical: boolean }[];
    }>(api.url, '{ priceExamples { title typical } }');

    for (const example of priceExamples) {
      expect(example.typical, example.title).toBe(example.title.includes('(типовая)'));
    }
  });

  it('are samples with prices in kopecks', async () => {
    const { priceExamples } = await queryData<{ priceExamples: Example[] }>(
      api.url,
      '{ priceExamples { title hours price { amount } sample } }',
    );
    for (const example of priceExamples) {
      expect(example.sample, example.title).toBe(true);
      expect(example.price.amount, example.title).toMatch(/^\d+\.\d{2}$/);
    }
  });
});

describe('example requests (section 4)', () => {
  it('are the 5 requests of the document, content work at K 0.6, samples', async () => {
    type Request = { text: string; coefficient: string; sample: boolean; hours: string };
    const { exampleRequests } = await queryData<{ exampleRequests: Request[] }>(
      api.url,
      '{ exampleRequests { text coefficient hours sample } }',
    );

    expect(exampleRequests).toHaveLength(5);
    for (const request of exampleRequests) {
      expect(request.coefficient).toBe('0.6');
      expect(request.sample).toBe(true);
      expect(request.hours).toMatch(/^\d+\.\d{2}$/);
    }
    // The second, third and fifth are legible in the document; their text must start the same.
    expect(exampleRequests[1]?.text).toMatch(/^В 16 секциях заменить существующие pdf-файлы/);
    expect(exampleRequests[2]?.text).toMatch(/^Необходимо, чтобы курсы на главной странице/);
    expect(exampleRequests[4]?.text).toMatch(/^Необходимо разместить в курсе сертификат/);
  });
});

describe('support lines (figure 1.1)', () => {
  it('line 1 every day 08-20, lines 2-3 weekdays 10-18, with their response times', async () => {
    type Line = {
      level: number;
      weekdaysOnly: boolean;
      opensAt: string;
      closesAt: string;
      responseTime: string;
    };
    const { supportLines } = await queryData<{ supportLines: Line[] }>(
      api.url,
      '{ supportLines { level weekdaysOnly opensAt closesAt responseTime } }',
    );

    expect(supportLines.map(({ responseTime: _, ...hours }) => hours)).toEqual([
      { level: 1, weekdaysOnly: false, opensAt: '08:00', closesAt: '20:00' },
      { level: 2, weekdaysOnly: true, opensAt: '10:00', closesAt: '18:00' },
      { level: 3, weekdaysOnly: true, opensAt: '10:00', closesAt: '18:00' },
    ]);
    expect(supportLines[0]?.responseTime).toMatch(/24 час/);
    expect(supportLines[1]?.responseTime).toMatch(/1-3 полных рабочих дня/);
    expect(supportLines[2]?.responseTime).toMatch(/1-3 полных рабочих дня/);
  });
});

describe('numbers the document lost are samples', () => {
  it('crowdfunding projects are samples with goals in two decimals', async () => {
    type Project = { sample: boolean; goalHours: string };
    const { crowdfundingProjects } = await queryData<{ crowdfundingProjects: Project[] }>(
      api.url,
      '{ crowdfundingProjects { sample goalHours } }',
    );
    expect(crowdfundingProjects.length).toBeGreaterThan(0);
    expect(crowdfundingProjects.every((p) => p.sample)).toBe(true);
  });

  it('the list rate is stored as a sample (the API does not expose the flag yet)', async () => {
    const rows = await queryRows<{ sample: boolean; amount: string }>(
      api.database.url,
      'select sample, amount::text as amount from list_rate',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sample).toBe(true);
  });

  it('amounts come with two decimals and K as stored', async () => {
    const data = await queryData<{
      listRate: { amount: string };
      estimate: { total: { amount: string }; coefficient: string; chargedHours: string };
      k: { coefficient: string };
    }>(
      api.url,
      `{ listRate { amount }
         estimate(input: { serviceCode: "2.4" }) { total { amount } coefficient chargedHours }
         k: estimate(input: { serviceCode: "2.1", hours: "1" }) { coefficient } }`,
    );

    // 10 h of 2.4 at the rate of the data (2500.00 in the content: "25000.00").
    expect(data.listRate.amount).toMatch(/^\d+\.\d{2}$/);
    expect(data.estimate).toEqual({
      total: { amount: multiply(2, '10', data.listRate.amount) },
      coefficient: '1',
      chargedHours: '10.00',
    });
    expect(data.k.coefficient).toBe('0.6');
  });
});
