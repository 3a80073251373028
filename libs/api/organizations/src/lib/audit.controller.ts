import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChainVerification } from '@cabinet/api/audit';
import { Auth, type AuthContext, RequirePermission, inOrganization } from '@cabinet/api/identity';
import { Permission } from '@cabinet/shared/contracts';
import { VerifyAuditTrailUseCase } from './verify-audit-trail/verify-audit-trail.use-case';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly verifyAuditTrail: VerifyAuditTrailUseCase) {}

  @RequirePermission(Permission.AuditRead)
  @Get('verify')
  verify(@Auth() auth: AuthContext): Promise<ChainVerification> {
    return this.verifyAuditTrail.execute(inOrganization(auth));
  }
}
