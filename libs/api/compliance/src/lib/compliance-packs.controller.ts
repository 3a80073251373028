import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { type CompliancePackView, Permission, rulePackSchema } from '@cabinet/shared/contracts';
import { ComposePackUseCase } from './compose-pack/compose-pack.use-case';
import { ListPacksUseCase } from './list-packs/list-packs.use-case';
import { RevisePackUseCase } from './revise-pack/revise-pack.use-case';

class RulePackDto extends createZodDto(rulePackSchema) {}

const pack = idParam('This pack');

/** Compliance packs: Cabinet's, read by all who read compliance; an organisation composes and revises its own. */
@ApiTags('compliance')
@Controller('compliance/packs')
export class CompliancePacksController {
  constructor(
    private readonly packs: ListPacksUseCase,
    private readonly compose: ComposePackUseCase,
    private readonly revise: RevisePackUseCase,
  ) {}

  @RequirePermission(Permission.ComplianceRead)
  @Get()
  list(@Auth() auth: AuthContext): Promise<CompliancePackView[]> {
    return this.packs.list(inOrganization(auth));
  }

  @RequirePermission(Permission.ComplianceRead)
  @Get(':packId')
  get(@Auth() auth: AuthContext, @Param('packId', pack) packId: string): Promise<CompliancePackView> {
    return this.packs.get(inOrganization(auth), packId);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Post()
  create(@Auth() auth: AuthContext, @Body() body: RulePackDto): Promise<CompliancePackView> {
    return this.compose.execute(inOrganization(auth), body);
  }

  @RequirePermission(Permission.ComplianceManage)
  @Put(':packId')
  update(@Auth() auth: AuthContext, @Param('packId', pack) packId: string, @Body() body: RulePackDto): Promise<CompliancePackView> {
    return this.revise.execute(inOrganization(auth), packId, body);
  }
}
