import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';

import { UserEntity } from './user.entity.js';

/**
 * A login. The cookie carries a random token and the row only its SHA-256, so a leaked table
 * (a backup, a replica) opens no session. Kept in PostgreSQL so that any instance serves it.
 */
@Entity({ tableName: 'session' })
export class SessionEntity {
  /** Hex SHA-256 of the cookie's token. */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => UserEntity, { fieldName: 'user_id', deleteRule: 'cascade' })
  user!: UserEntity;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  createdAt!: Date;

  /** Slides forward as the session is used (see domain/access.ts). */
  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  lastSeenAt!: Date;
}
