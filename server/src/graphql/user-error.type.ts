import { Field, ObjectType } from 'type-graphql';

/**
 * A rule of the domain or an authorization refusal, answered in a mutation's payload rather
 * than as a top-level error: the caller did nothing malformed, the answer is just "no".
 */
@ObjectType({ description: 'Why a mutation did nothing: the field at fault, a code, a message.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The argument at fault, if one is.' })
  field!: string | null;

  @Field(() => String, { description: 'A stable code in SCREAMING_SNAKE_CASE.' })
  code!: string;

  @Field(() => String, { description: 'A readable message in the caller\u2019s language.' })
  message!: string;

  static of(code: string, field: string | null, message: string): UserError {
    return Object.assign(new UserError(), { code, field, message });
  }
}
