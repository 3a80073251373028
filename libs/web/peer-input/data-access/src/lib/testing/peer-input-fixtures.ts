import type { ClaimView, MyInputView, PeerInputView } from '@cabinet/shared/contracts';

export function testPeerInput(overrides: Partial<PeerInputView> = {}): PeerInputView {
  return {
    id: 'input-1',
    kind: 'concern',
    body: 'The waiting room is too cold in the morning.',
    channel: 'public',
    author: null,
    status: 'new',
    agendaItemId: null,
    answer: null,
    declineReason: null,
    receivedOn: '2027-03-01',
    acknowledgeBy: '2027-03-15',
    overdue: false,
    acknowledgedAt: null,
    decidedAt: null,
    ...overrides,
  };
}

export function testMyInput(overrides: Partial<MyInputView> = {}): MyInputView {
  const { author: _author, channel: _channel, ...mine } = testPeerInput();
  return { ...mine, ...overrides };
}

export function testClaim(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    boardName: 'Harbour Peer Board',
    kind: 'concern',
    submittedOn: '2027-03-01',
    status: 'answered',
    statusText: 'The board answered.',
    answer: 'We asked the centre to turn the heating on at 8.',
    declineReason: null,
    meetingStartsAt: null,
    ...overrides,
  };
}
