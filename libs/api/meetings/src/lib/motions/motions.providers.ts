import { CastVoteUseCase } from '../cast-vote/cast-vote.use-case';
import { CloseMotionUseCase } from '../close-motion/close-motion.use-case';
import { DeclareItemConflictUseCase } from '../declare-item-conflict/declare-item-conflict.use-case';
import { ListMotionsUseCase } from '../list-motions/list-motions.use-case';
import { OpenMotionUseCase } from '../open-motion/open-motion.use-case';
import { RecordVoteCountUseCase } from '../record-vote-count/record-vote-count.use-case';
import { WithdrawMotionUseCase } from '../withdraw-motion/withdraw-motion.use-case';

/** The motion and vote use cases, for the meetings module. */
export const MOTIONS_PROVIDERS = [ListMotionsUseCase, OpenMotionUseCase, CastVoteUseCase, RecordVoteCountUseCase, CloseMotionUseCase, WithdrawMotionUseCase, DeclareItemConflictUseCase];
