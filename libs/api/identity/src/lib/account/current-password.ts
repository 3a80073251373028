import { Injectable } from '@nestjs/common';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { AuthContext } from '../auth/auth-context';
import { PasswordHasher } from '../auth/password-hasher';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { AppUser } from '../entities/app-user.entity';

/**
 * Asks the signed-in person for their password again before a change that a borrowed, unlocked
 * browser must not make (password, email, erasure, two-factor). Throttled like sign-in, under a
 * key of its own, so an open session cannot be used to guess the password either.
 */
@Injectable()
export class CurrentPassword {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
  ) {}

  /** A wrong password is a 422 on the `currentPassword` field. */
  async confirm(auth: AuthContext, password: string, ip: string): Promise<void> {
    const throttleKey = `account:${auth.userId}`;
    await this.throttle.attempt(throttleKey, ip);
    const user = await this.db.transaction({ userId: auth.userId }, (m) => m.findOneBy(AppUser, { id: auth.userId }));
    if (!(await this.hasher.verify(user?.passwordHash ?? null, password))) throw DomainError.invalid('currentPassword', 'is not right');
    await this.throttle.succeeded(throttleKey);
  }
}
