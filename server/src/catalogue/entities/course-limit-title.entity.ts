import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

import type { LocalizedText } from '../content/content.schema.js';

/** The name people read for a course limit key such as `quizQuestions`. */
@Entity({ tableName: 'course_limit_title' })
export class CourseLimitTitleEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  key!: string;

  @Property({ type: 'json' })
  title!: LocalizedText;

  @Property({ type: 'integer' })
  position!: number;
}
