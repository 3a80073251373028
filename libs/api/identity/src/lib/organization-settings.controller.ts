import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { type OrganizationSettings, organizationSettingsSchema, Permission } from '@cabinet/shared/contracts';
import { inOrganization } from './auth/active-organization';
import type { AuthContext } from './auth/auth-context';
import { Auth, RequirePermission } from './auth/decorators';
import { ChangeOrganizationSettingsUseCase } from './change-organization-settings/change-organization-settings.use-case';
import { GetOrganizationSettingsUseCase } from './get-organization-settings/get-organization-settings.use-case';

class OrganizationSettingsDto extends createZodDto(organizationSettingsSchema) {}

/** The active organisation's security settings (whether two-factor is required). */
@ApiTags('organization')
@Controller('organization')
export class OrganizationSettingsController {
  constructor(
    private readonly getSettings: GetOrganizationSettingsUseCase,
    private readonly changeSettings: ChangeOrganizationSettingsUseCase,
  ) {}

  @RequirePermission(Permission.OrganizationManage)
  @Get('settings')
  settings(@Auth() auth: AuthContext): Promise<OrganizationSettings> {
    return this.getSettings.execute(inOrganization(auth));
  }

  @RequirePermission(Permission.OrganizationManage)
  @Patch('settings')
  changeSettingsRoute(@Auth() auth: AuthContext, @Body() body: OrganizationSettingsDto): Promise<OrganizationSettings> {
    return this.changeSettings.execute(inOrganization(auth), body);
  }
}
