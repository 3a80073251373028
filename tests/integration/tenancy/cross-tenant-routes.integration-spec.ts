import { eventually, type RouteEntry, routeTable, signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';

/** An invitation the other organisation sent (set before the routes are tried). */
let theirInvitationId = '';
/** The other organisation's admin's session (set before the routes are tried). */
let theirSessionId = '';
/** The other organisation's board and things on it (set before the routes are tried). */
/** A recommendation drafted on the other organisation's board (set before the routes are tried). */
let theirRecommendationId = '';
/** A compliance pack the other organisation composed (set before the routes are tried). */
let theirPackId = '';
/** A grant the other organisation (a funder too) recorded (set before the routes are tried). */
let theirGrantId = '';
/** A ready compliance export the other organisation made of its board (set before the routes are tried). */
let theirExportId = '';
/** A valid export request, so the answer is about whose board it is, not about the body. */
const EXPORT = () => ({ kind: 'results_csv', periodFrom: `${new Date().getUTCFullYear()}-01-01` });
/** A valid report to record (last year's, made public today), so the answer is about whose board it is. */
const REPORT = () => ({ year: new Date().getUTCFullYear() - 1, publishedOn: new Date().toISOString().slice(0, 10) });
const PACK = { name: 'Intrusion pack', description: '', rules: [{ key: 'four-meetings', kind: 'meetings_held', title: 'Four meetings a year', params: { min: 4, period: { per: 'year' } }, source: { citation: 'Our grant terms', url: null } }] };
const theirBoard = { boardId: '', seatTypeId: '', stepId: '', memberId: '', invitationId: '', meetingId: '', feedId: '', agendaItemId: '' };
const onTheirBoard = (extra: Partial<Record<'seatTypeId' | 'stepId' | 'memberId' | 'invitationId' | 'tag' | 'meetingId' | 'itemId', string>> = {}) => () => ({ boardId: theirBoard.boardId, ...extra });

/** How to aim a route at another organisation's data, or why it cannot be aimed at all. */
type Aim = { params?: (other: TestOrganization) => Record<string, string>; body?: (other: TestOrganization) => unknown } | { none: string };

/**
 * Every route must appear here. A new route without an entry fails the first test, so nobody
 * adds a route without thinking about another tenant's ids.
 */
const AIMS: Record<string, Aim> = {
  'GET /api/audit/verify': { none: 'acts only on the session\'s organisation' },
  'POST /api/auth/keep-alive': { none: 'acts only on the session itself' },
  'GET /api/auth/session': { none: 'acts only on the session itself' },
  'POST /api/auth/sign-in': { none: 'public: credentials, no ids' },
  'POST /api/auth/sign-out': { none: 'acts only on the session itself' },
  'POST /api/auth/sign-out-everywhere': { none: 'acts only on the signed-in person' },
  'POST /api/auth/sign-up': { none: 'public: creates a new organisation' },
  'POST /api/auth/switch-organization': { body: (other) => ({ organizationId: other.organizationId }) },
  'POST /api/auth/verify-email': { none: 'public: a secret token, no ids' },
  'GET /api/health/live': { none: 'public: no data' },
  'GET /api/health/ready': { none: 'public: no data' },
  'POST /api/auth/setup-code': { none: 'public: a username and a one-time code, no ids' },
  'GET /api/invitations/preview': { none: 'public: a secret token, no ids' },
  'POST /api/invitations/accept': { none: 'public: a secret token, no ids' },
  'GET /api/organization/members': { none: 'acts only on the session\'s organisation' },
  'PATCH /api/organization/members/:userId': { params: (other) => ({ userId: other.userId }), body: () => ({ role: 'staff' }) },
  'POST /api/organization/members/:userId/disable': { params: (other) => ({ userId: other.userId }) },
  'POST /api/organization/members/:userId/enable': { params: (other) => ({ userId: other.userId }) },
  'POST /api/organization/members/:userId/setup-code': { params: (other) => ({ userId: other.userId }) },
  'POST /api/organization/peers': { none: 'creates an account in the session\'s organisation, no ids' },
  'GET /api/organization/invitations': { none: 'acts only on the session\'s organisation' },
  'POST /api/organization/invitations': { none: 'creates an invitation in the session\'s organisation: an address, no ids' },
  'POST /api/organization/invitations/:id/resend': { params: () => ({ id: theirInvitationId }) },
  'DELETE /api/organization/invitations/:id': { params: () => ({ id: theirInvitationId }) },
  'POST /api/auth/password-reset/request': { none: 'public: an email address, no ids' },
  'POST /api/auth/password-reset/complete': { none: 'public: a secret token, no ids' },
  'POST /api/auth/confirm-email-change': { none: 'public: a secret token, no ids' },
  'POST /api/account/password': { none: 'acts only on the signed-in person' },
  'POST /api/account/email': { none: 'acts only on the signed-in person' },
  'GET /api/account/sessions': { none: 'acts only on the signed-in person' },
  'DELETE /api/account/sessions/:id': { params: () => ({ id: theirSessionId }) },
  'GET /api/account/export': { none: 'acts only on the signed-in person' },
  'POST /api/account/erase': { none: 'acts only on the signed-in person' },
  'POST /api/account/two-factor/setup': { none: 'acts only on the signed-in person' },
  'POST /api/account/two-factor/confirm': { none: 'acts only on the signed-in person' },
  'POST /api/account/two-factor/disable': { none: 'acts only on the signed-in person' },
  'GET /api/organization/settings': { none: 'acts only on the session\'s organisation' },
  'PATCH /api/organization/settings': { none: 'acts only on the session\'s organisation' },
  'POST /api/organization/members/:userId/erase': { params: (other) => ({ userId: other.userId }) },
  'GET /api/boards': { none: 'lists only the session organisation\'s boards' },
  'POST /api/boards': { none: 'creates a board in the session\'s organisation, no ids' },
  'GET /api/boards/:boardId': { params: onTheirBoard() },
  'PATCH /api/boards/:boardId': { params: onTheirBoard(), body: () => ({ name: 'Taken over' }) },
  'POST /api/boards/:boardId/seat-types': { params: onTheirBoard(), body: () => ({ name: 'Extra seat', kind: 'custom', voting: true }) },
  'PATCH /api/boards/:boardId/seat-types/:seatTypeId': { params: () => onTheirBoard({ seatTypeId: theirBoard.seatTypeId })(), body: () => ({ name: 'Renamed' }) },
  'DELETE /api/boards/:boardId/seat-types/:seatTypeId': { params: () => onTheirBoard({ seatTypeId: theirBoard.seatTypeId })() },
  'PUT /api/boards/:boardId/composition-targets': { params: onTheirBoard(), body: () => ({ targets: [] }) },
  'POST /api/boards/:boardId/onboarding-steps': { params: onTheirBoard(), body: () => ({ name: 'Extra step', kind: 'custom' }) },
  'DELETE /api/boards/:boardId/onboarding-steps/:stepId': { params: () => onTheirBoard({ stepId: theirBoard.stepId })() },
  'GET /api/boards/:boardId/applications': { params: onTheirBoard() },
  'POST /api/boards/:boardId/members': { params: onTheirBoard(), body: () => ({ displayName: 'Intruder', seatTypeId: theirBoard.seatTypeId, status: 'guest' }) },
  'GET /api/boards/:boardId/members/:memberId': { params: () => onTheirBoard({ memberId: theirBoard.memberId })() },
  'PATCH /api/boards/:boardId/members/:memberId': { params: () => onTheirBoard({ memberId: theirBoard.memberId })(), body: () => ({ displayName: 'Renamed' }) },
  'POST /api/boards/:boardId/members/:memberId/transition': { params: () => onTheirBoard({ memberId: theirBoard.memberId })(), body: () => ({ to: 'active' }) },
  'POST /api/boards/:boardId/members/:memberId/renew': { params: () => onTheirBoard({ memberId: theirBoard.memberId })(), body: () => ({}) },
  'PUT /api/boards/:boardId/members/:memberId/onboarding/:stepId': { params: () => onTheirBoard({ memberId: theirBoard.memberId, stepId: theirBoard.stepId })() },
  'DELETE /api/boards/:boardId/members/:memberId/onboarding/:stepId': { params: () => onTheirBoard({ memberId: theirBoard.memberId, stepId: theirBoard.stepId })() },
  'POST /api/boards/:boardId/members/:memberId/declarations': { params: () => onTheirBoard({ memberId: theirBoard.memberId })(), body: () => ({ text: 'Nothing to declare' }) },
  'POST /api/boards/:boardId/members/:memberId/tags': { params: () => onTheirBoard({ memberId: theirBoard.memberId })(), body: () => ({ tag: 'youth', consent: true }) },
  'DELETE /api/boards/:boardId/members/:memberId/tags/:tag': { params: () => onTheirBoard({ memberId: theirBoard.memberId, tag: 'youth' })() },
  'PATCH /api/boards/:boardId/me': { params: onTheirBoard(), body: () => ({ displayName: 'Me' }) },
  'GET /api/boards/:boardId/partners': { params: onTheirBoard() },
  'POST /api/boards/:boardId/partner-invitations': { params: onTheirBoard(), body: () => ({}) },
  'DELETE /api/boards/:boardId/partner-invitations/:invitationId': { params: () => onTheirBoard({ invitationId: theirBoard.invitationId })() },
  // Naming their organisation, the board's host: the board is not there for me, so 404 before anyone named is weighed.
  'DELETE /api/boards/:boardId/partners/:organizationId': { params: (other) => ({ boardId: theirBoard.boardId, organizationId: other.organizationId }) },
  'GET /api/board-partnerships/preview': { none: 'a secret token, no ids' },
  'POST /api/board-partnerships/accept': { none: 'a secret token, no ids' },
  'GET /api/public/boards/:slug': { none: 'public: a board\'s published web address, by design' },
  'POST /api/public/boards/:slug/applications': { none: 'public: a board\'s published web address, by design' },
  'GET /api/boards/:boardId/meetings': { params: onTheirBoard() },
  'POST /api/boards/:boardId/meetings': {
    params: onTheirBoard(),
    body: () => ({ title: 'Intrusion', startsAt: '2030-01-08T18:00', timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/x' }),
  },
  'GET /api/boards/:boardId/meetings/:meetingId': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'PATCH /api/boards/:boardId/meetings/:meetingId': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ title: 'Renamed' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/cancel': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({}) },
  'PUT /api/boards/:boardId/meetings/:meetingId/rsvp': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ response: 'yes' }) },
  'GET /api/boards/:boardId/meetings/:meetingId/attendance': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'PUT /api/boards/:boardId/meetings/:meetingId/attendance/:memberId': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId, memberId: theirBoard.memberId })(), body: () => ({ status: 'present' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/guests': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ name: 'Intruder' }) },
  // Their board answers 404 before any guest or motion is looked up: any id will do.
  'DELETE /api/boards/:boardId/meetings/:meetingId/guests/:guestId': { params: () => ({ boardId: theirBoard.boardId, meetingId: theirBoard.meetingId, guestId: theirBoard.memberId }) },
  'POST /api/boards/:boardId/meetings/:meetingId/held': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'GET /api/boards/:boardId/standing-reviews': { params: onTheirBoard() },
  'GET /api/boards/:boardId/meetings/:meetingId/motions': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'POST /api/boards/:boardId/meetings/:meetingId/motions': {
    params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(),
    body: () => ({ agendaItemId: theirBoard.agendaItemId, text: 'Take over', moverMemberId: theirBoard.memberId, seconderMemberId: theirBoard.seatTypeId, method: 'count' }),
  },
  'GET /api/boards/:boardId/meetings/:meetingId/motions/:motionId': { params: () => ({ boardId: theirBoard.boardId, meetingId: theirBoard.meetingId, motionId: theirBoard.agendaItemId }) },
  'POST /api/boards/:boardId/meetings/:meetingId/motions/:motionId/votes': { params: () => ({ boardId: theirBoard.boardId, meetingId: theirBoard.meetingId, motionId: theirBoard.agendaItemId }), body: () => ({ choice: 'for' }) },
  'PUT /api/boards/:boardId/meetings/:meetingId/motions/:motionId/count': { params: () => ({ boardId: theirBoard.boardId, meetingId: theirBoard.meetingId, motionId: theirBoard.agendaItemId }), body: () => ({ for: 1, against: 0, abstain: 0 }) },
  'POST /api/boards/:boardId/meetings/:meetingId/motions/:motionId/close': { params: () => ({ boardId: theirBoard.boardId, meetingId: theirBoard.meetingId, motionId: theirBoard.agendaItemId }) },
  'POST /api/boards/:boardId/meetings/:meetingId/motions/:motionId/withdraw': { params: () => ({ boardId: theirBoard.boardId, meetingId: theirBoard.meetingId, motionId: theirBoard.agendaItemId }) },
  'PUT /api/boards/:boardId/meetings/:meetingId/agenda/items/:itemId/conflicts/:memberId': {
    params: () => onTheirBoard({ meetingId: theirBoard.meetingId, itemId: theirBoard.agendaItemId, memberId: theirBoard.memberId })(),
    body: () => ({ note: null }),
  },
  'GET /api/boards/:boardId/meetings/:meetingId/agenda': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'GET /api/boards/:boardId/meetings/:meetingId/agenda/pdf': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/proposals': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ kind: 'discussion', title: 'Intrusion', durationMinutes: 10 }) },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/items': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ kind: 'discussion', title: 'Intrusion', durationMinutes: 10 }) },
  'PATCH /api/boards/:boardId/meetings/:meetingId/agenda/items/:itemId': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId, itemId: theirBoard.agendaItemId })(), body: () => ({ title: 'Renamed' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/items/:itemId/decision': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId, itemId: theirBoard.agendaItemId })(), body: () => ({ outcome: 'accepted' }) },
  'PUT /api/boards/:boardId/meetings/:meetingId/agenda/order': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ order: [theirBoard.agendaItemId] }) },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/publish': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'GET /api/boards/:boardId/meetings/:meetingId/minutes': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'PATCH /api/boards/:boardId/meetings/:meetingId/minutes': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ body: 'Taken over' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/circulate': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/comments': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ section: '_general', body: 'Intrusion' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/approve': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ by: 'chair' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/publish': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ summary: 'Taken over' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/sent': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })(), body: () => ({ sentOn: '2027-01-01' }) },
  'GET /api/boards/:boardId/meetings/:meetingId/minutes/versions': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'GET /api/boards/:boardId/meetings/:meetingId/minutes/diff': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'GET /api/boards/:boardId/meetings/:meetingId/minutes/pdf': { params: () => onTheirBoard({ meetingId: theirBoard.meetingId })() },
  'GET /api/public/boards/:slug/minutes': { none: 'public: a board\'s published web address, by design' },
  'GET /api/public/boards/:slug/minutes/:meetingId': { none: 'public: a board\'s published web address, by design' },
  'GET /api/public/boards/:slug/minutes/:meetingId/pdf': { none: 'public: a board\'s published web address, by design' },
  'GET /api/my/meetings': { none: 'acts only on the signed-in person in the session\'s organisation' },
  'GET /api/calendar-feeds': { none: 'acts only on the signed-in person' },
  'POST /api/calendar-feeds': { none: 'the board is aimed at in the body: see the boards\' meetings test' },
  'DELETE /api/calendar-feeds/:feedId': { params: () => ({ feedId: theirBoard.feedId }) },
  'GET /api/calendar/:token': { none: 'public: a secret token, no ids' },
  // Public: a secret token, no ids; a token that opens nothing answers 404 (see rsvp-links.integration-spec).
  'GET /api/rsvp/:token': { params: () => ({ token: 'unknown-answer-link-token-0123456789abcdef' }) },
  'POST /api/rsvp/:token': { params: () => ({ token: 'unknown-answer-link-token-0123456789abcdef' }), body: () => ({ response: 'yes' }) },
  'GET /api/boards/:boardId/meeting-settings': { params: onTheirBoard() },
  'PUT /api/boards/:boardId/meeting-settings': { params: onTheirBoard(), body: () => ({ reminderDays: [3], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: false }) },
  'GET /api/boards/:boardId/recommendations': { params: onTheirBoard() },
  'GET /api/boards/:boardId/recommendation-liaisons': { params: onTheirBoard() },
  'POST /api/boards/:boardId/recommendations': { params: onTheirBoard(), body: () => ({ title: 'Intrusion', body: 'Taken over', source: 'direct' }) },
  'GET /api/boards/:boardId/recommendations/:recommendationId': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }) },
  'PATCH /api/boards/:boardId/recommendations/:recommendationId': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ title: 'Renamed' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/adopt': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ motionId: theirBoard.agendaItemId }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/send': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/info-answer': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ answer: 'Intrusion' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/reviews': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ meetingId: theirBoard.meetingId, satisfied: true }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/responses': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ decision: 'accepted' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/milestones': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ title: 'Intrusion', owner: 'Someone', dueOn: '2030-01-01' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/milestones/:milestoneId/done': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId, milestoneId: theirRecommendationId }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/progress': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ text: 'Intrusion', percentComplete: 50 }) },
  // Evidence files: the recommendation check comes first, so any update or file id on it is the same 404.
  'POST /api/boards/:boardId/recommendations/:recommendationId/progress/:updateId/evidence': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId, updateId: theirRecommendationId }) },
  'GET /api/boards/:boardId/recommendations/:recommendationId/evidence/:fileId': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId, fileId: theirRecommendationId }) },
  'DELETE /api/boards/:boardId/recommendations/:recommendationId/evidence/:fileId': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId, fileId: theirRecommendationId }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/report': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({}) },
  'PUT /api/boards/:boardId/recommendations/:recommendationId/publication': { params: () => ({ boardId: theirBoard.boardId, recommendationId: theirRecommendationId }), body: () => ({ published: true }) },
  'GET /api/public/boards/:slug/recommendations': { none: 'public: a board\'s published web address, by design' },
  'GET /api/recommendations/inbox': { none: 'acts only on the signed-in person in the session\'s organisation' },
  'GET /api/boards/:boardId/recommendation-settings': { params: onTheirBoard() },
  'PUT /api/boards/:boardId/recommendation-settings': { params: onTheirBoard(), body: () => ({ responseDays: 10 }) },
  'GET /api/boards/:boardId/accountability': { params: onTheirBoard() },
  // Peer input: the board check comes first, so any input id on their board is the same 404.
  'POST /api/boards/:boardId/input': { params: onTheirBoard(), body: () => ({ kind: 'idea', body: 'Intrusion' }) },
  'GET /api/boards/:boardId/input': { params: onTheirBoard() },
  'GET /api/boards/:boardId/input/mine': { params: onTheirBoard() },
  'POST /api/boards/:boardId/input/:inputId/acknowledge': { params: () => ({ boardId: theirBoard.boardId, inputId: theirBoard.agendaItemId }) },
  'POST /api/boards/:boardId/input/:inputId/agenda': { params: () => ({ boardId: theirBoard.boardId, inputId: theirBoard.agendaItemId }), body: () => ({ agendaItemId: theirBoard.agendaItemId }) },
  'POST /api/boards/:boardId/input/:inputId/answer': { params: () => ({ boardId: theirBoard.boardId, inputId: theirBoard.agendaItemId }), body: () => ({ answer: 'Intrusion' }) },
  'POST /api/boards/:boardId/input/:inputId/decline': { params: () => ({ boardId: theirBoard.boardId, inputId: theirBoard.agendaItemId }), body: () => ({ reason: 'Intrusion' }) },
  'GET /api/boards/:boardId/input-channel': { params: onTheirBoard() },
  'PUT /api/boards/:boardId/input-channel': { params: onTheirBoard(), body: () => ({ publicEnabled: true, kioskEnabled: false, ackDays: 7 }) },
  'POST /api/boards/:boardId/input-channel/rotate': { params: onTheirBoard() },
  // Public: a secret link or claim code, no ids; one that opens nothing answers 404 (see peer-input.integration-spec).
  'GET /api/say/:token': { params: () => ({ token: 'A'.repeat(43) }) },
  'GET /api/say/:token/qr.svg': { params: () => ({ token: 'A'.repeat(43) }) },
  'POST /api/say/:token': { params: () => ({ token: 'A'.repeat(43) }), body: () => ({ kind: 'idea', body: 'Intrusion' }) },
  'POST /api/claims': { body: () => ({ code: 'AAAAA-AAAAA' }) },
  'POST /api/claims/outcome': { body: () => ({ code: 'AAAAA-AAAAA' }) },
  'GET /api/compliance/packs': { none: 'lists Cabinet\'s packs and the session organisation\'s own' },
  'POST /api/compliance/packs': { none: 'composes a pack in the session\'s organisation, no ids' },
  'GET /api/compliance/packs/:packId': { params: () => ({ packId: theirPackId }) },
  'PUT /api/compliance/packs/:packId': { params: () => ({ packId: theirPackId }), body: () => PACK },
  'GET /api/boards/:boardId/compliance': { params: onTheirBoard() },
  'POST /api/boards/:boardId/compliance/packs': { params: onTheirBoard(), body: () => ({ packId: theirPackId }) },
  'DELETE /api/boards/:boardId/compliance/packs/:packId': { params: () => ({ boardId: theirBoard.boardId, packId: theirPackId }) },
  'GET /api/grants': { none: 'lists the grants the session\'s organisation made or answered' },
  'POST /api/grants': { body: () => ({ title: 'Intrusion', granteeEmail: 'x@example.org', startsOn: '2027-01-01', packIds: [theirPackId] }) },
  'POST /api/grants/:grantId/withdraw': { params: () => ({ grantId: theirGrantId }) },
  'POST /api/grants/preview': { none: 'a secret link in the body, no ids; a dead one answers 410 (see grants.integration-spec)' },
  'POST /api/grants/accept': { none: 'a secret link in the body; the boards named must be the session organisation\'s own (422, see grants.integration-spec)' },
  'POST /api/grants/decline': { none: 'a secret link in the body, no ids' },
  'GET /api/portfolio': { none: 'lists only boards covered by the session organisation\'s accepted grants' },
  'GET /api/portfolio/boards/:boardId': { params: onTheirBoard() },
  'GET /api/portfolio/boards/:boardId/audit': { params: onTheirBoard() },
  'POST /api/boards/:boardId/compliance/exports': { params: onTheirBoard(), body: EXPORT },
  'GET /api/boards/:boardId/compliance/exports': { params: onTheirBoard() },
  'POST /api/portfolio/boards/:boardId/exports': { params: onTheirBoard(), body: EXPORT },
  'GET /api/portfolio/boards/:boardId/exports': { params: onTheirBoard() },
  'GET /api/compliance/exports/:exportId/file': { params: () => ({ exportId: theirExportId }) },
  'POST /api/boards/:boardId/compliance/reports': { params: onTheirBoard(), body: REPORT },
  'GET /api/boards/:boardId/compliance/reports': { params: onTheirBoard() },
};

