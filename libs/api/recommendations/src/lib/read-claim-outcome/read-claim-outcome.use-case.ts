import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { claimCodeHash, InputThrottle, PeerInput } from '@cabinet/api/peer-input';
import type { ClaimOutcomeView } from '@cabinet/shared/contracts';
import { Recommendation } from '../entities/recommendation.entity';
import { toPublicViews } from '../views/public-recommendation-views';

/**
 * What became of anonymous input, read with its claim code: the recommendation the board made
 * from it, once sent to the agency (drafts are the board's own). The code's hash opens that one
 * input and that recommendation's answers and plan, nothing else; unknown codes are a 404, as on
 * the claim itself. The claim page calls this right after the claim, so only unknown codes count
 * against the address's hourly limit (and an address past it is refused).
 */
@Injectable()
export class ReadClaimOutcomeUseCase {
  constructor(
    private readonly db: Db,
    private readonly throttle: InputThrottle,
  ) {}

  async execute(code: string, ip: string): Promise<ClaimOutcomeView> {
    await this.throttle.claimAllowed(ip);
    const hash = claimCodeHash(code);
    if (!hash) return this.missed(ip);
    return this.db.transaction({ claimCodeHash: hash }, async (m) => {
      const input = await m.findOneBy(PeerInput, { claimCodeHash: hash });
      if (!input) return this.missed(ip);
      // Input rarely becomes more than one recommendation; when it does, the latest sent tells the most.
      const recommendation = await m.findOne(Recommendation, { where: { sourceInputId: input.id, status: Not(In(['draft', 'adopted'])) }, order: { sentAt: 'DESC', id: 'ASC' } });
      const [view] = recommendation ? await toPublicViews(m, [recommendation]) : [];
      return { recommendation: view ?? null };
    });
  }

  /** An unknown code: counted against the address's hour like a claim, then the same 404. */
  private async missed(ip: string): Promise<never> {
    await this.throttle.claimMissed(ip);
    throw DomainError.notFound('This claim code');
  }
}
