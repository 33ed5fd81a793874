import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A customer organisation: a university, a company; its representatives log in as users. */
@Entity({ tableName: 'customer' })
export class CustomerEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(6)' })
  createdAt!: Date;
}
