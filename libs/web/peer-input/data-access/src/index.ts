export { InputChannelApi, type MemberInput, PeerInputApi, type PublicInput, PublicInputApi } from './lib/peer-input.api';
export { normalizeClaimCode } from './lib/claim-code';
// Test data builders for the peer input libraries' specs (no test-runner dependency).
export { testClaim, testMyInput, testPeerInput } from './lib/testing/peer-input-fixtures';
