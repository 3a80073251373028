/** What a person brings to a board. */
export const PEER_INPUT_KINDS = ['idea', 'concern', 'complaint', 'question'] as const;
export type PeerInputKind = (typeof PEER_INPUT_KINDS)[number];

/** How it arrived: from a signed-in member, through the board's public link, or on its kiosk tablet. */
export const PEER_INPUT_CHANNELS = ['member', 'public', 'kiosk'] as const;
export type PeerInputChannel = (typeof PEER_INPUT_CHANNELS)[number];

/**
 * new → acknowledged → on_agenda (linked to an agenda item) / recommendation (a recommendation was
 * drafted from it) / answered / declined (with a reason). Answered and declined are final.
 */
export const PEER_INPUT_STATUSES = ['new', 'acknowledged', 'on_agenda', 'recommendation', 'answered', 'declined'] as const;
export type PeerInputStatus = (typeof PEER_INPUT_STATUSES)[number];

/** Longest input, answer and decline reason, in characters. */
export const MAX_INPUT_LENGTH = 4000;
export const MAX_DECLINE_REASON_LENGTH = 1000;

/** Days a board gives itself to acknowledge new input, unless it sets its own. */
export const DEFAULT_ACK_DAYS = 14;
export const MAX_ACK_DAYS = 90;

/** What a member gets back for their input: a claim code only for anonymous input (shown once). */
export interface SubmittedInput {
  id: string;
  claimCode: string | null;
}

/** One piece of input as the board's organisers triage it. Never names an anonymous author. */
export interface PeerInputView {
  id: string;
  kind: PeerInputKind;
  body: string;
  channel: PeerInputChannel;
  /** The author's name for named member input; null when anonymous. */
  author: string | null;
  status: PeerInputStatus;
  agendaItemId: string | null;
  answer: string | null;
  declineReason: string | null;
  /** The day it arrived (kept to the day, so the time cannot point to who sent it). */
  receivedOn: string;
  /** The acknowledgement deadline: the day it arrived plus the board's days to acknowledge. */
  acknowledgeBy: string;
  /** Still new after its acknowledgement deadline. */
  overdue: boolean;
  acknowledgedAt: string | null;
  decidedAt: string | null;
}

/** A member's own named input, with where it stands. */
export type MyInputView = Omit<PeerInputView, 'author' | 'channel'>;

/** A board's input settings as its managers see them. The link itself is shown only when made. */
export interface InputChannelView {
  publicEnabled: boolean;
  kioskEnabled: boolean;
  ackDays: number;
  /** Whether a public link exists (it may be switched off). */
  hasLink: boolean;
}

/** A fresh public link, shown once when it is made or replaced, with its QR code (SVG) for a poster. */
export interface InputChannelLink {
  url: string;
  qrSvg: string;
}

export interface InputChannelChange extends InputChannelView {
  /** Present only when this change made a new link. */
  link: InputChannelLink | null;
}

/** What the public form shows before someone writes. */
export interface PublicInputChannelView {
  boardName: string;
  kinds: readonly PeerInputKind[];
  kiosk: boolean;
}

/** The answer to a public submission: the claim code, shown once. */
export interface PublicInputReceipt {
  claimCode: string;
}

/** What a claim code shows: where the input stands, in plain words, and the board's answer. */
export interface ClaimView {
  boardName: string;
  kind: PeerInputKind;
  submittedOn: string;
  status: PeerInputStatus;
  statusText: string;
  answer: string | null;
  declineReason: string | null;
  /** When it is on an agenda: the meeting's start (UTC instant). */
  meetingStartsAt: string | null;
}
