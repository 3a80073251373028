import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  addMilestoneSchema,
  type LiaisonInboxItem,
  Permission,
  postProgressSchema,
  type RecommendationDetail,
  reportImplementedSchema,
  respondToRecommendationSchema,
} from '@cabinet/shared/contracts';
import { AddMilestoneUseCase } from './add-milestone/add-milestone.use-case';
import { CompleteMilestoneUseCase } from './complete-milestone/complete-milestone.use-case';
import { ListLiaisonInboxUseCase } from './list-liaison-inbox/list-liaison-inbox.use-case';
import { PostProgressUseCase } from './post-progress/post-progress.use-case';
import { ReportImplementedUseCase } from './report-implemented/report-implemented.use-case';
import { RespondToRecommendationUseCase } from './respond-to-recommendation/respond-to-recommendation.use-case';

class RespondDto extends createZodDto(respondToRecommendationSchema) {}
class AddMilestoneDto extends createZodDto(addMilestoneSchema) {}
class PostProgressDto extends createZodDto(postProgressSchema) {}
class ReportImplementedDto extends createZodDto(reportImplementedSchema) {}

const board = idParam('This board');
const recommendation = idParam('This recommendation');
const milestone = idParam('This milestone');
const ONE = 'boards/:boardId/recommendations/:recommendationId';

/**
 * The agency's side: the liaisons (and managers) of the organisation a recommendation is
 * addressed to answer it, plan and report its implementation; anyone else gets a 404.
 */
@ApiTags('recommendations')
@Controller()
export class AgencyResponsesController {
  constructor(
    private readonly inbox: ListLiaisonInboxUseCase,
    private readonly respond: RespondToRecommendationUseCase,
    private readonly addMilestone: AddMilestoneUseCase,
    private readonly completeMilestone: CompleteMilestoneUseCase,
    private readonly postProgress: PostProgressUseCase,
    private readonly reportImplemented: ReportImplementedUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('recommendations/inbox')
  inboxRoute(@Auth() auth: AuthContext): Promise<LiaisonInboxItem[]> {
    return this.inbox.execute(inOrganization(auth));
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/responses`)
  respondRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: RespondDto): Promise<RecommendationDetail> {
    return this.respond.execute(inOrganization(auth), boardId, id, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/milestones`)
  milestoneRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: AddMilestoneDto): Promise<RecommendationDetail> {
    return this.addMilestone.execute(inOrganization(auth), boardId, id, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/milestones/:milestoneId/done`)
  @HttpCode(200)
  milestoneDoneRoute(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('recommendationId', recommendation) id: string,
    @Param('milestoneId', milestone) milestoneId: string,
  ): Promise<RecommendationDetail> {
    return this.completeMilestone.execute(inOrganization(auth), boardId, id, milestoneId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/progress`)
  progressRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: PostProgressDto): Promise<RecommendationDetail> {
    return this.postProgress.execute(inOrganization(auth), boardId, id, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/report`)
  @HttpCode(200)
  reportRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: ReportImplementedDto): Promise<RecommendationDetail> {
    return this.reportImplemented.execute(inOrganization(auth), boardId, id, body);
  }
}
