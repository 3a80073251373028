import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DomainError, idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  addBoardMemberSchema,
  type BoardMemberProfile,
  COMPOSITION_TAGS,
  type CompositionTag,
  conflictDeclarationSchema,
  type PendingMember,
  Permission,
  renewTermSchema,
  tagConsentSchema,
  transitionMemberSchema,
  updateBoardMemberSchema,
  updateMyMembershipSchema,
} from '@cabinet/shared/contracts';
import { AddBoardMemberUseCase } from './add-board-member/add-board-member.use-case';
import { board } from './boards.controller';
import { ChangeBoardMemberUseCase } from './change-board-member/change-board-member.use-case';
import { ConsentToTagUseCase } from './consent-to-tag/consent-to-tag.use-case';
import { DeclareConflictUseCase } from './declare-conflict/declare-conflict.use-case';
import { GetBoardMemberUseCase } from './get-board-member/get-board-member.use-case';
import { ListApplicationsUseCase } from './list-applications/list-applications.use-case';
import { RecordOnboardingStepUseCase } from './record-onboarding-step/record-onboarding-step.use-case';
import { RenewTermUseCase } from './renew-term/renew-term.use-case';
import { TransitionBoardMemberUseCase } from './transition-board-member/transition-board-member.use-case';
import { UpdateMyMembershipUseCase } from './update-my-membership/update-my-membership.use-case';
import { WithdrawTagConsentUseCase } from './withdraw-tag-consent/withdraw-tag-consent.use-case';

class AddBoardMemberDto extends createZodDto(addBoardMemberSchema) {}
class UpdateBoardMemberDto extends createZodDto(updateBoardMemberSchema) {}
class UpdateMyMembershipDto extends createZodDto(updateMyMembershipSchema) {}
class TransitionMemberDto extends createZodDto(transitionMemberSchema) {}
class RenewTermDto extends createZodDto(renewTermSchema) {}
class ConflictDeclarationDto extends createZodDto(conflictDeclarationSchema) {}
class TagConsentDto extends createZodDto(tagConsentSchema) {}

const member = idParam('This member');
const step = idParam('This onboarding step');
/** An attribute Cabinet does not count names no consent anyone could have given. */
const tagParam = { transform: (value: string): CompositionTag => {
  if (!(COMPOSITION_TAGS as readonly string[]).includes(value)) throw DomainError.notFound('This consent');
  return value as CompositionTag;
} };

/**
 * People on a board. Managers run the lifecycle; a member reaches their own record (the use cases
 * check "manager or the person" first, so these routes need only boards.read).
 */
@ApiTags('board members')
@Controller('boards/:boardId')
export class BoardMembersController {
  constructor(
    private readonly listApplications: ListApplicationsUseCase,
    private readonly addMember: AddBoardMemberUseCase,
    private readonly getMember: GetBoardMemberUseCase,
    private readonly changeMember: ChangeBoardMemberUseCase,
    private readonly transitionMember: TransitionBoardMemberUseCase,
    private readonly renewTerm: RenewTermUseCase,
    private readonly recordStep: RecordOnboardingStepUseCase,
    private readonly declareConflict: DeclareConflictUseCase,
    private readonly consentToTag: ConsentToTagUseCase,
    private readonly withdrawTag: WithdrawTagConsentUseCase,
    private readonly updateMine: UpdateMyMembershipUseCase,
  ) {}

  @RequirePermission(Permission.BoardsManage)
  @Get('applications')
  applications(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<PendingMember[]> {
    return this.listApplications.execute(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post('members')
  add(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: AddBoardMemberDto): Promise<BoardMemberProfile> {
    return this.addMember.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get('members/:memberId')
  profile(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string): Promise<BoardMemberProfile> {
    return this.getMember.execute(inOrganization(auth), boardId, memberId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Patch('members/:memberId')
  change(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Body() body: UpdateBoardMemberDto): Promise<BoardMemberProfile> {
    return this.changeMember.execute(inOrganization(auth), boardId, memberId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post('members/:memberId/transition')
  @HttpCode(200)
  transition(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Body() body: TransitionMemberDto): Promise<BoardMemberProfile> {
    return this.transitionMember.execute(inOrganization(auth), boardId, memberId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post('members/:memberId/renew')
  renew(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Body() body: RenewTermDto): Promise<BoardMemberProfile> {
    return this.renewTerm.execute(inOrganization(auth), boardId, memberId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Put('members/:memberId/onboarding/:stepId')
  completeStep(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Param('stepId', step) stepId: string): Promise<BoardMemberProfile> {
    return this.recordStep.execute(inOrganization(auth), boardId, memberId, stepId, true);
  }

  @RequirePermission(Permission.BoardsManage)
  @Delete('members/:memberId/onboarding/:stepId')
  undoStep(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Param('stepId', step) stepId: string): Promise<BoardMemberProfile> {
    return this.recordStep.execute(inOrganization(auth), boardId, memberId, stepId, false);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post('members/:memberId/declarations')
  declare(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Body() body: ConflictDeclarationDto): Promise<BoardMemberProfile> {
    return this.declareConflict.execute(inOrganization(auth), boardId, memberId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post('members/:memberId/tags')
  consent(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Body() body: TagConsentDto): Promise<BoardMemberProfile> {
    return this.consentToTag.execute(inOrganization(auth), boardId, memberId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Delete('members/:memberId/tags/:tag')
  withdraw(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('memberId', member) memberId: string, @Param('tag', tagParam) tag: CompositionTag): Promise<BoardMemberProfile> {
    return this.withdrawTag.execute(inOrganization(auth), boardId, memberId, tag);
  }

  @RequirePermission(Permission.BoardsRead)
  @Patch('me')
  updateMe(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: UpdateMyMembershipDto): Promise<BoardMemberProfile> {
    return this.updateMine.execute(inOrganization(auth), boardId, body);
  }
}
