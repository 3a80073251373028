import type { MessageKey } from '@cabinet/web/shared/i18n';
import type { PeerInputKind, PeerInputStatus } from '@cabinet/shared/contracts';

export const KIND_LABEL_KEYS: Readonly<Record<PeerInputKind, MessageKey>> = {
  idea: 'peerInput.kind.idea',
  concern: 'peerInput.kind.concern',
  complaint: 'peerInput.kind.complaint',
  question: 'peerInput.kind.question',
};

export const KIND_HINT_KEYS: Readonly<Record<PeerInputKind, MessageKey>> = {
  idea: 'peerInput.kind.idea.hint',
  concern: 'peerInput.kind.concern.hint',
  complaint: 'peerInput.kind.complaint.hint',
  question: 'peerInput.kind.question.hint',
};

/** Short, for lists. */
export const STATUS_LABEL_KEYS: Readonly<Record<PeerInputStatus, MessageKey>> = {
  new: 'peerInput.status.new',
  acknowledged: 'peerInput.status.acknowledged',
  on_agenda: 'peerInput.status.on_agenda',
  recommendation: 'peerInput.status.recommendation',
  answered: 'peerInput.status.answered',
  declined: 'peerInput.status.declined',
};

/** A sentence, for the person who sent it (the API's own wording is English only). */
export const STATUS_TEXT_KEYS: Readonly<Record<PeerInputStatus, MessageKey>> = {
  new: 'peerInput.statusText.new',
  acknowledged: 'peerInput.statusText.acknowledged',
  on_agenda: 'peerInput.statusText.on_agenda',
  recommendation: 'peerInput.statusText.recommendation',
  answered: 'peerInput.statusText.answered',
  declined: 'peerInput.statusText.declined',
};
