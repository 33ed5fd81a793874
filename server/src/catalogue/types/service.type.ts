import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/decimal.scalar.js';

export enum LabourMode {
  FIXED = 'FIXED',
  ACTUAL_TIME = 'ACTUAL_TIME',
  CONTRACT = 'CONTRACT',
}

registerEnumType(LabourMode, {
  name: 'LabourMode',
  description: 'How a service is charged: fixed hours, the time spent, or a separate contract.',
  valuesConfig: {
    FIXED: { description: 'The fixed hours of the service are charged, whatever time is logged.' },
    ACTUAL_TIME: { description: 'The time actually spent is charged.' },
    CONTRACT: { description: 'Labour is agreed in a separate contract.' },
  },
});

@ObjectType({ description: 'A limit of a course package: what the package includes at most.' })
export class CourseLimit {
  @Field(() => String, { description: 'The key used in CourseSpecInput, as "quizQuestions".' })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { nullable: true, description: 'What the package includes at least.' })
  min!: number | null;

  @Field(() => Int, { description: 'What the package includes at most.' })
  max!: number;
}

@ObjectType({ description: 'The checks and actions of a product installation attestation (2.7).' })
export class Attestation {
  @Field(() => [String])
  checks!: string[];

  @Field(() => [String])
  actions!: string[];

  @Field(() => String, { description: 'What a transfer to a new server needs (Ubuntu 20.04).' })
  transferNote!: string;
}

@ObjectType({ description: 'A kind of specialist who does the work.' })
export class Specialist {
  @Field(() => String)
  kind!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType({ description: 'A regulated paid service of section 2 of the service regulations.' })
export class Service {
  @Field(() => String, { description: 'The number in the source document, as "2.4".' })
  code!: string;

  @Field(() => String, { description: 'The section the service belongs to, as "2".' })
  section!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { description: 'What the customer provides.' })
  inputs!: string;

  @Field(() => String, { description: 'What the customer gets.' })
  result!: string;

  @Field(() => [String], { description: 'What the work includes.' })
  scope!: string[];

  @Field(() => LabourMode)
  labourMode!: LabourMode;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hours charged for a FIXED service.' })
  fixedHours!: string | null;

  @Field(() => DecimalScalar, { description: 'K of the service, as stored ("0.6", "1").' })
  coefficient!: string;

  @Field(() => Boolean, { description: 'True when K comes from the request category (2.9).' })
  coefficientByCategory!: boolean;

  @Field(() => String, { description: 'The kind of specialist, as "DESIGNER".' })
  specialistKind!: string;

  @Field(() => Specialist)
  specialist!: Specialist;

  @Field(() => Int, { description: 'The clause (п.) of the service regulations.' })
  regulationClause!: number;

  @Field(() => [String], { description: 'Options available within the service.' })
  options!: string[];

  @Field(() => Attestation, { nullable: true })
  attestation!: Attestation | null;

  @Field(() => [CourseLimit], { description: 'Course limits of a prototype or implementation.' })
  limits!: CourseLimit[];

  @Field(() => Boolean, { description: 'True where a figure is an example, not a fact.' })
  sample!: boolean;
}
