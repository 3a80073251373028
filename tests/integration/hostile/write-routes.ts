import { isoDay } from '../boards/board-helpers';
import { localAhead } from '../meetings/meeting-room-helpers';
import { deeplyNested, type HostileBody, serialize } from './hostile-values';
import { type HostileWorld, PACK, UNKNOWN_TOKEN } from './hostile-world';

/** Who sends the request: the route's permission decides (a refused guard would hide the body from the test). */
export type Caller = 'admin' | 'funder' | 'anonymous';

/** How to reach a write route with real ids, and a body its schema takes (the generators break it from there). */
export interface WriteRoute {
  as?: Caller;
  params?: (world: HostileWorld) => Record<string, string>;
  /** Present exactly when the route validates a body. */
  body?: (world: HostileWorld) => Record<string, unknown>;
  /** Bodies tried before the generated ones, where a generator would rarely reach (a free-form field deep inside). */
  examples?: HostileBody[];
}

const onBoard = (extra: (ids: HostileWorld['ids']) => Record<string, string> = () => ({})) => (w: HostileWorld) => ({ boardId: w.ids.boardId, ...extra(w.ids) });
const upcoming = (extra: (ids: HostileWorld['ids']) => Record<string, string> = () => ({})) => onBoard((ids) => ({ meetingId: ids.upcomingMeetingId, ...extra(ids) }));
const held = (extra: (ids: HostileWorld['ids']) => Record<string, string> = () => ({})) => onBoard((ids) => ({ meetingId: ids.heldMeetingId, ...extra(ids) }));
const recommendation = (extra: (ids: HostileWorld['ids']) => Record<string, string> = () => ({})) => onBoard((ids) => ({ recommendationId: ids.recommendationId, ...extra(ids) }));
const input = onBoard((ids) => ({ inputId: ids.inputId }));
const member = (extra: (ids: HostileWorld['ids']) => Record<string, string> = () => ({})) => onBoard((ids) => ({ memberId: ids.memberId, ...extra(ids) }));
const year = () => new Date().getUTCFullYear();
const EXPORT = () => ({ kind: 'results_csv', periodFrom: `${year()}-01-01` });
/** A rule's params take any key (each kind checks its own): the one place a body can carry JSON of any depth to the use case. */
const DEEP_PARAMS: HostileBody[] = (['array', 'object'] as const).map((kind) => ({
  text: serialize({ ...PACK, rules: [{ ...PACK.rules[0], params: { ...PACK.rules[0]!.params, hidden: deeplyNested(kind === 'array' ? 100_000 : 50_000, kind) } }] }),
  label: `a rule's params hiding ${kind}s nested deeper than the call stack`,
}));
const item = { kind: 'discussion', title: 'Opening hours', details: 'Evenings and weekends', presenter: 'Sam', durationMinutes: 10 };

