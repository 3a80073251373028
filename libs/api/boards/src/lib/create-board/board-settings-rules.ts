import { DomainError } from '@cabinet/api/core';
import type { BoardSettingsView } from '@cabinet/shared/contracts';

/** Settings that only make sense together, checked on the result of a change. */
export function checkBoardSettings(settings: Pick<BoardSettingsView, 'quorumKind' | 'quorumCount' | 'standingAbsences' | 'standingMonths'>): void {
  if (settings.quorumKind === 'fixed' && settings.quorumCount === null) throw DomainError.invalid('quorumCount', 'is required for a fixed quorum: how many voting members must be present');
  if ((settings.standingAbsences === null) !== (settings.standingMonths === null)) {
    throw DomainError.invalid('standingMonths', 'must be set together with the number of absences (or both left empty for no attendance rule)');
  }
}
