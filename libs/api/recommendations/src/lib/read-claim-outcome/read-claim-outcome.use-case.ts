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
 * the claim itself, and have an hourly limit of their own like it.
 */
@Injectable()
export class ReadClaimOutcomeUseCase {
  constructor(
    private readonly db: Db,
    private readonly throttle: InputThrottle,
  ) {}

  async execute(code: string, ip: string): Promise<ClaimOutcomeView> {
    await this.throttle.claim(ip, 'outcome');
    const hash = claimCodeHash(code);
    if (!hash) throw DomainError.notFound('This claim code');
    return this.db.transaction({ claimCodeHash: hash }, async (m) => {
      const input = await m.findOneBy(PeerInput, { claimCodeHash: hash });
      if (!input) throw DomainError.notFound('This claim code');
      // Input rarely becomes more than one recommendation; when it does, the latest sent tells the most.
      const recommendation = await m.findOne(Recommendation, { where: { sourceInputId: input.id, status: Not(In(['draft', 'adopted'])) }, order: { sentAt: 'DESC', id: 'ASC' } });
      const [view] = recommendation ? await toPublicViews(m, [recommendation]) : [];
      return { recommendation: view ?? null };
    });
  }
}
