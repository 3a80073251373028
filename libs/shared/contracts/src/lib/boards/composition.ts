/** One target's standing among active voting members, and what pending changes would do to it. */
export interface CompositionShare {
  /** People who count towards the target; null when hidden because fewer than 5 (outside managers). */
  count: number | null;
  votingMembers: number;
  /** Rounded to a whole percent; null when there are no voting members or the count is hidden. */
  percent: number | null;
  /** Whether the share reaches the target; null without voting members, or when the count is hidden. */
  meets: boolean | null;
}

export interface CompositionScenario extends CompositionShare {
  memberId: string;
  displayName: string;
  /** "joins": a pending or guest member becomes active, or a first term begins; "leaves": an active member's term ends. */
  change: 'joins' | 'leaves';
  /** The date of the change: for a term that ends, or one that begins later; null for a pending join. */
  onDate: string | null;
}

export interface CompositionMeterRow extends CompositionShare {
  targetId: string;
  label: string;
  minPercent: number;
  /** True when the count is hidden from this viewer because it is under 5. */
  suppressed: boolean;
  /** Managers only: how each pending join or upcoming term end would move this share. */
  scenarios: CompositionScenario[];
}
