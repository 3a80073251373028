import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { hashToken } from '@cabinet/api/identity';
import { REDIS } from '@cabinet/api/redis';
import { ErrorCode } from '@cabinet/shared/contracts';

const WINDOW_SECONDS = 60 * 60;
/**
 * A person writes a few times an hour; a script, hundreds. A kiosk tablet is one address shared by
 * everyone in the room, so it gets more (the flag is the client's word, so the link's own limit
 * still caps the total).
 */
const PER_CLIENT = 10;
const PER_KIOSK = 40;
const PER_LINK = 100;
/** Claim codes are guessed one lookup at a time: a person checks a code or two. */
const CLAIMS_PER_CLIENT = 20;

/**
 * Limits the public input link and claim-code lookups per client address and per link, without
 * captchas that shut out people with low literacy or screen readers. Counts live in Redis under
 * hashed keys (as ApplicationThrottle and SignInThrottle do), so no address is stored anywhere.
 */
const CLAIMS_MESSAGE = 'Too many codes were checked from here. Please wait an hour and try again.';

@Injectable()
export class InputThrottle {
  private readonly logger = new Logger(InputThrottle.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts a submission through a public link; 429 when this address or the link has used up its hour. */
  submission(tokenHash: string, ip: string, kiosk: boolean): Promise<void> {
    return this.count([
      [`input:ip:${hashToken(ip)}`, kiosk ? PER_KIOSK : PER_CLIENT],
      [`input:link:${tokenHash}`, PER_LINK],
    ], 'Too much input was sent from here. Please wait an hour and try again.');
  }

  /** Counts a claim-code lookup; 429 when this address has used up its hour. */
  claim(ip: string): Promise<void> {
    return this.count([[this.claimKey(ip), CLAIMS_PER_CLIENT]], CLAIMS_MESSAGE);
  }

  /**
   * For a second read of a code the claim page has just looked up (what became of the input):
   * refused once the address has used up its hour, without counting; only a code that turns out
   * unknown is then counted (`claimMissed`), so guessing through this door costs the same as
   * through the claim itself, and one look at a claim counts once.
   */
  async claimAllowed(ip: string): Promise<void> {
    let used: number;
    try {
      used = Number((await this.redis.get(`${this.config.QUEUE_PREFIX}:throttle:${this.claimKey(ip)}`)) ?? 0);
    } catch {
      this.logger.warn('Input throttling is unavailable (Redis down).');
      return;
    }
    if (used > CLAIMS_PER_CLIENT) throw new HttpException({ message: CLAIMS_MESSAGE, code: ErrorCode.TooManyRequests, retryAfterSeconds: WINDOW_SECONDS }, HttpStatus.TOO_MANY_REQUESTS);
  }

  /** Counts an unknown code read through the second door. */
  claimMissed(ip: string): Promise<void> {
    return this.claim(ip);
  }

  private claimKey(ip: string): string {
    return `claim:ip:${hashToken(ip)}`;
  }

  private async count(limits: Array<[string, number]>, message: string): Promise<void> {
    const keys = limits.map(([key]) => `${this.config.QUEUE_PREFIX}:throttle:${key}`);
    let counts: number[];
    try {
      const batch = this.redis.multi();
      for (const key of keys) batch.incr(key).expire(key, WINDOW_SECONDS, 'NX');
      const results = await batch.exec();
      counts = keys.map((_, i) => Number(results?.[i * 2]?.[1] ?? 0));
    } catch {
      // Redis is down: accept the input rather than turn a person away.
      this.logger.warn('Input throttling is unavailable (Redis down).');
      return;
    }
    if (counts.some((count, i) => count > (limits[i]?.[1] ?? 0))) {
      throw new HttpException({ message, code: ErrorCode.TooManyRequests, retryAfterSeconds: WINDOW_SECONDS }, HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}