const key = (route: RouteEntry) => `${route.method} ${route.path}`;

describe('another organisation\'s ids', () => {
  let mine: TestOrganization;
  let theirs: TestOrganization;

  const stack = useTestStack();

  beforeAll(async () => {
    mine = await signUpOrganization(stack.api, { name: 'Mine' });
    theirs = await signUpOrganization(stack.api, { name: 'Theirs' });
    const invited = await theirs.client.post<{ id: string }>('/api/organization/invitations', { email: `invitee-${theirs.userId}@example.org`, role: 'staff' });
    theirInvitationId = invited.body.id;
    const theirSessions = await theirs.client.get<Array<{ id: string; current: boolean }>>('/api/account/sessions');
    theirSessionId = theirSessions.body.find((session) => session.current)?.id ?? '';
    const board = await theirs.client.post<{ id: string; seatTypes: Array<{ id: string }>; onboardingSteps: Array<{ id: string }> }>('/api/boards', { name: 'Their board' });
    theirBoard.boardId = board.body.id;
    theirBoard.seatTypeId = board.body.seatTypes[0]?.id ?? '';
    theirBoard.stepId = board.body.onboardingSteps[0]?.id ?? '';
    const member = await theirs.client.post<{ id: string }>(`/api/boards/${theirBoard.boardId}/members`, { displayName: 'Their member', seatTypeId: theirBoard.seatTypeId, status: 'guest' });
    theirBoard.memberId = member.body.id;
    const link = await theirs.client.post<{ id: string }>(`/api/boards/${theirBoard.boardId}/partner-invitations`, {});
    theirBoard.invitationId = link.body.id;
    const meetings = await theirs.client.post<Array<{ id: string }>>(`/api/boards/${theirBoard.boardId}/meetings`, {
      title: 'Their meeting', startsAt: '2030-01-08T18:00', timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/theirs',
    });
    theirBoard.meetingId = meetings.body[0]?.id ?? '';
    const agenda = await theirs.client.post<{ items: Array<{ id: string }> }>(`/api/boards/${theirBoard.boardId}/meetings/${theirBoard.meetingId}/agenda/items`, { kind: 'information', title: 'Their item', durationMinutes: 10 });
    theirBoard.agendaItemId = agenda.body.items[0]?.id ?? '';
    const feed = await theirs.client.post<{ id: string }>('/api/calendar-feeds', { scope: 'board', boardId: theirBoard.boardId });
    theirBoard.feedId = feed.body.id;
    const recommendation = await theirs.client.post<{ id: string }>(`/api/boards/${theirBoard.boardId}/recommendations`, { title: 'Their recommendation', body: 'Open later', source: 'direct' });
    theirRecommendationId = recommendation.body.id;
    const pack = await theirs.client.post<{ id: string }>('/api/compliance/packs', PACK);
    theirPackId = pack.body.id;
    await theirs.client.post(`/api/boards/${theirBoard.boardId}/compliance/packs`, { packId: theirPackId });
    const funder = await signUpOrganization(stack.api, { name: 'Their funder', kind: 'funder' });
    const seeded = (await funder.client.get<Array<{ id: string; seeded: boolean }>>('/api/compliance/packs')).body.find((pack) => pack.seeded)!;
    theirGrantId = (await funder.client.post<{ id: string }>('/api/grants', { title: 'Their grant', granteeEmail: `grantee-${theirs.userId}@example.org`, startsOn: '2027-01-01', packIds: [seeded.id] })).body.id;
    // Their board's results are evaluated in the worker; once stored, they export them and wait until the file is ready.
    await eventually(async () => expect((await theirs.client.post(`/api/boards/${theirBoard.boardId}/compliance/exports`, EXPORT())).status).toBe(201), 20_000, 200);
    theirExportId = (await theirs.client.get<Array<{ id: string }>>(`/api/boards/${theirBoard.boardId}/compliance/exports`)).body[0]?.id ?? '';
    await eventually(async () => expect((await theirs.client.get(`/api/compliance/exports/${theirExportId}/file`)).status).toBe(200), 20_000, 200);
  });

  it('are considered for every route', () => {
    const uncovered = routeTable(stack.api).map(key).filter((route) => !(route in AIMS));
    expect(uncovered).toEqual([]);
  });

  it('answer 404 on every route that takes an id, never 200, 403 or 500', async () => {
    const results: Record<string, number> = {};
    for (const route of routeTable(stack.api)) {
      const aim = AIMS[key(route)];
      if (!aim || 'none' in aim) continue;
      const params = aim.params?.(theirs) ?? {};
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
        if (!params[name]) throw new Error(`${key(route)}: no id for :${name}`);
        return params[name];
      });
      const response = await mine.client.request(route.method as 'GET', path, aim.body?.(theirs) ?? (route.method === 'GET' ? undefined : {}));
      results[key(route)] = response.status;
    }
    expect(Object.values(results).length).toBeGreaterThan(0);
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((route) => [route, 404])));
  });
});
