import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  answerInputSchema,
  declineInputSchema,
  inputOnAgendaSchema,
  listInputQuerySchema,
  type MyInputView,
  type PeerInputView,
  Permission,
  submitInputSchema,
  type SubmittedInput,
} from '@cabinet/shared/contracts';
import { AcknowledgeInputUseCase } from './acknowledge-input/acknowledge-input.use-case';
import { AnswerInputUseCase } from './answer-input/answer-input.use-case';
import { DeclineInputUseCase } from './decline-input/decline-input.use-case';
import { ListBoardInputUseCase } from './list-board-input/list-board-input.use-case';
import { ListMyInputUseCase } from './list-my-input/list-my-input.use-case';
import { PutInputOnAgendaUseCase } from './put-input-on-agenda/put-input-on-agenda.use-case';
import { SubmitInputUseCase } from './submit-input/submit-input.use-case';

class SubmitInputDto extends createZodDto(submitInputSchema) {}
class ListInputQueryDto extends createZodDto(listInputQuerySchema) {}
class InputOnAgendaDto extends createZodDto(inputOnAgendaSchema) {}
class AnswerInputDto extends createZodDto(answerInputSchema) {}
class DeclineInputDto extends createZodDto(declineInputSchema) {}

const board = idParam('This board');
const input = idParam('This input');
const INPUT = 'boards/:boardId/input';

/** Members send input to their board; its organisers triage it (the use cases check who is which). */
@ApiTags('peer input')
@Controller()
export class PeerInputController {
  constructor(
    private readonly submitInput: SubmitInputUseCase,
    private readonly listMine: ListMyInputUseCase,
    private readonly listBoard: ListBoardInputUseCase,
    private readonly acknowledgeInput: AcknowledgeInputUseCase,
    private readonly putInputOnAgenda: PutInputOnAgendaUseCase,
    private readonly answerInput: AnswerInputUseCase,
    private readonly declineInput: DeclineInputUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Post(INPUT)
  submit(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: SubmitInputDto): Promise<SubmittedInput> {
    return this.submitInput.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(`${INPUT}/mine`)
  mine(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<MyInputView[]> {
    return this.listMine.execute(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(INPUT)
  list(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Query() query: ListInputQueryDto): Promise<PeerInputView[]> {
    return this.listBoard.execute(inOrganization(auth), boardId, query);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${INPUT}/:inputId/acknowledge`)
  @HttpCode(200)
  acknowledge(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('inputId', input) inputId: string): Promise<PeerInputView> {
    return this.acknowledgeInput.execute(inOrganization(auth), boardId, inputId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${INPUT}/:inputId/agenda`)
  @HttpCode(200)
  putOnAgenda(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('inputId', input) inputId: string, @Body() body: InputOnAgendaDto): Promise<PeerInputView> {
    return this.putInputOnAgenda.execute(inOrganization(auth), boardId, inputId, body.agendaItemId);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${INPUT}/:inputId/answer`)
  @HttpCode(200)
  answer(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('inputId', input) inputId: string, @Body() body: AnswerInputDto): Promise<PeerInputView> {
    return this.answerInput.execute(inOrganization(auth), boardId, inputId, body.answer);
  }

  @RequirePermission(Permission.BoardsRead)
  @Post(`${INPUT}/:inputId/decline`)
  @HttpCode(200)
  decline(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('inputId', input) inputId: string, @Body() body: DeclineInputDto): Promise<PeerInputView> {
    return this.declineInput.execute(inOrganization(auth), boardId, inputId, body.reason);
  }
}
