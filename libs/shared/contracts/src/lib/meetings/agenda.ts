/** What an item asks of the meeting: to hear, to talk something through, or to decide. */
export const AGENDA_ITEM_KINDS = ['information', 'discussion', 'decision'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** proposed → accepted (into the running order) or declined (with a reason the proposer sees). */
export const AGENDA_ITEM_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

/** The longest one item may take, in minutes. */
export const MAX_AGENDA_ITEM_MINUTES = 240;

export interface AgendaItemView {
  id: string;
  kind: AgendaItemKind;
  title: string;
  details: string | null;
  /** Who presents it, as the proposer or organiser wrote it (a name or a role). */
  presenter: string | null;
  durationMinutes: number;
  status: AgendaItemStatus;
  declineReason: string | null;
  /** The proposer's name, for organisers only; null for items organisers added. */
  proposedBy: string | null;
  /** Whether the signed-in person proposed it. */
  proposedByMe: boolean;
  decidedAt: string | null;
}

/** An accepted item in the running order, with when it starts. */
export interface AgendaSlot extends AgendaItemView {
  /** Minutes from the meeting's start. */
  startOffsetMinutes: number;
  /** When it starts, a UTC instant (meeting start plus the items before it). */
  startsAt: string;
}

/**
 * A meeting's agenda as the signed-in person may see it. Members see the running order once it
 * is published; organisers always do. Everyone sees their own proposals.
 */
export interface AgendaView {
  meetingId: string;
  boardId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  meetingEndsAt: string;
  timeZone: string;
  /** When members see the agenda: when an organiser published it, or the board's usual notice before the meeting. */
  publishesAt: string;
  /** Whether members see it now. */
  published: boolean;
  /** Whether an organiser published it early by hand. */
  publishedEarly: boolean;
  /** Whether the running order is shown to this person (organisers, or published). */
  visible: boolean;
  canOrganize: boolean;
  /** Whether this person may propose items (they sit on the board and the agenda is still open). */
  canPropose: boolean;
  /** Whether the agenda still changes: only for scheduled meetings that have not ended. */
  open: boolean;
  /** The running order; empty when not visible. */
  items: AgendaSlot[];
  /** Total minutes of the running order. */
  totalMinutes: number;
  /** When the running order ends, a UTC instant. */
  endsAt: string;
  /** Minutes the running order runs past the meeting's end (0 when it fits). */
  overrunMinutes: number;
  /** Organisers: every proposal waiting or declined. Others: their own proposals, whatever became of them. */
  proposals: AgendaItemView[];
}
