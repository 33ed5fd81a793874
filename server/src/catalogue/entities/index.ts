import { CatalogueImportEntity } from './catalogue-import.entity.js';
import { CourseLimitTitleEntity } from './course-limit-title.entity.js';
import { CrowdfundingProjectEntity } from './crowdfunding-project.entity.js';
import { ExampleRequestEntity } from './example-request.entity.js';
import { ListRateEntity } from './list-rate.entity.js';
import { PriceExampleEntity } from './price-example.entity.js';
import { RequestCategoryEntity } from './request-category.entity.js';
import { SectionEntity } from './section.entity.js';
import { ServiceEntity } from './service.entity.js';
import { SpecialistEntity } from './specialist.entity.js';
import { SupportComparisonRowEntity } from './support-comparison-row.entity.js';
import { SupportLineEntity } from './support-line.entity.js';
import { TypicalWorkEntity } from './typical-work.entity.js';

export type { AttestationContent } from './service.entity.js';

export {
  CatalogueImportEntity,
  CourseLimitTitleEntity,
  CrowdfundingProjectEntity,
  ExampleRequestEntity,
  ListRateEntity,
  PriceExampleEntity,
  RequestCategoryEntity,
  SectionEntity,
  ServiceEntity,
  SpecialistEntity,
  SupportComparisonRowEntity,
  SupportLineEntity,
  TypicalWorkEntity,
};

/** Every entity of the catalogue, for the ORM's configuration. */
export const CATALOGUE_ENTITIES = [
  CatalogueImportEntity,
  CourseLimitTitleEntity,
  CrowdfundingProjectEntity,
  ExampleRequestEntity,
  ListRateEntity,
  PriceExampleEntity,
  RequestCategoryEntity,
  SectionEntity,
  ServiceEntity,
  SpecialistEntity,
  SupportComparisonRowEntity,
  SupportLineEntity,
  TypicalWorkEntity,
];
