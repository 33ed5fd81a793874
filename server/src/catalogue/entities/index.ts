/** The catalogue's entities; the ORM configuration takes every class exported here. */
export type { AttestationContent } from './service.entity.js';
export { CatalogueImportEntity } from './catalogue-import.entity.js';
export { CourseLimitTitleEntity } from './course-limit-title.entity.js';
export { CrowdfundingProjectEntity } from './crowdfunding-project.entity.js';
export { ExampleRequestEntity } from './example-request.entity.js';
export { ListRateEntity } from './list-rate.entity.js';
export { PriceExampleEntity } from './price-example.entity.js';
export { RequestCategoryEntity } from './request-category.entity.js';
export { SectionEntity } from './section.entity.js';
export { ServiceEntity } from './service.entity.js';
export { SpecialistEntity } from './specialist.entity.js';
export { SupportComparisonRowEntity } from './support-comparison-row.entity.js';
export { SupportLineEntity } from './support-line.entity.js';
export { TypicalWorkEntity } from './typical-work.entity.js';
