import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  type BoardDetail,
  type BoardSummary,
  compositionTargetsSchema,
  type CompositionTargetView,
  createBoardSchema,
  onboardingStepSchema,
  type OnboardingStepView,
  Permission,
  seatTypeSchema,
  type SeatTypeView,
  updateBoardSchema,
  updateSeatTypeSchema,
} from '@cabinet/shared/contracts';
import { AddOnboardingStepUseCase } from './add-onboarding-step/add-onboarding-step.use-case';
import { AddSeatTypeUseCase } from './add-seat-type/add-seat-type.use-case';
import { ChangeSeatTypeUseCase } from './change-seat-type/change-seat-type.use-case';
import { CreateBoardUseCase } from './create-board/create-board.use-case';
import { GetBoardUseCase } from './get-board/get-board.use-case';
import { ListBoardsUseCase } from './list-boards/list-boards.use-case';
import { RemoveOnboardingStepUseCase } from './remove-onboarding-step/remove-onboarding-step.use-case';
import { RemoveSeatTypeUseCase } from './remove-seat-type/remove-seat-type.use-case';
import { SetCompositionTargetsUseCase } from './set-composition-targets/set-composition-targets.use-case';
import { UpdateBoardUseCase } from './update-board/update-board.use-case';

class CreateBoardDto extends createZodDto(createBoardSchema) {}
class UpdateBoardDto extends createZodDto(updateBoardSchema) {}
class SeatTypeDto extends createZodDto(seatTypeSchema) {}
class UpdateSeatTypeDto extends createZodDto(updateSeatTypeSchema) {}
class CompositionTargetsDto extends createZodDto(compositionTargetsSchema) {}
class OnboardingStepDto extends createZodDto(onboardingStepSchema) {}

export const board = idParam('This board');
const seatType = idParam('This seat type');
const step = idParam('This onboarding step');

/** Boards of the active organisation and their set-up: settings, seats, composition targets, onboarding. */
@ApiTags('boards')
@Controller('boards')
export class BoardsController {
  constructor(
    private readonly listBoards: ListBoardsUseCase,
    private readonly createBoard: CreateBoardUseCase,
    private readonly getBoard: GetBoardUseCase,
    private readonly updateBoard: UpdateBoardUseCase,
    private readonly addSeatType: AddSeatTypeUseCase,
    private readonly changeSeatType: ChangeSeatTypeUseCase,
    private readonly removeSeatType: RemoveSeatTypeUseCase,
    private readonly setTargets: SetCompositionTargetsUseCase,
    private readonly addStep: AddOnboardingStepUseCase,
    private readonly removeStep: RemoveOnboardingStepUseCase,
  ) {}

  @RequirePermission(Permission.BoardsRead)
  @Get()
  list(@Auth() auth: AuthContext): Promise<BoardSummary[]> {
    return this.listBoards.execute(inOrganization(auth));
  }

  @RequirePermission(Permission.BoardsManage)
  @Post()
  create(@Auth() auth: AuthContext, @Body() body: CreateBoardDto): Promise<BoardDetail> {
    return this.createBoard.execute(inOrganization(auth), body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Get(':boardId')
  get(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<BoardDetail> {
    return this.getBoard.execute(inOrganization(auth), boardId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Patch(':boardId')
  update(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: UpdateBoardDto): Promise<BoardDetail> {
    return this.updateBoard.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post(':boardId/seat-types')
  seatTypeAdd(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: SeatTypeDto): Promise<SeatTypeView> {
    return this.addSeatType.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Patch(':boardId/seat-types/:seatTypeId')
  seatTypeChange(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('seatTypeId', seatType) seatTypeId: string, @Body() body: UpdateSeatTypeDto): Promise<SeatTypeView> {
    return this.changeSeatType.execute(inOrganization(auth), boardId, seatTypeId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Delete(':boardId/seat-types/:seatTypeId')
  @HttpCode(204)
  seatTypeRemove(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('seatTypeId', seatType) seatTypeId: string): Promise<void> {
    return this.removeSeatType.execute(inOrganization(auth), boardId, seatTypeId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Put(':boardId/composition-targets')
  targets(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: CompositionTargetsDto): Promise<CompositionTargetView[]> {
    return this.setTargets.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post(':boardId/onboarding-steps')
  stepAdd(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: OnboardingStepDto): Promise<OnboardingStepView> {
    return this.addStep.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Delete(':boardId/onboarding-steps/:stepId')
  @HttpCode(204)
  stepRemove(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('stepId', step) stepId: string): Promise<void> {
    return this.removeStep.execute(inOrganization(auth), boardId, stepId);
  }
}
