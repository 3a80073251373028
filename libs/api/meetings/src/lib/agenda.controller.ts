import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import { agendaItemSchema, type AgendaView, changeAgendaItemSchema, decideAgendaItemSchema, matchLocale, orderAgendaSchema, Permission } from '@cabinet/shared/contracts';
import { AddAgendaItemUseCase } from './add-agenda-item/add-agenda-item.use-case';
import { AgendaPdfUseCase } from './agenda-pdf/agenda-pdf.use-case';
import { ChangeAgendaItemUseCase } from './change-agenda-item/change-agenda-item.use-case';
import { DecideAgendaItemUseCase } from './decide-agenda-item/decide-agenda-item.use-case';
import { GetAgendaUseCase } from './get-agenda/get-agenda.use-case';
import { OrderAgendaUseCase } from './order-agenda/order-agenda.use-case';
import { ProposeAgendaItemUseCase } from './propose-agenda-item/propose-agenda-item.use-case';
import { PublishAgendaUseCase } from './publish-agenda/publish-agenda.use-case';

class AgendaItemDto extends createZodDto(agendaItemSchema) {}
class ChangeAgendaItemDto extends createZodDto(changeAgendaItemSchema) {}
class DecideAgendaItemDto extends createZodDto(decideAgendaItemSchema) {}
class OrderAgendaDto extends createZodDto(orderAgendaSchema) {}

const board = idParam('This board');
const meeting = idParam('This meeting');
const item = idParam('This agenda item');
const AGENDA = 'boards/:boardId/meetings/:meetingId/agenda';

/**
 * A meeting's agenda. Everyone on the board reads it (members once it is published) and proposes
 * items; the use cases let only organisers add, change, decide, order and publish.
 */
@ApiTags('agendas')
@Controller()
export class AgendaController {
  constructor(
    private readonly getAgenda: GetAgendaUseCase,
    private readonly proposeItem: ProposeAgendaItemUseCase,
    private readonly addItem: AddAgendaItemUseCase,
    private readonly changeItem: ChangeAgendaItemUseCase,
    private readonly decideItem: DecideAgendaItemUseCase,
    private readonly orderAgenda: OrderAgendaUseCase,
    private readonly publishAgenda: PublishAgendaUseCase,
    private readonly agendaPdf: AgendaPdfUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get(AGENDA)
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<AgendaView> {
    return this.getAgenda.execute(inOrganization(auth), boardId, meetingId);
  }

  /** The printable agenda, in the language asked for (en, pt or es). */
  @RequirePermission(Permission.BoardsRead)
  @Get(`${AGENDA}/pdf`)
  async pdf(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { filename, pdf } = await this.agendaPdf.execute(inOrganization(auth), boardId, meetingId, matchLocale(lang));
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'private, no-store');
    return pdf;
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${AGENDA}/proposals`)
  propose(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: AgendaItemDto): Promise<AgendaView> {
    return this.proposeItem.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${AGENDA}/items`)
  add(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: AgendaItemDto): Promise<AgendaView> {
    return this.addItem.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Patch(`${AGENDA}/items/:itemId`)
  change(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Param('itemId', item) itemId: string,
    @Body() body: ChangeAgendaItemDto,
  ): Promise<AgendaView> {
    return this.changeItem.execute(inOrganization(auth), boardId, meetingId, itemId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${AGENDA}/items/:itemId/decision`)
  @HttpCode(200)
  decide(
    @Auth() auth: AuthContext,
    @Param('boardId', board) boardId: string,
    @Param('meetingId', meeting) meetingId: string,
    @Param('itemId', item) itemId: string,
    @Body() body: DecideAgendaItemDto,
  ): Promise<AgendaView> {
    return this.decideItem.execute(inOrganization(auth), boardId, meetingId, itemId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Put(`${AGENDA}/order`)
  order(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string, @Body() body: OrderAgendaDto): Promise<AgendaView> {
    return this.orderAgenda.execute(inOrganization(auth), boardId, meetingId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${AGENDA}/publish`)
  @HttpCode(200)
  publish(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('meetingId', meeting) meetingId: string): Promise<AgendaView> {
    return this.publishAgenda.execute(inOrganization(auth), boardId, meetingId);
  }
}
