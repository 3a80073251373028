import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { PEER_INPUT_ENTITIES } from './entities';
import { InputChannelController } from './input-channel.controller';
import { InputChannelUseCases } from './input-channel/input-channel.use-cases';
import { ListBoardInputUseCase } from './list-board-input/list-board-input.use-case';
import { ListMyInputUseCase } from './list-my-input/list-my-input.use-case';
import { PeerInputController } from './peer-input.controller';
import { PublicInputController } from './public-input.controller';
import { PublicInputUseCases } from './public-input/public-input.use-cases';
import { ReadClaimUseCase } from './read-claim/read-claim.use-case';
import { SubmitInputUseCase } from './submit-input/submit-input.use-case';
import { InputThrottle } from './throttle/input-throttle';
import { TriageInputUseCase } from './triage-input/triage-input.use-case';

/** Peer input to boards: from members, through a public anonymous link or kiosk, triage, and claim codes. */
@Module({
  imports: [TypeOrmModule.forFeature(PEER_INPUT_ENTITIES), IdentityModule, AuditModule],
  controllers: [PeerInputController, InputChannelController, PublicInputController],
  providers: [SubmitInputUseCase, ListMyInputUseCase, ListBoardInputUseCase, TriageInputUseCase, InputChannelUseCases, PublicInputUseCases, ReadClaimUseCase, InputThrottle],
})
export class PeerInputModule {}
