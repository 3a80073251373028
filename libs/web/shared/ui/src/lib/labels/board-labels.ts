import type { BoardRole, CompositionTag, EndReason, MemberStatus, OnboardingKind, QuorumKind, SeatKind, VoteThreshold } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/** Plain names for the boards domain's enums (messages under `boards.labels.*`), for every boards screen. */
export const SEAT_KIND_LABEL_KEYS: Readonly<Record<SeatKind, MessageKey>> = {
  peer: 'boards.labels.seatKind.peer',
  community: 'boards.labels.seatKind.community',
  staff: 'boards.labels.seatKind.staff',
  funder_observer: 'boards.labels.seatKind.funder_observer',
  ex_officio: 'boards.labels.seatKind.ex_officio',
  custom: 'boards.labels.seatKind.custom',
};

export const MEMBER_STATUS_LABEL_KEYS: Readonly<Record<MemberStatus, MessageKey>> = {
  applied: 'boards.labels.status.applied',
  nominated: 'boards.labels.status.nominated',
  guest: 'boards.labels.status.guest',
  active: 'boards.labels.status.active',
  on_leave: 'boards.labels.status.on_leave',
  ended: 'boards.labels.status.ended',
};

export const BOARD_ROLE_LABEL_KEYS: Readonly<Record<BoardRole, MessageKey>> = {
  chair: 'boards.labels.boardRole.chair',
  co_chair: 'boards.labels.boardRole.co_chair',
  secretary: 'boards.labels.boardRole.secretary',
};

export const COMPOSITION_TAG_LABEL_KEYS: Readonly<Record<CompositionTag, MessageKey>> = {
  lived_experience: 'boards.labels.tag.lived_experience',
  consumer: 'boards.labels.tag.consumer',
  unaligned_consumer: 'boards.labels.tag.unaligned_consumer',
  patient_family: 'boards.labels.tag.patient_family',
  youth: 'boards.labels.tag.youth',
  formerly_incarcerated: 'boards.labels.tag.formerly_incarcerated',
};

export const END_REASON_LABEL_KEYS: Readonly<Record<EndReason, MessageKey>> = {
  term_expired: 'boards.labels.endReason.term_expired',
  resigned: 'boards.labels.endReason.resigned',
  removed: 'boards.labels.endReason.removed',
  declined: 'boards.labels.endReason.declined',
};

export const ONBOARDING_KIND_LABEL_KEYS: Readonly<Record<OnboardingKind, MessageKey>> = {
  confidentiality: 'boards.labels.onboardingKind.confidentiality',
  conflict_of_interest: 'boards.labels.onboardingKind.conflict_of_interest',
  orientation: 'boards.labels.onboardingKind.orientation',
  custom: 'boards.labels.onboardingKind.custom',
};

export const QUORUM_KIND_LABEL_KEYS: Readonly<Record<QuorumKind, MessageKey>> = {
  majority: 'boards.labels.quorumKind.majority',
  fixed: 'boards.labels.quorumKind.fixed',
};

export const VOTE_THRESHOLD_LABEL_KEYS: Readonly<Record<VoteThreshold, MessageKey>> = {
  simple_majority: 'boards.labels.voteThreshold.simple_majority',
  two_thirds: 'boards.labels.voteThreshold.two_thirds',
};

export const MEMBER_SOURCE_LABEL_KEYS: Readonly<Record<'added' | 'application' | 'nomination', MessageKey>> = {
  added: 'boards.labels.source.added',
  application: 'boards.labels.source.application',
  nomination: 'boards.labels.source.nomination',
};
