import { Injectable } from '@nestjs/common';
import type { InOrganization } from '@cabinet/api/identity';
import type { PeerInputView } from '@cabinet/shared/contracts';
import { TriageStep } from '../triage-input/triage-step';

/**
 * An organiser answers input; the answer is final. The sender reads it in their own list, or with
 * their claim code when they sent it anonymously.
 */
@Injectable()
export class AnswerInputUseCase {
  constructor(private readonly step: TriageStep) {}

  /** The step checks access first (organisers only), then that the input was not answered or declined. */
  execute(auth: InOrganization, boardId: string, inputId: string, answer: string): Promise<PeerInputView> {
    return this.step.take(auth, boardId, inputId, 'answer', async () => ({ answer }));
  }
}
