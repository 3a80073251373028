import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam, slugParam } from '@cabinet/api/core';
import { Auth, type AuthContext, ClientIp, inOrganization, Public, RequirePermission } from '@cabinet/api/identity';
import { claimSchema, type ClaimOutcomeView, Permission, publicationSchema, type PublicRecommendationsView, type RecommendationDetail } from '@cabinet/shared/contracts';
import { ListPublicRecommendationsUseCase } from './list-public-recommendations/list-public-recommendations.use-case';
import { PublishRecommendationUseCase } from './publish-recommendation/publish-recommendation.use-case';
import { ReadClaimOutcomeUseCase } from './read-claim-outcome/read-claim-outcome.use-case';

class PublicationDto extends createZodDto(publicationSchema) {}
class ClaimDto extends createZodDto(claimSchema) {}

const board = idParam('This board');
const recommendation = idParam('This recommendation');

/**
 * "You said, we did": organisers publish sent recommendations; anyone reads a public board's
 * published ones by its slug; an anonymous submitter reads what became of their input with its
 * claim code (in the body, so it never sits in a URL or a log).
 */
@ApiTags('recommendations')
@Controller()
export class PublicOutcomesController {
  constructor(
    private readonly publish: PublishRecommendationUseCase,
    private readonly publicList: ListPublicRecommendationsUseCase,
    private readonly claimOutcome: ReadClaimOutcomeUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Put('boards/:boardId/recommendations/:recommendationId/publication')
  publicationRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Body() body: PublicationDto): Promise<RecommendationDetail> {
    return this.publish.execute(inOrganization(auth), boardId, id, body);
  }

  @Public()
  @Get('public/boards/:slug/recommendations')
  publicListRoute(@Param('slug', slugParam) slug: string): Promise<PublicRecommendationsView> {
    return this.publicList.execute(slug);
  }

  @Public()
  @Post('claims/outcome')
  @HttpCode(200)
  claimOutcomeRoute(@Body() body: ClaimDto, @ClientIp() ip: string): Promise<ClaimOutcomeView> {
    return this.claimOutcome.execute(body.code, ip);
  }
}
