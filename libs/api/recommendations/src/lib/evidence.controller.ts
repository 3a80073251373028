import { Controller, Delete, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { EVIDENCE_CONTENT_TYPES, Permission, type RecommendationDetail } from '@cabinet/shared/contracts';
import { AttachEvidenceUseCase } from './attach-evidence/attach-evidence.use-case';
import { attachmentDisposition } from './attach-evidence/evidence-content';
import { EVIDENCE_UPLOAD_ROUTE } from './attach-evidence/evidence-upload.parser';
import { DownloadEvidenceUseCase } from './download-evidence/download-evidence.use-case';
import { RemoveEvidenceUseCase } from './remove-evidence/remove-evidence.use-case';

const board = idParam('This board');
const recommendation = idParam('This recommendation');
const update = idParam('This progress update');
const file = idParam('This file');
const ONE = 'boards/:boardId/recommendations/:recommendationId';

/**
 * Evidence files on progress updates: the agency uploads a file as the raw body of the request
 * (its name in ?name=, its type in Content-Type), everyone who sees the recommendation downloads
 * it, and its uploader or an organiser removes it.
 */
@ApiTags('recommendations')
@Controller()
export class EvidenceController {
  constructor(
    private readonly attach: AttachEvidenceUseCase,
    private readonly download: DownloadEvidenceUseCase,
    private readonly remove: RemoveEvidenceUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Post(`${ONE}/progress/:updateId/evidence`)
  @RouteConfig(EVIDENCE_UPLOAD_ROUTE)
  @ApiConsumes(...EVIDENCE_CONTENT_TYPES)
  attachRoute(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('recommendationId', recommendation) id: string,
    @Param('updateId', update) updateId: string,
    @Query('name') name: unknown,
    @Req() request: FastifyRequest,
  ): Promise<RecommendationDetail> {
    return this.attach.execute(inOrganization(auth), boardId, id, updateId, { name, contentType: request.headers['content-type'], content: request.body });
  }

  /** Always as a download, never shown in the page: a file is only as safe as the program that opens it. */
  @RequirePermission(Permission.BoardsRead)
  @Get(`${ONE}/evidence/:fileId`)
  async downloadRoute(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('recommendationId', recommendation) id: string,
    @Param('fileId', file) fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const found = await this.download.execute(inOrganization(auth), boardId, id, fileId);
    void reply
      .header('content-type', found.contentType)
      .header('content-disposition', attachmentDisposition(found.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store');
    return found.content;
  }

  @RequirePermission(Permission.BoardsRead)
  @Delete(`${ONE}/evidence/:fileId`)
  removeRoute(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('recommendationId', recommendation) id: string, @Param('fileId', file) fileId: string): Promise<RecommendationDetail> {
    return this.remove.execute(inOrganization(auth), boardId, id, fileId);
  }
}
