/**
 * The shape of the catalogue content files: what the importer accepts, checked before anything
 * is written so that a typo in a hand-edited file stops the import with the file and the path.
 */
import { z } from 'zod';

const DECIMAL = /^\d{1,12}(\.\d{1,6})?$/;

export const text = z
  .object({ ru: z.string().trim().min(1), en: z.string().trim().min(1) })
  .strict();

const decimal = z.string().regex(DECIMAL, 'a decimal in dot form, such as "2500.00"');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug');
const sectionCode = z.string().regex(/^\d+(\.\d+)*$/, 'a section number such as "2.4"');

export const COURSE_LIMIT_KEYS = [
  'sections',
  'quizzes',
  'quizQuestions',
  'assignments',
  'lessons',
  'lessonSlides',
  'glossaries',
  'glossaryTerms',
  'mediaUploads',
  'fileUploads',
  'sectionImages',
  'courseLogic',
  'teachers',
  'students',
  'showcaseCourses',
  'customRoles',
  'accessSettings',
  'notifications',
  'logicCourses',
  'customReports',
] as const;

export type CourseLimitKey = (typeof COURSE_LIMIT_KEYS)[number];

export const sectionSchema = z
  .object({ code: sectionCode, parent: sectionCode.nullable(), title: text, summary: text })
  .strict();

export const specialistSchema = z
  .object({ kind: z.string().regex(/^[A-Z_]+$/), title: text })
  .strict();

export const courseLimitTitleSchema = z
  .object({ key: z.enum(COURSE_LIMIT_KEYS), title: text })
  .strict();

const courseLimitSchema = z
  .object({
    key: z.enum(COURSE_LIMIT_KEYS),
    min: z.number().int().nonnegative().nullable(),
    max: z.number().int().nonnegative(),
  })
  .strict();

export const serviceSchema = z
  .object({
    code: sectionCode,
    section: sectionCode,
    title: text,
    summary: text,
    inputs: text,
    result: text,
    scope: z.array(text),
    labourMode: z.enum(['FIXED', 'ACTUAL_TIME', 'CONTRACT']),
    fixedHours: decimal.nullable(),
    coefficient: decimal,
    coefficientByCategory: z.boolean(),
    specialistKind: z.string().regex(/^[A-Z_]+$/),
    regulationClause: z.number().int().positive(),
    options: z.array(text),
    attestation: z
      .object({ checks: z.array(text), actions: z.array(text), transferNote: text })
      .strict()
      .nullable(),
    limits: z.array(courseLimitSchema),
    sample: z.boolean(),
  })
  .strict()
  .refine((s) => (s.labourMode === 'FIXED') === (s.fixedHours !== null), {
    message: 'fixedHours is set exactly when labourMode is FIXED',
  });

export const supportComparisonSchema = z
  .object({ position: z.number().int().positive(), situation: text, basic: text, extended: text })
  .strict();

export const requestCategorySchema = z
  .object({
    id: slug,
    path: text,
    paid: z.boolean(),
    coefficient: decimal,
    supportLine: z.number().int().min(1).max(3),
  })
  .strict();

export const crowdfundingProjectSchema = z
  .object({
    id: slug,
    title: text,
    summary: text,
    goalHours: decimal,
    pledgedHours: decimal,
    status: z.enum(['OPEN', 'FUNDED', 'IN_DEVELOPMENT', 'RELEASED', 'CLOSED']),
    sample: z.boolean(),
  })
  .strict();

export const priceExampleSchema = z
  .object({
    id: slug,
    kind: z.enum(['INTEGRATION', 'MODIFICATION', 'NEW_MODULE']),
    section: sectionCode,
    title: text,
    typical: z.boolean(),
    hours: decimal,
    coefficient: decimal,
    sample: z.boolean(),
  })
  .strict();

export const typicalWorkSchema = z
  .object({
    id: slug,
    section: z.enum(['4', '5']),
    title: text,
    unit: text,
    hours: decimal,
    coefficient: decimal,
    sample: z.boolean(),
  })
  .strict();

export const exampleRequestSchema = z
  .object({
    id: slug,
    section: sectionCode,
    text: text,
    hours: decimal,
    coefficient: decimal,
    sample: z.boolean(),
  })
  .strict();

export const supportLineSchema = z
  .object({
    level: z.number().int().min(1).max(3),
    title: text,
    schedule: text,
    responseTime: text,
    weekdaysOnly: z.boolean(),
    opensAt: z.string().regex(/^\d\d:\d\d$/),
    closesAt: z.string().regex(/^\d\d:\d\d$/),
  })
  .strict();

export const settingsSchema = z
  .object({
    listRate: z.object({ amount: decimal, currency: z.literal('RUB'), sample: z.boolean() }),
  })
  .strict();

export type LocalizedText = z.infer<typeof text>;
export type SectionContent = z.infer<typeof sectionSchema>;
export type SpecialistContent = z.infer<typeof specialistSchema>;
export type CourseLimitTitleContent = z.infer<typeof courseLimitTitleSchema>;
export type ServiceContent = z.infer<typeof serviceSchema>;
export type SupportComparisonContent = z.infer<typeof supportComparisonSchema>;
export type RequestCategoryContent = z.infer<typeof requestCategorySchema>;
export type CrowdfundingProjectContent = z.infer<typeof crowdfundingProjectSchema>;
export type PriceExampleContent = z.infer<typeof priceExampleSchema>;
export type TypicalWorkContent = z.infer<typeof typicalWorkSchema>;
export type ExampleRequestContent = z.infer<typeof exampleRequestSchema>;
export type SupportLineContent = z.infer<typeof supportLineSchema>;
export type SettingsContent = z.infer<typeof settingsSchema>;

/** Each content file, its name under `content/` and what every entry in it must look like. */
export const CONTENT_FILES = {
  sections: { file: 'sections.json', schema: z.array(sectionSchema) },
  specialists: { file: 'specialists.json', schema: z.array(specialistSchema) },
  courseLimitTitles: { file: 'course-limits.json', schema: z.array(courseLimitTitleSchema) },
  services: { file: 'services.json', schema: z.array(serviceSchema) },
  supportComparison: { file: 'support-comparison.json', schema: z.array(supportComparisonSchema) },
  requestCategories: { file: 'request-categories.json', schema: z.array(requestCategorySchema) },
  crowdfundingProjects: {
    file: 'crowdfunding-projects.json',
    schema: z.array(crowdfundingProjectSchema),
  },
  priceExamples: { file: 'price-examples.json', schema: z.array(priceExampleSchema) },
  typicalWorks: { file: 'typical-works.json', schema: z.array(typicalWorkSchema) },
  exampleRequests: { file: 'example-requests.json', schema: z.array(exampleRequestSchema) },
  supportLines: { file: 'support-lines.json', schema: z.array(supportLineSchema) },
  settings: { file: 'settings.json', schema: settingsSchema },
} as const;
