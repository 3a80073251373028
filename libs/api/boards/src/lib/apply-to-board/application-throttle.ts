import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { hashToken } from '@cabinet/api/identity';
import { REDIS } from '@cabinet/api/redis';
import { ErrorCode } from '@cabinet/shared/contracts';

const WINDOW_SECONDS = 60 * 60;
/** A shared computer in a drop-in centre may send several real applications in an hour; a script sends hundreds. */
const PER_CLIENT = 10;
const PER_BOARD = 200;

/**
 * Limits public applications per client address and per board, without captchas that shut out
 * people with low literacy or screen readers. Counts live in Redis under hashed keys.
 */
@Injectable()
export class ApplicationThrottle {
  private readonly logger = new Logger(ApplicationThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async attempt(slug: string, ip: string): Promise<void> {
    const clientKey = `${this.config.QUEUE_PREFIX}:throttle:board-application:ip:${hashToken(ip)}`;
    const boardKey = `${this.config.QUEUE_PREFIX}:throttle:board-application:board:${hashToken(slug)}`;
    let counts: [number, number];
    try {
      const results = await this.redis.multi().incr(clientKey).expire(clientKey, WINDOW_SECONDS, 'NX').incr(boardKey).expire(boardKey, WINDOW_SECONDS, 'NX').exec();
      counts = [Number(results?.[0]?.[1] ?? 0), Number(results?.[2]?.[1] ?? 0)];
    } catch {
      // Redis is down: accept the application rather than turn a person away.
      this.logger.warn('Application throttling is unavailable (Redis down).');
      return;
    }
    if (counts[0] > PER_CLIENT || counts[1] > PER_BOARD) {
      throw new HttpException(
        { message: 'Too many applications were sent from here. Please wait an hour and try again.', code: ErrorCode.TooManyRequests, retryAfterSeconds: WINDOW_SECONDS },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
