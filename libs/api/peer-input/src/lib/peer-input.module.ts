import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { PEER_INPUT_ENTITIES } from './entities';
import { AcknowledgeInputUseCase } from './acknowledge-input/acknowledge-input.use-case';
import { AnswerInputUseCase } from './answer-input/answer-input.use-case';
import { DeclineInputUseCase } from './decline-input/decline-input.use-case';
import { InputChannelController } from './input-channel.controller';
import { InputChannelUseCases } from './input-channel/input-channel.use-cases';
import { ListBoardInputUseCase } from './list-board-input/list-board-input.use-case';
import { ListMyInputUseCase } from './list-my-input/list-my-input.use-case';
import { PeerInputController } from './peer-input.controller';
import { PutInputOnAgendaUseCase } from './put-input-on-agenda/put-input-on-agenda.use-case';
import { PublicInputController } from './public-input.controller';
import { PublicInputUseCases } from './public-input/public-input.use-cases';
import { ReadClaimUseCase } from './read-claim/read-claim.use-case';
import { SubmitInputUseCase } from './submit-input/submit-input.use-case';
import { InputThrottle } from './throttle/input-throttle';
import { TriageStep } from './triage-input/triage-step';

/** Peer input to boards: from members, through a public anonymous link or kiosk, triage, and claim codes. */
@Module({
  imports: [TypeOrmModule.forFeature(PEER_INPUT_ENTITIES), IdentityModule, AuditModule],
  controllers: [PeerInputController, InputChannelController, PublicInputController],
  providers: [
    SubmitInputUseCase,
    ListMyInputUseCase,
    ListBoardInputUseCase,
    TriageStep,
    AcknowledgeInputUseCase,
    PutInputOnAgendaUseCase,
    AnswerInputUseCase,
    DeclineInputUseCase,
    InputChannelUseCases,
    PublicInputUseCases,
    ReadClaimUseCase,
    InputThrottle,
  ],
})
export class PeerInputModule {}
