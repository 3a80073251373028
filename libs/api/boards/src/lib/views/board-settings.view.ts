import type { BoardSettingsView, SeatTypeView } from '@cabinet/shared/contracts';
import type { Board } from '../entities/board.entity';
import type { SeatType } from '../entities/seat-type.entity';

export function toSettingsView(board: Board): BoardSettingsView {
  return {
    name: board.name,
    purpose: board.purpose,
    slug: board.slug,
    publicPages: board.publicPages,
    acceptsApplications: board.acceptsApplications,
    quorumKind: board.quorumKind,
    quorumCount: board.quorumCount,
    termMonths: board.termMonths,
    termLimit: board.termLimit,
    standingAbsences: board.standingAbsences,
    standingMonths: board.standingMonths,
    voteThreshold: board.voteThreshold,
    onboardingGatesVoting: board.onboardingGatesVoting,
  };
}

export function toSeatTypeView(seat: SeatType, filled: number): SeatTypeView {
  return { id: seat.id, name: seat.name, kind: seat.kind, voting: seat.voting, seatCount: seat.seatCount, filled };
}