/** Every write route of the API. The first test fails when a route is missing here or its body is not what its schema takes. */
export const WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /api/account/email': { body: () => ({ currentPassword: 'not the password at all', newEmail: 'new-address@example.org' }) },
  'POST /api/account/erase': { body: () => ({ currentPassword: 'not the password at all' }) },
  'POST /api/account/password': { body: () => ({ currentPassword: 'not the password at all', newPassword: 'a brand new passphrase' }) },
  'DELETE /api/account/sessions/:id': { params: (w) => ({ id: w.ids.sessionId }) },
  'POST /api/account/two-factor/confirm': { body: () => ({ code: '123456' }) },
  'POST /api/account/two-factor/disable': { body: () => ({ currentPassword: 'not the password at all', code: '123456' }) },
  'POST /api/account/two-factor/setup': {},
  'POST /api/auth/confirm-email-change': { as: 'anonymous', body: () => ({ token: UNKNOWN_TOKEN }) },
  'POST /api/auth/keep-alive': {},
  'POST /api/auth/password-reset/complete': { as: 'anonymous', body: () => ({ token: UNKNOWN_TOKEN, password: 'a brand new passphrase' }) },
  'POST /api/auth/password-reset/request': { as: 'anonymous', body: () => ({ email: 'nobody-here@example.org' }) },
  'POST /api/auth/setup-code': { as: 'anonymous', body: () => ({ username: 'nobody.here', setupCode: 'ABCD-EFGH', password: 'a long enough passphrase' }) },
  'POST /api/auth/sign-in': { as: 'anonymous', body: () => ({ identifier: 'nobody-here@example.org', password: 'not the password at all', code: '123456' }) },
  'POST /api/auth/sign-out': {},
  'POST /api/auth/sign-out-everywhere': {},
  'POST /api/auth/sign-up': {
    as: 'anonymous',
    body: () => ({ organizationName: 'Hostile Sign-up', organizationKind: 'community', displayName: 'Eve', email: 'eve-hostile@example.org', password: 'a long enough passphrase', locale: 'pt' }),
  },
  'POST /api/auth/switch-organization': { body: (w) => ({ organizationId: w.funder.organizationId }) },
  'POST /api/auth/verify-email': { as: 'anonymous', body: () => ({ token: UNKNOWN_TOKEN }) },
  'POST /api/board-partnerships/accept': { body: () => ({ token: UNKNOWN_TOKEN }) },
  'POST /api/boards': { body: () => ({ name: 'Another board', purpose: 'Advice on services', termMonths: 24, quorumKind: 'fixed', quorumCount: 3 }) },
  'PATCH /api/boards/:boardId': {
    params: onBoard(),
    body: () => ({ name: 'Renamed board', purpose: 'Advice', termMonths: 24, termLimit: 2, standingAbsences: 3, standingMonths: 12, voteThreshold: 'two_thirds', publicPages: true }),
  },
  'POST /api/boards/:boardId/compliance/exports': { params: onBoard(), body: EXPORT },
  'POST /api/boards/:boardId/compliance/packs': { params: onBoard(), body: (w) => ({ packId: w.ids.seededPackId }) },
  'DELETE /api/boards/:boardId/compliance/packs/:packId': { params: onBoard((ids) => ({ packId: ids.packId })) },
  'POST /api/boards/:boardId/compliance/reports': { params: onBoard(), body: () => ({ year: year() - 1, publishedOn: isoDay(0) }) },
  'PUT /api/boards/:boardId/composition-targets': { params: onBoard(), body: (w) => ({ targets: [{ label: 'Peers', seatTypeId: w.ids.seatTypeId, minPercent: 51 }, { label: 'Lived experience', tag: 'lived_experience', minPercent: 30 }] }) },
  'POST /api/boards/:boardId/input': { params: onBoard(), body: () => ({ kind: 'idea', body: 'Open on Sundays.', anonymous: true }) },
  'PUT /api/boards/:boardId/input-channel': { params: onBoard(), body: () => ({ publicEnabled: true, kioskEnabled: false, ackDays: 7 }) },
  'POST /api/boards/:boardId/input-channel/rotate': { params: onBoard() },
  'POST /api/boards/:boardId/input/:inputId/acknowledge': { params: input },
  'POST /api/boards/:boardId/input/:inputId/agenda': { params: input, body: (w) => ({ agendaItemId: w.ids.itemId }) },
  'POST /api/boards/:boardId/input/:inputId/answer': { params: input, body: () => ({ answer: 'Thank you, we will.' }) },
  'POST /api/boards/:boardId/input/:inputId/decline': { params: input, body: () => ({ reason: 'Out of our hands.' }) },
  'PATCH /api/boards/:boardId/me': { params: onBoard(), body: () => ({ displayName: 'Me', listedByRoleOnly: true }) },
  'PUT /api/boards/:boardId/meeting-settings': { params: onBoard(), body: () => ({ reminderDays: [3, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: false }) },
  'POST /api/boards/:boardId/meetings': {
    params: onBoard(),
    body: () => ({ title: 'Extra meeting', startsAt: localAhead(12, '18:00'), timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'hybrid', location: 'Hall', onlineUrl: 'https://meet.example.org/x', capacity: 20 }),
  },
  'PATCH /api/boards/:boardId/meetings/:meetingId': { params: upcoming(), body: () => ({ scope: 'occurrence', title: 'Moved meeting', startsAt: localAhead(7, '19:00'), timeZone: 'Europe/Lisbon', durationMinutes: 90 }) },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/items': { params: upcoming(), body: () => item },
  'PATCH /api/boards/:boardId/meetings/:meetingId/agenda/items/:itemId': { params: upcoming((ids) => ({ itemId: ids.itemId })), body: () => ({ title: 'Renamed item', durationMinutes: 15 }) },
  'PUT /api/boards/:boardId/meetings/:meetingId/agenda/items/:itemId/conflicts/:memberId': {
    params: upcoming((ids) => ({ itemId: ids.itemId, memberId: ids.memberId })),
    body: () => ({ note: 'Works for the provider' }),
  },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/items/:itemId/decision': { params: upcoming((ids) => ({ itemId: ids.itemId })), body: () => ({ outcome: 'declined', reason: 'Next time' }) },
  'PUT /api/boards/:boardId/meetings/:meetingId/agenda/order': { params: upcoming(), body: (w) => ({ order: [w.ids.itemId] }) },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/proposals': { params: upcoming(), body: () => item },
  'POST /api/boards/:boardId/meetings/:meetingId/agenda/publish': { params: upcoming() },
  'PUT /api/boards/:boardId/meetings/:meetingId/attendance/:memberId': { params: held((ids) => ({ memberId: ids.voterIds[0]! })), body: () => ({ status: 'present' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/cancel': { params: onBoard((ids) => ({ meetingId: ids.cancellableMeetingId })), body: () => ({ scope: 'occurrence', reason: 'Storm warning' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/guests': { params: held(), body: () => ({ name: 'Visiting doctor', affiliation: 'Clinic' }) },
  'DELETE /api/boards/:boardId/meetings/:meetingId/guests/:guestId': { params: held((ids) => ({ guestId: ids.guestId })) },
  'POST /api/boards/:boardId/meetings/:meetingId/held': { params: held() },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes': { params: held() },
  'PATCH /api/boards/:boardId/meetings/:meetingId/minutes': { params: held(), body: () => ({ body: '## Welcome\n\nAll present.', summary: 'We met.', privateSections: ['welcome'], version: 1 }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/approve': { params: held(), body: (w) => ({ by: 'motion', motionId: w.ids.motionId }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/circulate': { params: held() },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/comments': { params: held(), body: () => ({ section: '_general', body: 'Typo in the second line.' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/publish': { params: held(), body: () => ({ summary: 'We met.', privateSections: ['welcome'] }) },
  'POST /api/boards/:boardId/meetings/:meetingId/minutes/sent': { params: held(), body: () => ({ sentOn: isoDay(0), note: 'Sent to the funder' }) },
  'POST /api/boards/:boardId/meetings/:meetingId/motions': {
    params: held(),
    body: (w) => ({ agendaItemId: w.ids.decisionItemId, text: 'That the board agrees', moverMemberId: w.ids.voterIds[0]!, seconderMemberId: w.ids.voterIds[1]!, method: 'roll_call' }),
  },
  'POST /api/boards/:boardId/meetings/:meetingId/motions/:motionId/close': { params: held((ids) => ({ motionId: ids.motionId })) },
  'PUT /api/boards/:boardId/meetings/:meetingId/motions/:motionId/count': { params: held((ids) => ({ motionId: ids.motionId })), body: () => ({ for: 2, against: 1, abstain: 0 }) },
  'POST /api/boards/:boardId/meetings/:meetingId/motions/:motionId/votes': { params: held((ids) => ({ motionId: ids.motionId })), body: (w) => ({ choice: 'for', memberId: w.ids.voterIds[0]! }) },
  'POST /api/boards/:boardId/meetings/:meetingId/motions/:motionId/withdraw': { params: held((ids) => ({ motionId: ids.motionId })) },
  'PUT /api/boards/:boardId/meetings/:meetingId/rsvp': { params: upcoming(), body: () => ({ response: 'yes', needs: ['childcare'], needsNote: 'Two children' }) },
  'POST /api/boards/:boardId/members': {
    params: onBoard(),
    body: (w) => ({ displayName: 'New member', legalName: 'New Member', email: 'new-member@example.org', phone: '+351 912 345 678', seatTypeId: w.ids.seatTypeId, status: 'active', startsOn: isoDay(0), endsOn: isoDay(364), boardRole: 'secretary' }),
  },
  'PATCH /api/boards/:boardId/members/:memberId': { params: member(), body: () => ({ displayName: 'Samuel', legalName: 'Samuel Lee', phone: '+351 912 345 678' }) },
  'POST /api/boards/:boardId/members/:memberId/declarations': { params: member(), body: () => ({ text: 'I volunteer for the provider.' }) },
  'PUT /api/boards/:boardId/members/:memberId/onboarding/:stepId': { params: member((ids) => ({ stepId: ids.stepId })) },
  'DELETE /api/boards/:boardId/members/:memberId/onboarding/:stepId': { params: member((ids) => ({ stepId: ids.stepId })) },
  'POST /api/boards/:boardId/members/:memberId/renew': { params: member(), body: () => ({ startsOn: isoDay(400), endsOn: isoDay(763) }) },
  'POST /api/boards/:boardId/members/:memberId/tags': { params: member(), body: () => ({ tag: 'youth', consent: true }) },
  'DELETE /api/boards/:boardId/members/:memberId/tags/:tag': { params: member(() => ({ tag: 'youth' })) },
  'POST /api/boards/:boardId/members/:memberId/transition': { params: onBoard((ids) => ({ memberId: ids.movingMemberId })), body: () => ({ to: 'ended', endedOn: isoDay(0), reason: 'resigned', note: 'Moved away' }) },
  'POST /api/boards/:boardId/onboarding-steps': { params: onBoard(), body: () => ({ name: 'Meet the chair', kind: 'custom', required: false }) },
  'DELETE /api/boards/:boardId/onboarding-steps/:stepId': { params: onBoard((ids) => ({ stepId: ids.stepId })) },
  'POST /api/boards/:boardId/partner-invitations': { params: onBoard(), body: () => ({ email: 'partner@example.org' }) },
  'DELETE /api/boards/:boardId/partner-invitations/:invitationId': { params: onBoard((ids) => ({ invitationId: ids.partnerInvitationId })) },
  // The board has no partner: a well-formed id is refused (422) and nothing ends.
  'DELETE /api/boards/:boardId/partners/:organizationId': { params: (w) => ({ boardId: w.ids.boardId, organizationId: w.funder.organizationId }) },
  'PUT /api/boards/:boardId/recommendation-settings': { params: onBoard(), body: () => ({ responseDays: 30 }) },
  'POST /api/boards/:boardId/recommendations': {
    params: onBoard(),
    body: (w) => ({ title: 'Longer hours', body: 'Open until 9pm.', source: 'input', sourceInputId: w.ids.inputId, addressedOrganizationId: w.admin.organizationId, liaisonUserIds: [w.liaisonUserId] }),
  },
  'PATCH /api/boards/:boardId/recommendations/:recommendationId': { params: recommendation(), body: (w) => ({ title: 'Renamed', body: 'New text', liaisonUserIds: [w.liaisonUserId] }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/adopt': { params: recommendation(), body: (w) => ({ motionId: w.ids.motionId }) },
  'DELETE /api/boards/:boardId/recommendations/:recommendationId/evidence/:fileId': { params: recommendation((ids) => ({ fileId: ids.fileId })) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/info-answer': { params: recommendation(), body: () => ({ answer: 'The north site.' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/milestones': { params: recommendation(), body: () => ({ title: 'Hire', owner: 'Manager', dueOn: isoDay(60) }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/milestones/:milestoneId/done': { params: recommendation((ids) => ({ milestoneId: ids.milestoneId })) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/progress': {
    params: recommendation(),
    body: (w) => ({ text: 'Halfway', link: 'https://example.org/report', percentComplete: 50, milestoneId: w.ids.milestoneId }),
  },
  'POST /api/boards/:boardId/recommendations/:recommendationId/progress/:updateId/evidence': { params: recommendation((ids) => ({ updateId: ids.updateId })) },
  'PUT /api/boards/:boardId/recommendations/:recommendationId/publication': { params: recommendation(), body: () => ({ published: true }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/report': { params: recommendation(), body: () => ({ note: 'All done.' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/responses': { params: recommendation(), body: () => ({ decision: 'partly_accepted', reasons: 'Budget' }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/reviews': { params: recommendation(), body: (w) => ({ meetingId: w.ids.heldMeetingId, satisfied: false, reasons: 'Not yet', motionId: w.ids.motionId }) },
  'POST /api/boards/:boardId/recommendations/:recommendationId/send': { params: recommendation() },
  'POST /api/boards/:boardId/seat-types': { params: onBoard(), body: () => ({ name: 'Family seat', kind: 'custom', voting: true, seatCount: 2 }) },
  'PATCH /api/boards/:boardId/seat-types/:seatTypeId': { params: onBoard((ids) => ({ seatTypeId: ids.seatTypeId })), body: () => ({ name: 'Peers', kind: 'peer', voting: true, seatCount: 9 }) },
  'DELETE /api/boards/:boardId/seat-types/:seatTypeId': { params: onBoard((ids) => ({ seatTypeId: ids.seatTypeId })) },
  'POST /api/calendar-feeds': { body: (w) => ({ scope: 'board', boardId: w.ids.boardId }) },
  'DELETE /api/calendar-feeds/:feedId': { params: (w) => ({ feedId: w.ids.feedId }) },
  'POST /api/claims': { as: 'anonymous', body: () => ({ code: 'AAAAA-AAAAA' }) },
  'POST /api/claims/outcome': { as: 'anonymous', body: () => ({ code: 'AAAAA-AAAAA' }) },
  'POST /api/compliance/packs': { body: () => PACK, examples: DEEP_PARAMS },
  'PUT /api/compliance/packs/:packId': { params: (w) => ({ packId: w.ids.packId }), body: () => PACK, examples: DEEP_PARAMS },
  'POST /api/grants': {
    as: 'funder',
    body: (w) => ({ title: 'Another grant', reference: 'G-1', granteeEmail: 'grantee@example.org', startsOn: isoDay(10), endsOn: isoDay(375), boardsNote: 'The youth board', packIds: [w.ids.seededPackId] }),
  },
  'POST /api/grants/:grantId/withdraw': { as: 'funder', params: (w) => ({ grantId: w.ids.grantId }) },
  'POST /api/grants/accept': { body: (w) => ({ token: UNKNOWN_TOKEN, boardIds: [w.ids.boardId] }) },
  'POST /api/grants/decline': { body: () => ({ token: UNKNOWN_TOKEN }) },
  'POST /api/grants/preview': { body: () => ({ token: UNKNOWN_TOKEN }) },
  'POST /api/invitations/accept': { as: 'anonymous', body: () => ({ token: UNKNOWN_TOKEN, displayName: 'Eve', password: 'a long enough passphrase', locale: 'es' }) },
  'POST /api/organization/invitations': { body: () => ({ email: 'another-invitee@example.org', role: 'staff' }) },
  'DELETE /api/organization/invitations/:id': { params: (w) => ({ id: w.ids.invitationId }) },
  'POST /api/organization/invitations/:id/resend': { params: (w) => ({ id: w.ids.invitationId }) },
  'PATCH /api/organization/members/:userId': { params: (w) => ({ userId: w.peer.userId }), body: () => ({ role: 'staff' }) },
  'POST /api/organization/members/:userId/disable': { params: (w) => ({ userId: w.peer.userId }) },
  'POST /api/organization/members/:userId/enable': { params: (w) => ({ userId: w.peer.userId }) },
  'POST /api/organization/members/:userId/erase': { params: (w) => ({ userId: w.peer.userId }) },
  'POST /api/organization/members/:userId/setup-code': { params: (w) => ({ userId: w.peer.userId }) },
  'POST /api/organization/peers': { body: () => ({ username: 'peer.hostile', displayName: 'Pat' }) },
  'PATCH /api/organization/settings': { body: () => ({ requireTwoFactor: false }) },
  'POST /api/portfolio/boards/:boardId/exports': { as: 'funder', params: onBoard(), body: EXPORT },
  'POST /api/public/boards/:slug/applications': {
    as: 'anonymous',
    params: (w) => ({ slug: w.slug }),
    body: (w) => ({ displayName: 'Applicant', email: 'applicant@example.org', phone: '+351 912 345 678', seatTypeId: w.ids.seatTypeId, about: 'I use the service.', consent: true, website: '' }),
  },
  'POST /api/rsvp/:token': { as: 'anonymous', params: () => ({ token: UNKNOWN_TOKEN }), body: () => ({ response: 'maybe' }) },
  'POST /api/say/:token': { as: 'anonymous', params: (w) => ({ token: w.sayToken }), body: () => ({ kind: 'concern', body: 'The ramp is broken.', website: '', kiosk: false }) },
};
