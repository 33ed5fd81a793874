/** People and access; the ORM configuration takes every class exported here. */
export { CustomerEntity } from './customer.entity.js';
export { SessionEntity } from './session.entity.js';
export { UserEntity } from './user.entity.js';
