/**
 * The facts of the source document about the regulated services (section 2), as the API gives
 * them: titles, fixed hours, labour modes, K, clauses, options, the attestation and the course
 * limits of the prototype and the implementation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryData } from '../support/graphql.js';
import {
  IMPLEMENTATION_LIMITS,
  normaliseProductName,
  PROTOTYPE_LIMITS,
  SERVICE_TITLES,
} from './document-excerpts.js';

interface Service {
  code: string;
  title: string;
  labourMode: string;
  fixedHours: string | null;
  coefficient: string;
  regulationClause: number;
  specialistKind: string;
  options: string[];
  attestation: { checks: string[]; actions: string[]; transferNote: string } | null;
  limits: { key: string; min: number | null; max: number }[];
  sample: boolean;
}

let api: ServerOnTestDatabase;
const byCode = new Map<string, Service>();

beforeAll(async () => {
  api = await startServerOnTestDatabase();
  const { services } = await queryData<{ services: Service[] }>(
    api.url,
    `{ services { code title labourMode fixedHours coefficient regulationClause specialistKind
       options attestation { checks actions transferNote } limits { key min max } sample } }`,
  );
  for (const service of services) byCode.set(service.code, service);
});

afterAll(async () => {
  await api?.stop();
});

function service(code: string): Service {
  const found = byCode.get(code);
  if (!found) throw new Error(`no service ${code} in the API's answer`);
  return found;
}

/** From DESIGN.md's table "Who does what, and K", which restates the document. */
const TERMS = [
  { code: '2.1', labourMode: 'ACTUAL_TIME', fixedHours: null, coefficient: '0.6', clause: 14 },
  { code: '2.2', labourMode: 'FIXED', fixedHours: '20.00', coefficient: '1', clause: 17 },
  { code: '2.3', labourMode: 'FIXED', fixedHours: '32.00', coefficient: '1', clause: 18 },
  { code: '2.4', labourMode: 'FIXED', fixedHours: '10.00', coefficient: '1', clause: 22 },
  { code: '2.5', labourMode: 'FIXED', fixedHours: '64.00', coefficient: '1', clause: 23 },
  { code: '2.6', labourMode: 'ACTUAL_TIME', fixedHours: null, coefficient: '0.6', clause: 19 },
  { code: '2.7', labourMode: 'ACTUAL_TIME', fixedHours: null, coefficient: '1', clause: 20 },
  { code: '2.8', labourMode: 'CONTRACT', fixedHours: null, coefficient: '1', clause: 21 },
  { code: '2.9', labourMode: 'ACTUAL_TIME', fixedHours: null, coefficient: '1', clause: 13 },
];

describe('the nine services of section 2', () => {
  it('are 2.1-2.9, titled as in the document', () => {
    expect([...byCode.keys()]).toEqual(Object.keys(SERVICE_TITLES));
    for (const [code, title] of Object.entries(SERVICE_TITLES)) {
      expect(service(code).title, code).toBe(normaliseProductName(title));
    }
  });

  it.each(TERMS)(
    '$code: $labourMode, fixed hours $fixedHours, K $coefficient, п. $clause',
    (terms) => {
      const { labourMode, fixedHours, coefficient, regulationClause } = service(terms.code);
      expect({ labourMode, fixedHours, coefficient, regulationClause }).toEqual({
        labourMode: terms.labourMode,
        fixedHours: terms.fixedHours,
        coefficient: terms.coefficient,
        regulationClause: terms.clause,
      });
    },
  );

  it('are facts, not samples', () => {
    for (const code of byCode.keys()) expect(service(code).sample, code).toBe(false);
  });
});

describe('who does the work', () => {
  // DESIGN.md's table; for 2.8 the document wins: «инженеры … выполняют … модификацию кода».
  const KINDS: Record<string, string> = {
    '2.1': 'EDITOR_ASSISTANT',
    '2.2': 'DESIGNER',
    '2.3': 'DESIGNER',
    '2.4': 'PROJECT_TEAM',
    '2.5': 'PROJECT_TEAM',
    '2.6': 'CONSULTANT',
    '2.7': 'ENGINEER',
    '2.8': 'ENGINEER',
    '2.9': 'BY_CATEGORY',
  };

  it.each(Object.entries(KINDS))('%s is done by %s', (code, kind) => {
    expect(service(code).specialistKind).toBe(kind);
  });
});

describe('2.3 and 2.7', () => {
  it('2.3 offers the five options of the document', () => {
    const options = service('2.3').options;
    expect(options).toHaveLength(5);
    expect(options[0]).toMatch(/индивидуального дизайна оформления и логотипа/);
    expect(options[1]).toMatch(/нескольких альтернативных макетов/);
    expect(options[2]).toMatch(/настройка блоков/);
    expect(options[3]).toMatch(/динамических элементов интерфейса/);
    expect(options[4]).toMatch(/совещаниях/);
  });

  it('2.7 lists five checks, three actions and the Ubuntu 20.04 transfer note', () => {
    const attestation = service('2.7').attestation;
    expect(attestation?.checks).toHaveLength(5);
    expect(attestation?.actions).toHaveLength(3);
    expect(attestation?.checks[0]).toMatch(/технической площадки/i);
    expect(attestation?.checks[4]).toMatch(/вмешательства/i);
    expect(attestation?.actions[0]).toMatch(/сторонних модулей/i);
    expect(attestation?.transferNote).toMatch(/Ubuntu 20\.04/);
  });

  it('only 2.3 has options and only 2.7 an attestation', () => {
    for (const code of byCode.keys()) {
      if (code !== '2.3') expect(service(code).options, code).toEqual([]);
      if (code !== '2.7') expect(service(code).attestation, code).toBeNull();
    }
  });
});

describe('course limits', () => {
  const asMap = (code: string) =>
    Object.fromEntries(service(code).limits.map(({ key, min, max }) => [key, { min, max }]));

  it('2.4, the prototype, has exactly the limits of its list', () => {
    expect(service('2.4').limits).toHaveLength(Object.keys(PROTOTYPE_LIMITS).length);
    expect(asMap('2.4')).toEqual(PROTOTYPE_LIMITS);
  });

  it('2.5, the implementation, has exactly the limits of its list', () => {
    expect(service('2.5').limits).toHaveLength(Object.keys(IMPLEMENTATION_LIMITS).length);
    expect(asMap('2.5')).toEqual(IMPLEMENTATION_LIMITS);
  });

  it('one image per section: sectionImages has the maximum of sections', () => {
    for (const code of ['2.4', '2.5']) {
      expect(asMap(code).sectionImages?.max, code).toBe(asMap(code).sections?.max);
    }
  });

  it('no other service has course limits', () => {
    for (const code of byCode.keys()) {
      if (code !== '2.4' && code !== '2.5') expect(service(code).limits, code).toEqual([]);
    }
  });
});
