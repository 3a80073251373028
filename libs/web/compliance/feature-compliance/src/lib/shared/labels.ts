import type { ComplianceEvidenceView, RuleKind, RuleResult } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/** Each result in words; the icon beside it is decoration, so the status never rests on colour or shape alone. */
export const RESULT_LABEL_KEYS: Readonly<Record<RuleResult, MessageKey>> = {
  pass: 'compliance.result.pass',
  fail: 'compliance.result.fail',
  at_risk: 'compliance.result.at_risk',
  not_enough_data: 'compliance.result.not_enough_data',
};

export const RESULT_ICONS: Readonly<Record<RuleResult, string>> = {
  pass: '✔',
  fail: '✖',
  at_risk: '⚠',
  not_enough_data: '?',
};

/** What the two results that need explaining mean, under the status. */
export const RESULT_HINT_KEYS: Readonly<Partial<Record<RuleResult, MessageKey>>> = {
  at_risk: 'compliance.result.at_risk.hint',
  not_enough_data: 'compliance.result.not_enough_data.hint',
};

/** Plain names for the rule kinds, as the pack editor offers them. */
export const KIND_LABEL_KEYS: Readonly<Record<RuleKind, MessageKey>> = {
  composition_share: 'compliance.kind.composition_share',
  composition_cap: 'compliance.kind.composition_cap',
  board_size: 'compliance.kind.board_size',
  meetings_held: 'compliance.kind.meetings_held',
  quorum_reached: 'compliance.kind.quorum_reached',
  minutes_within: 'compliance.kind.minutes_within',
  minutes_retention: 'compliance.kind.minutes_retention',
  response_within: 'compliance.kind.response_within',
  recommendations_share: 'compliance.kind.recommendations_share',
  term_limit: 'compliance.kind.term_limit',
  attendance_standing: 'compliance.kind.attendance_standing',
  onboarding_before_voting: 'compliance.kind.onboarding_before_voting',
  roles_not_voting: 'compliance.kind.roles_not_voting',
  report_due: 'compliance.kind.report_due',
};

/** What each kind checks, in a sentence, under the kind select. */
export const KIND_HINT_KEYS: Readonly<Record<RuleKind, MessageKey>> = {
  composition_share: 'compliance.kind.composition_share.hint',
  composition_cap: 'compliance.kind.composition_cap.hint',
  board_size: 'compliance.kind.board_size.hint',
  meetings_held: 'compliance.kind.meetings_held.hint',
  quorum_reached: 'compliance.kind.quorum_reached.hint',
  minutes_within: 'compliance.kind.minutes_within.hint',
  minutes_retention: 'compliance.kind.minutes_retention.hint',
  response_within: 'compliance.kind.response_within.hint',
  recommendations_share: 'compliance.kind.recommendations_share.hint',
  term_limit: 'compliance.kind.term_limit.hint',
  attendance_standing: 'compliance.kind.attendance_standing.hint',
  onboarding_before_voting: 'compliance.kind.onboarding_before_voting.hint',
  roles_not_voting: 'compliance.kind.roles_not_voting.hint',
  report_due: 'compliance.kind.report_due.hint',
};

export const EVIDENCE_TYPE_LABEL_KEYS: Readonly<Record<ComplianceEvidenceView['type'], MessageKey>> = {
  meeting: 'compliance.evidence.type.meeting',
  member: 'compliance.evidence.type.member',
  minutes: 'compliance.evidence.type.minutes',
  recommendation: 'compliance.evidence.type.recommendation',
  report: 'compliance.evidence.type.report',
};

/** The note codes the evaluators write on their evidence (libs/api/compliance/src/lib/rules). */
export const EVIDENCE_NOTE_LABEL_KEYS: Readonly<Record<string, MessageKey>> = {
  held: 'compliance.evidence.note.held',
  scheduled: 'compliance.evidence.note.scheduled',
  counted: 'compliance.evidence.note.counted',
  not_counted: 'compliance.evidence.note.not_counted',
  term_ending: 'compliance.evidence.note.term_ending',
  within_limit: 'compliance.evidence.note.within_limit',
  over_limit: 'compliance.evidence.note.over_limit',
  kept: 'compliance.evidence.note.kept',
  missing: 'compliance.evidence.note.missing',
  on_time: 'compliance.evidence.note.on_time',
  late: 'compliance.evidence.note.late',
  due_soon: 'compliance.evidence.note.due_soon',
  pending: 'compliance.evidence.note.pending',
  not_due: 'compliance.evidence.note.not_due',
  onboarded: 'compliance.evidence.note.onboarded',
  voted_before_onboarding: 'compliance.evidence.note.voted_before_onboarding',
  quorum_reached: 'compliance.evidence.note.quorum_reached',
  no_quorum: 'compliance.evidence.note.no_quorum',
  not_recorded: 'compliance.evidence.note.not_recorded',
  voting: 'compliance.evidence.note.voting',
  not_voting: 'compliance.evidence.note.not_voting',
};
