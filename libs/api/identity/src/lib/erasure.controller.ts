import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '@cabinet/api/core';
import { type MemberErasure, Permission } from '@cabinet/shared/contracts';
import { inOrganization } from './auth/active-organization';
import type { AuthContext } from './auth/auth-context';
import { Auth, RequirePermission } from './auth/decorators';
import { EraseMemberUseCase } from './erase-member/erase-member.use-case';

const member = new ParseUUIDPipe({ exceptionFactory: () => DomainError.notFound('This member') });

/** A manager erases a member at their request (beside the member routes, with the erasure rules kept here). */
@ApiTags('members')
@Controller('organization')
export class ErasureController {
  constructor(private readonly eraseMember: EraseMemberUseCase) {}

  @RequirePermission(Permission.MembersManage)
  @Post('members/:userId/erase')
  @HttpCode(200)
  erase(@Auth() auth: AuthContext, @Param('userId', member) userId: string): Promise<MemberErasure> {
    return this.eraseMember.execute(inOrganization(auth), userId);
  }
}
