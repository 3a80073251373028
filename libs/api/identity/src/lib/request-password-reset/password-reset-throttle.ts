import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { ErrorCode } from '@cabinet/shared/contracts';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { REDIS } from '@cabinet/api/redis';
import { hashToken } from '../auth/tokens';

const WINDOW_SECONDS = 60 * 60;
/** Links to one address per hour: enough for a lost email, too few to flood someone's inbox. */
const PER_EMAIL = 5;
const PER_CLIENT = 30;

/**
 * Limits reset requests per email address (counted whether or not it has an account, so the
 * limit reveals nothing) and per client address. Keys hold hashes only, in Redis like sign-in's.
 */
@Injectable()
export class PasswordResetThrottle {
  private readonly logger = new Logger(PasswordResetThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Counts a request. A client asking too often is refused (429); an address asked for too often
   * simply gets no more links this hour, with the same answer as ever: returns false then.
   */
  async attempt(email: string, ip: string): Promise<boolean> {
    const emailKey = `${this.config.QUEUE_PREFIX}:throttle:password-reset:email:${hashToken(email)}`;
    const clientKey = `${this.config.QUEUE_PREFIX}:throttle:password-reset:ip:${hashToken(ip)}`;
    let counts: [number, number];
    try {
      const results = await this.redis.multi().incr(emailKey).expire(emailKey, WINDOW_SECONDS, 'NX').incr(clientKey).expire(clientKey, WINDOW_SECONDS, 'NX').exec();
      counts = [Number(results?.[0]?.[1] ?? 0), Number(results?.[2]?.[1] ?? 0)];
    } catch {
      // Redis is down: someone locked out needs the link more than the limit matters.
      this.logger.warn('Password reset throttling is unavailable (Redis down).');
      return true;
    }
    if (counts[1] > PER_CLIENT) {
      throw new HttpException(
        { message: 'Too many requests from here. Please wait an hour and try again.', code: ErrorCode.TooManyRequests, retryAfterSeconds: 3600 },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return counts[0] <= PER_EMAIL;
  }
}
