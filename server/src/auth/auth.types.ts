import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { UserError } from '../graphql/user-error.type.js';
import type { UserEntity } from './entities/index.js';

export enum RoleEnum {
  CUSTOMER = 'CUSTOMER',
  SPECIALIST = 'SPECIALIST',
  MANAGER = 'MANAGER',
}

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    CUSTOMER: { description: 'Represents one customer organisation: sees only its own data.' },
    SPECIALIST: { description: 'Vendor staff who estimate and carry out requests.' },
    MANAGER: { description: 'Vendor staff who also manage balances and the queue.' },
  },
});

@ObjectType({ description: 'A person who logs in.' })
export class User {
  @Field(() => String, { description: 'The login email, lower-cased.' })
  email!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;
}

@ObjectType({ description: 'A customer organisation.' })
export class Customer {
  /** Not a field: what the balance and ledger fields resolve against (billing/). */
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'Who is calling: the logged-in user and, for a representative, whose.' })
export class Viewer {
  @Field(() => User)
  user!: User;

  @Field(() => Customer, {
    nullable: true,
    description: 'The organisation a CUSTOMER represents; null for staff.',
  })
  customer!: Customer | null;

  static of(user: UserEntity): Viewer {
    return Object.assign(new Viewer(), {
      user: Object.assign(new User(), { email: user.email, role: user.role as RoleEnum }),
      customer: user.customer
        ? Object.assign(new Customer(), { id: user.customer.id, name: user.customer.name })
        : null,
    });
  }
}

@ObjectType({ description: 'The result of login: the viewer, or why not.' })
export class LoginPayload {
  @Field(() => Viewer, { nullable: true, description: 'Null when the login failed.' })
  viewer!: Viewer | null;

  @Field(() => [UserError], { description: 'INVALID_CREDENTIALS when email or password is wrong.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of logout: the session is gone, whatever it was.' })
export class LogoutPayload {
  @Field(() => [UserError], { description: 'Always empty: logging out cannot fail.' })
  errors!: UserError[];
}
