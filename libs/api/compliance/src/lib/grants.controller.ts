import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { acceptGrantSchema, createGrantSchema, type GrantPreview, grantTokenSchema, type GrantView, Permission } from '@cabinet/shared/contracts';
import { AcceptGrantUseCase } from './accept-grant/accept-grant.use-case';
import { DeclineGrantUseCase } from './decline-grant/decline-grant.use-case';
import { ListGrantsUseCase } from './list-grants/list-grants.use-case';
import { PreviewGrantUseCase } from './preview-grant/preview-grant.use-case';
import { RecordGrantUseCase } from './record-grant/record-grant.use-case';
import { WithdrawGrantUseCase } from './withdraw-grant/withdraw-grant.use-case';

class CreateGrantDto extends createZodDto(createGrantSchema) {}
class GrantTokenDto extends createZodDto(grantTokenSchema) {}
class AcceptGrantDto extends createZodDto(acceptGrantSchema) {}

const grant = idParam('This grant');

/** Grants: a funder records them; the service organisation answers by the link (the token travels in the body, never in a path). */
@ApiTags('compliance')
@Controller('grants')
export class GrantsController {
  constructor(
    private readonly list: ListGrantsUseCase,
    private readonly record: RecordGrantUseCase,
    private readonly withdrawal: WithdrawGrantUseCase,
    private readonly preview: PreviewGrantUseCase,
    private readonly acceptance: AcceptGrantUseCase,
    private readonly declining: DeclineGrantUseCase,
  ) {}

  @RequirePermission(Permission.ComplianceRead)
  @Get()
  all(@Auth() auth: AuthContext): Promise<GrantView[]> {
    return this.list.execute(inOrganization(auth));
  }

  @RequirePermission(Permission.GrantsManage)
  @Post()
  create(@Auth() auth: AuthContext, @Body() body: CreateGrantDto): Promise<GrantView> {
    return this.record.execute(inOrganization(auth), body);
  }

  @RequirePermission(Permission.GrantsManage)
  @Post(':grantId/withdraw')
  @HttpCode(200)
  withdraw(@Auth() auth: AuthContext, @Param('grantId', grant) grantId: string): Promise<GrantView> {
    return this.withdrawal.execute(inOrganization(auth), grantId);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Post('preview')
  @HttpCode(200)
  show(@Auth() auth: AuthContext, @Body() body: GrantTokenDto): Promise<GrantPreview> {
    return this.preview.execute(inOrganization(auth), body.token);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Post('accept')
  @HttpCode(200)
  accept(@Auth() auth: AuthContext, @Body() body: AcceptGrantDto): Promise<GrantView> {
    return this.acceptance.execute(inOrganization(auth), body);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Post('decline')
  @HttpCode(204)
  decline(@Auth() auth: AuthContext, @Body() body: GrantTokenDto): Promise<void> {
    return this.declining.execute(inOrganization(auth), body.token);
  }
}
