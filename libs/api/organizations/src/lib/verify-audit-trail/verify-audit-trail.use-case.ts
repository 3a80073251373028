import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { ChainVerification, verifyAuditChain } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { AuthContext } from '@cabinet/api/identity';

/** Checks the active organisation's audit chain end to end and reports the first broken entry. */
@Injectable()
export class VerifyAuditTrailUseCase {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: AuthContext & { organizationId: string }): Promise<ChainVerification> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, (m) =>
      verifyAuditChain(m, auth.organizationId, this.config.AUDIT_HMAC_KEY),
    );
  }
}
