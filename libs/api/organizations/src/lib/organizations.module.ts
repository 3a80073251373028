import { Module } from '@nestjs/common';
import { IdentityModule } from '@cabinet/api/identity';
import { AuditController } from './audit.controller';
import { VerifyAuditTrailUseCase } from './verify-audit-trail/verify-audit-trail.use-case';

/** An organisation's people, invitations and audit trail, managed by its admins. */
@Module({
  imports: [IdentityModule],
  controllers: [AuditController],
  providers: [VerifyAuditTrailUseCase],
})
export class OrganizationsModule {}
