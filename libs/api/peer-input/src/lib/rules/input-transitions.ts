import { DomainError } from '@cabinet/api/core';
import type { PeerInputStatus } from '@cabinet/shared/contracts';

/** What triage can do to input, and the status each action leads to. */
export type InputAction = 'acknowledge' | 'put_on_agenda' | 'make_recommendation' | 'answer' | 'decline';

const RESULT: Record<InputAction, PeerInputStatus> = {
  acknowledge: 'acknowledged',
  put_on_agenda: 'on_agenda',
  make_recommendation: 'recommendation',
  answer: 'answered',
  decline: 'declined',
};

/**
 * From which statuses each action may start. Answered and declined are final: the person was told.
 * A recommendation is the board's own decision, so it can still be answered but no longer declined.
 */
const FROM: Record<InputAction, readonly PeerInputStatus[]> = {
  acknowledge: ['new'],
  put_on_agenda: ['new', 'acknowledged'],
  make_recommendation: ['new', 'acknowledged', 'on_agenda'],
  answer: ['new', 'acknowledged', 'on_agenda', 'recommendation'],
  decline: ['new', 'acknowledged', 'on_agenda'],
};

const WORDS: Record<PeerInputStatus, string> = {
  new: 'new',
  acknowledged: 'acknowledged',
  on_agenda: 'on an agenda',
  recommendation: 'a recommendation',
  answered: 'answered',
  declined: 'declined',
};

export function canTransition(from: PeerInputStatus, action: InputAction): boolean {
  return FROM[action].includes(from);
}

/** The status the action leads to, or 422 on `status` when it cannot start from where the input is. */
export function transition(from: PeerInputStatus, action: InputAction): PeerInputStatus {
  if (!canTransition(from, action)) throw DomainError.invalid('status', `is ${WORDS[from]}: input that is ${WORDS[from]} cannot be ${WORDS[RESULT[action]]}`);
  return RESULT[action];
}
