import type { OnboardingKind, SeatKind } from '@cabinet/shared/contracts';

/** The seats most boards start from (names can be changed); staff and observers advise without a vote. */
export const DEFAULT_SEAT_TYPES: ReadonlyArray<{ name: string; kind: SeatKind; voting: boolean }> = [
  { name: 'Peer with lived experience', kind: 'peer', voting: true },
  { name: 'Community representative', kind: 'community', voting: true },
  { name: 'Agency staff', kind: 'staff', voting: false },
  { name: 'Funder observer', kind: 'funder_observer', voting: false },
  { name: 'Ex officio', kind: 'ex_officio', voting: false },
];

/** Steps HIV community advisory boards commonly ask of newcomers before they vote. */
export const DEFAULT_ONBOARDING_STEPS: ReadonlyArray<{ name: string; kind: OnboardingKind }> = [
  { name: 'Confidentiality agreement signed', kind: 'confidentiality' },
  { name: 'Conflict-of-interest declaration made', kind: 'conflict_of_interest' },
  { name: 'Orientation attended', kind: 'orientation' },
];

/** Two-year terms, at most two in a row, and more than 3 unexcused absences in 6 months triggers a review. */
export const DEFAULT_SETTINGS = {
  purpose: '',
  publicPages: false,
  acceptsApplications: false,
  quorumKind: 'majority' as const,
  quorumCount: null,
  termMonths: 24,
  termLimit: 2,
  standingAbsences: 3,
  standingMonths: 6,
  voteThreshold: 'simple_majority' as const,
  onboardingGatesVoting: true,
};

/** A web address made from the board's name: "Harbour Peer Board" → "harbour-peer-board". */
export function slugFrom(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : `board-${slug}`.replace(/-+$/, '');
}
