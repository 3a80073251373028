import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idParam } from '@cabinet/api/core';
import { createZodDto } from 'nestjs-zod';
import { Auth, type AuthContext, RequirePermission, inOrganization } from '@cabinet/api/identity';
import { changeRoleSchema, type CreatedPeer, createPeerSchema, type MemberView, Permission, type SetupCodeView } from '@cabinet/shared/contracts';
import { ChangeRoleUseCase } from './change-role/change-role.use-case';
import { CreatePeerUseCase } from './create-peer/create-peer.use-case';
import { DisableMemberUseCase } from './disable-member/disable-member.use-case';
import { EnableMemberUseCase } from './enable-member/enable-member.use-case';
import { IssueSetupCodeUseCase } from './issue-setup-code/issue-setup-code.use-case';
import { ListMembersUseCase } from './list-members/list-members.use-case';

class ChangeRoleDto extends createZodDto(changeRoleSchema) {}
class CreatePeerDto extends createZodDto(createPeerSchema) {}

const member = idParam('This member');

/** The active organisation's people. */
@ApiTags('members')
@Controller('organization')
export class MembersController {
  constructor(
    private readonly listMembers: ListMembersUseCase,
    private readonly changeRole: ChangeRoleUseCase,
    private readonly disableMember: DisableMemberUseCase,
    private readonly enableMember: EnableMemberUseCase,
    private readonly createPeer: CreatePeerUseCase,
    private readonly issueSetupCode: IssueSetupCodeUseCase,
  ) {}

  @RequirePermission(Permission.MembersRead)
  @Get('members')
  members(@Auth() auth: AuthContext): Promise<MemberView[]> {
    return this.listMembers.execute(inOrganization(auth));
  }

  @RequirePermission(Permission.MembersManage)
  @Patch('members/:userId')
  changeRoleRoute(@Auth() auth: AuthContext, @Param('userId', member) userId: string, @Body() body: ChangeRoleDto): Promise<MemberView> {
    return this.changeRole.execute(inOrganization(auth), userId, body.role);
  }

  @RequirePermission(Permission.MembersManage)
  @Post('members/:userId/disable')
  @HttpCode(204)
  disable(@Auth() auth: AuthContext, @Param('userId', member) userId: string): Promise<void> {
    return this.disableMember.execute(inOrganization(auth), userId);
  }

  @RequirePermission(Permission.MembersManage)
  @Post('members/:userId/enable')
  @HttpCode(204)
  enable(@Auth() auth: AuthContext, @Param('userId', member) userId: string): Promise<void> {
    return this.enableMember.execute(inOrganization(auth), userId);
  }

  @RequirePermission(Permission.MembersManage)
  @Post('members/:userId/setup-code')
  setupCode(@Auth() auth: AuthContext, @Param('userId', member) userId: string): Promise<SetupCodeView> {
    return this.issueSetupCode.execute(inOrganization(auth), userId);
  }

  @RequirePermission(Permission.MembersManage)
  @Post('peers')
  peer(@Auth() auth: AuthContext, @Body() body: CreatePeerDto): Promise<CreatedPeer> {
    return this.createPeer.execute(inOrganization(auth), body);
  }
}
