import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ErrorCode } from '@cabinet/shared/contracts';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { REDIS } from '@cabinet/api/redis';
import { hashToken } from './tokens';

const WINDOW_SECONDS = 15 * 60;
const PER_ACCOUNT = 10;
const PER_ADDRESS = 50;

/**
 * Slows down password guessing: per account (whoever tries) and per client address (whatever
 * account), counted in Redis so every API process shares the counts. Keys hold hashes only, under
 * the deployment's prefix (as its queues are), so deployments or test suites sharing a Redis do not share counts.
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger(SignInThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt; refuses with 429 when either limit is used up. */
  async attempt(identifier: string, ip: string): Promise<void> {
    const keys = [this.accountKey(identifier), `${this.config.QUEUE_PREFIX}:throttle:sign-in:ip:${hashToken(ip)}`];
    let counts: number[];
    try {
      const results = await this.redis.multi().incr(keys[0]!).expire(keys[0]!, WINDOW_SECONDS, 'NX').incr(keys[1]!).expire(keys[1]!, WINDOW_SECONDS, 'NX').exec();
      counts = [Number(results?.[0]?.[1] ?? 0), Number(results?.[2]?.[1] ?? 0)];
    } catch {
      // Redis is down: argon2's cost still limits guessing; staying able to sign in matters more.
      this.logger.warn('Sign-in throttling is unavailable (Redis down).');
      return;
    }
    if ((counts[0] ?? 0) > PER_ACCOUNT || (counts[1] ?? 0) > PER_ADDRESS) {
      const ttl = await this.redis.ttl(counts[0]! > PER_ACCOUNT ? keys[0]! : keys[1]!).catch(() => WINDOW_SECONDS);
      const minutes = Math.max(1, Math.ceil(ttl / 60));
      throw new HttpException(
        { message: `Too many sign-in attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`, code: ErrorCode.TooManyRequests, retryAfterSeconds: ttl },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  /** A successful sign-in clears the account's count (not the address's). */
  async succeeded(identifier: string): Promise<void> {
    await this.redis.del(this.accountKey(identifier)).catch(() => undefined);
  }

  private accountKey(identifier: string): string {
    return `${this.config.QUEUE_PREFIX}:throttle:sign-in:account:${hashToken(identifier)}`;
  }
}
