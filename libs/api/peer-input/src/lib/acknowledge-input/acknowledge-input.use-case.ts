import { Injectable } from '@nestjs/common';
import type { InOrganization } from '@cabinet/api/identity';
import type { PeerInputView } from '@cabinet/shared/contracts';
import { TriageStep } from '../triage-input/triage-step';

/** An organiser tells the board's new input "we have seen it", within the board's days to acknowledge. */
@Injectable()
export class AcknowledgeInputUseCase {
  constructor(private readonly step: TriageStep) {}

  /** The step checks access first (organisers only), then that the input is still new. */
  execute(auth: InOrganization, boardId: string, inputId: string): Promise<PeerInputView> {
    return this.step.take(auth, boardId, inputId, 'acknowledge');
  }
}
