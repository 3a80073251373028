/**
 * Names for the boards domain's enums (seat kinds, statuses, board roles, attributes, end reasons…),
 * shared by every boards screen: use these, don't repeat them in a feature's own messages.
 */
export const EN_BOARDS_LABELS = {
  'boards.labels.seatKind.peer': 'Peer with lived experience',
  'boards.labels.seatKind.community': 'Community representative',
  'boards.labels.seatKind.staff': 'Agency staff',
  'boards.labels.seatKind.funder_observer': 'Funder observer',
  'boards.labels.seatKind.ex_officio': 'Ex officio',
  'boards.labels.seatKind.custom': 'Other',

  'boards.labels.status.applied': 'Applied',
  'boards.labels.status.nominated': 'Nominated',
  'boards.labels.status.guest': 'Guest',
  'boards.labels.status.active': 'Active',
  'boards.labels.status.on_leave': 'On leave',
  'boards.labels.status.ended': 'Ended',

  'boards.labels.boardRole.chair': 'Chair',
  'boards.labels.boardRole.co_chair': 'Co-chair',
  'boards.labels.boardRole.secretary': 'Secretary',

  'boards.labels.tag.lived_experience': 'Lived experience',
  'boards.labels.tag.consumer': 'Uses the services',
  'boards.labels.tag.unaligned_consumer': 'Uses the services, not linked to the agency',
  'boards.labels.tag.patient_family': 'Patient or family member',
  'boards.labels.tag.youth': 'Young person',
  'boards.labels.tag.formerly_incarcerated': 'Has been in prison',

  'boards.labels.endReason.term_expired': 'Term ended',
  'boards.labels.endReason.resigned': 'Resigned',
  'boards.labels.endReason.removed': 'Removed',
  'boards.labels.endReason.declined': 'Not taken up',

  'boards.labels.onboardingKind.confidentiality': 'Confidentiality agreement',
  'boards.labels.onboardingKind.conflict_of_interest': 'Conflict of interest declaration',
  'boards.labels.onboardingKind.orientation': 'Orientation',
  'boards.labels.onboardingKind.custom': 'Other step',

  'boards.labels.quorumKind.majority': 'More than half of the voting members',
  'boards.labels.quorumKind.fixed': 'A fixed number of voting members',

  'boards.labels.voteThreshold.simple_majority': 'More than half of the votes',
  'boards.labels.voteThreshold.two_thirds': 'Two thirds of the votes',

  'boards.labels.source.added': 'Added by a manager',
  'boards.labels.source.application': 'Applied through the join page',
  'boards.labels.source.nomination': 'Nominated',

  'boards.labels.relation.host': 'Hosted by {organization}',
  'boards.labels.relation.partner': 'Co-owned with {organization}',

  'boards.labels.invitationStatus.pending': 'Waiting',
  'boards.labels.invitationStatus.accepted': 'Accepted',
  'boards.labels.invitationStatus.revoked': 'Revoked',
  'boards.labels.invitationStatus.expired': 'Expired',

  'boards.labels.voting': 'Voting',
  'boards.labels.nonVoting': 'Non-voting',
  'boards.labels.canVote': 'Can vote',
  'boards.labels.listedByRole': 'Listed by role',
} as const satisfies Record<string, string>;
