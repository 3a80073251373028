import type { AgendaItemKind, AgendaItemStatus } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

export const KIND_LABEL_KEYS: Readonly<Record<AgendaItemKind, MessageKey>> = {
  information: 'meetings.agenda.kind.information',
  discussion: 'meetings.agenda.kind.discussion',
  decision: 'meetings.agenda.kind.decision',
};

export const ITEM_STATUS_LABEL_KEYS: Readonly<Record<AgendaItemStatus, MessageKey>> = {
  proposed: 'meetings.agenda.status.proposed',
  accepted: 'meetings.agenda.status.accepted',
  declined: 'meetings.agenda.status.declined',
};
