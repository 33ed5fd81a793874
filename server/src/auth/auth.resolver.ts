import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../graphql/context.js';
import { UserError } from '../graphql/user-error.type.js';
import type { AuthService } from './auth.service.js';
import { LoginPayload, LogoutPayload, Viewer } from './auth.types.js';

const INVALID_CREDENTIALS = {
  ru: 'Неверный email или пароль.',
  en: 'The email or password is wrong.',
};

/** Login, logout and who is calling. */
@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => Viewer, { nullable: true, description: 'The logged-in caller; null if anonymous.' })
  viewer(@Ctx() { viewer }: GraphQLContext): Viewer | null {
    return viewer ? Viewer.of(viewer.user) : null;
  }

  @Mutation(() => LoginPayload, {
    description: 'Starts a session (an httpOnly cookie). Email is case-insensitive.',
  })
  async login(
    @Ctx() { em, session, locale }: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginPayload> {
    const result = await this.auth.login(em, email, password);
    if (!result) {
      // One answer for an unknown email and a wrong password: it tells a guesser nothing.
      const error = UserError.of('INVALID_CREDENTIALS', null, INVALID_CREDENTIALS[locale]);
      return Object.assign(new LoginPayload(), { viewer: null, errors: [error] });
    }

    if (session.token) await this.auth.logout(em, session.token);
    session.start(result.token);
    return Object.assign(new LoginPayload(), { viewer: Viewer.of(result.user), errors: [] });
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the caller\u2019s session, if any.' })
  async logout(@Ctx() { em, session }: GraphQLContext): Promise<LogoutPayload> {
    if (session.token) await this.auth.logout(em, session.token);
    session.end();
    return Object.assign(new LogoutPayload(), { errors: [] });
  }
}
