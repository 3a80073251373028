import type { AccessNeed, MeetingFormat, MeetingStatus, RsvpResponse } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/** Plain names for the meetings domain's enums (messages under `meetings.labels.*`). */
export const FORMAT_LABEL_KEYS: Readonly<Record<MeetingFormat, MessageKey>> = {
  in_person: 'meetings.labels.format.in_person',
  online: 'meetings.labels.format.online',
  hybrid: 'meetings.labels.format.hybrid',
};

export const STATUS_LABEL_KEYS: Readonly<Record<MeetingStatus, MessageKey>> = {
  scheduled: 'meetings.labels.status.scheduled',
  held: 'meetings.labels.status.held',
  cancelled: 'meetings.labels.status.cancelled',
};

/** Short answers for the quick choice in lists, where the question is already in the group's label. */
export const RESPONSE_SHORT_LABEL_KEYS: Readonly<Record<RsvpResponse, MessageKey>> = {
  yes: 'meetings.labels.responseShort.yes',
  no: 'meetings.labels.responseShort.no',
  maybe: 'meetings.labels.responseShort.maybe',
};

export const RESPONSE_LABEL_KEYS: Readonly<Record<RsvpResponse | 'none', MessageKey>> = {
  yes: 'meetings.labels.response.yes',
  no: 'meetings.labels.response.no',
  maybe: 'meetings.labels.response.maybe',
  none: 'meetings.labels.response.none',
};

export const NEED_LABEL_KEYS: Readonly<Record<AccessNeed, MessageKey>> = {
  interpretation: 'meetings.labels.need.interpretation',
  childcare: 'meetings.labels.need.childcare',
  transport: 'meetings.labels.need.transport',
  dietary: 'meetings.labels.need.dietary',
  step_free_access: 'meetings.labels.need.step_free_access',
  other: 'meetings.labels.need.other',
};
