import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

import type { Role } from '../../domain/access.js';
import { CustomerEntity } from './customer.entity.js';

/** Someone who logs in: a customer's representative, a specialist or a manager. */
@Entity({ tableName: 'app_user' })
export class UserEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Lower-cased (the database checks it), so the unique index is case-insensitive. */
  @Property({ type: 'string', length: 254, unique: 'app_user_email_unique' })
  email!: string;

  /** An argon2id PHC string: algorithm, parameters, salt and hash; never the password. */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 16 })
  role!: Role;

  /** The organisation a CUSTOMER represents; null for staff (the database checks both). */
  @ManyToOne(() => CustomerEntity, { nullable: true, fieldName: 'customer_id' })
  customer!: CustomerEntity | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  createdAt!: Date;
}
