import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  adoptRecommendationSchema,
  answerInfoRequestSchema,
  type BoardRecommendationsView,
  draftRecommendationSchema,
  editRecommendationSchema,
  type LiaisonOption,
  liaisonOptionsQuerySchema,
  listRecommendationsQuerySchema,
  Permission,
  type RecommendationDetail,
  recordReviewSchema,
} from '@cabinet/shared/contracts';
import { AdoptRecommendationUseCase } from './adopt-recommendation/adopt-recommendation.use-case';
import { AnswerInfoRequestUseCase } from './answer-info-request/answer-info-request.use-case';
import { DraftRecommendationUseCase } from './draft-recommendation/draft-recommendation.use-case';
import { EditRecommendationUseCase } from './edit-recommendation/edit-recommendation.use-case';
import { GetRecommendationUseCase } from './get-recommendation/get-recommendation.use-case';
import { ListBoardRecommendationsUseCase } from './list-board-recommendations/list-board-recommendations.use-case';
import { ListLiaisonOptionsUseCase } from './list-liaison-options/list-liaison-options.use-case';
import { RecordReviewUseCase } from './record-review/record-review.use-case';
import { SendRecommendationUseCase } from './send-recommendation/send-recommendation.use-case';

class DraftRecommendationDto extends createZodDto(draftRecommendationSchema) {}
class EditRecommendationDto extends createZodDto(editRecommendationSchema) {}
class AdoptRecommendationDto extends createZodDto(adoptRecommendationSchema) {}
class AnswerInfoRequestDto extends createZodDto(answerInfoRequestSchema) {}
class RecordReviewDto extends createZodDto(recordReviewSchema) {}
class ListRecommendationsQueryDto extends createZodDto(listRecommendationsQuerySchema) {}
class LiaisonOptionsQueryDto extends createZodDto(liaisonOptionsQuerySchema) {}

const board = idParam('This board');
const recommendation = idParam('This recommendation');
const ONE = 'boards/:boardId/recommendations/:recommendationId';

/**
 * The board's side of its recommendations: everyone seated on the board reads them; the use
 * cases let organisers draft, adopt, send, answer the agency's questions and record reviews.
 */
@ApiTags('recommendations')
@Controller()
export class RecommendationsController {
  constructor(
    private readonly list: ListBoardRecommendationsUseCase,
    private readonly getOne: GetRecommendationUseCase,
    private readonly draft: DraftRecommendationUseCase,
    private readonly edit: EditRecommendationUseCase,
    private readonly adopt: AdoptRecommendationUseCase,
    private readonly send: SendRecommendationUseCase,
    private readonly answerInfo: AnswerInfoRequestUseCase,
    private readonly review: RecordReviewUseCase,
    private readonly options: ListLiaisonOptionsUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/recommendations')
  listRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Query() query: ListRecommendationsQueryDto): Promise<BoardRecommendationsView> {
    return this.list.execute(inOrganization(auth), boardId, query);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post('boards/:boardId/recommendations')
  draftRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: DraftRecommendationDto): Promise<RecommendationDetail> {
    return this.draft.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get('boards/:boardId/recommendation-liaisons')
  liaisonOptionsRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Query() query: LiaisonOptionsQueryDto): Promise<LiaisonOption[]> {
    return this.options.execute(inOrganization(auth), boardId, query.organizationId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(ONE)
  getRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string): Promise<RecommendationDetail> {
    return this.getOne.execute(inOrganization(auth), boardId, id);
  }

  @RequirePermission(Permission.BoardsRead)
  @Patch(ONE)
  editRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: EditRecommendationDto): Promise<RecommendationDetail> {
    return this.edit.execute(inOrganization(auth), boardId, id, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/adopt`)
  @HttpCode(200)
  adoptRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: AdoptRecommendationDto): Promise<RecommendationDetail> {
    return this.adopt.execute(inOrganization(auth), boardId, id, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/send`)
  @HttpCode(200)
  sendRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string): Promise<RecommendationDetail> {
    return this.send.execute(inOrganization(auth), boardId, id);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/info-answer`)
  @HttpCode(200)
  answerInfoRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: AnswerInfoRequestDto): Promise<RecommendationDetail> {
    return this.answerInfo.execute(inOrganization(auth), boardId, id, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/reviews`)
  reviewRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: RecordReviewDto): Promise<RecommendationDetail> {
    return this.review.execute(inOrganization(auth), boardId, id, body);
  }
}
