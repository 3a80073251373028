import { Injectable } from '@nestjs/common';
import type { InOrganization } from '@cabinet/api/identity';
import type { PeerInputView } from '@cabinet/shared/contracts';
import { TriageStep } from '../triage-input/triage-step';

/**
 * An organiser declines input, always with a reason the sender reads (the schema requires it).
 * Input that became a recommendation is the board's own decision and can no longer be declined.
 */
@Injectable()
export class DeclineInputUseCase {
  constructor(private readonly step: TriageStep) {}

  /** The step checks access first (organisers only), then the input's status. */
  execute(auth: InOrganization, boardId: string, inputId: string, reason: string): Promise<PeerInputView> {
    return this.step.take(auth, boardId, inputId, 'decline', async () => ({ declineReason: reason }));
  }
}
