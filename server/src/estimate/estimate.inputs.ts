import { Field, ID, InputType, Int } from 'type-graphql';
import type { Decimal } from 'decimal.js';

import { DecimalScalar } from '../graphql/decimal.scalar.js';

@InputType({
  description: 'A planned course: counts by CourseLimit.key; a key left out is not counted.',
})
export class CourseSpecInput {
  @Field(() => Int, { nullable: true }) sections?: number;
  @Field(() => Int, { nullable: true }) quizzes?: number;
  @Field(() => Int, { nullable: true }) quizQuestions?: number;
  @Field(() => Int, { nullable: true }) assignments?: number;
  @Field(() => Int, { nullable: true }) lessons?: number;
  @Field(() => Int, { nullable: true }) lessonSlides?: number;
  @Field(() => Int, { nullable: true }) glossaries?: number;
  @Field(() => Int, { nullable: true }) glossaryTerms?: number;
  @Field(() => Int, { nullable: true }) mediaUploads?: number;
  @Field(() => Int, { nullable: true }) fileUploads?: number;
  @Field(() => Int, { nullable: true }) sectionImages?: number;
  @Field(() => Int, { nullable: true }) courseLogic?: number;
  @Field(() => Int, { nullable: true }) teachers?: number;
  @Field(() => Int, { nullable: true }) students?: number;
  @Field(() => Int, { nullable: true }) showcaseCourses?: number;
  @Field(() => Int, { nullable: true }) customRoles?: number;
  @Field(() => Int, { nullable: true }) accessSettings?: number;
  @Field(() => Int, { nullable: true }) notifications?: number;
  @Field(() => Int, { nullable: true }) logicCourses?: number;
  @Field(() => Int, { nullable: true }) customReports?: number;
}

@InputType({ description: 'What to estimate: a service, a request category or a typical work.' })
export class EstimateInput {
  @Field(() => String, { nullable: true, description: 'A catalogue service, as "2.4".' })
  serviceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'A request category; its K wins.' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A typical work of section 4 or 5.' })
  typicalWorkId?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Hours of work: required for ACTUAL_TIME and CONTRACT, refused for FIXED.',
  })
  hours?: Decimal | null;

  @Field(() => CourseSpecInput, { nullable: true, description: 'A planned course.' })
  course?: CourseSpecInput | null;
}
