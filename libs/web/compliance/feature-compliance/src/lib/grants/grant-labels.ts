import type { GrantStatus } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

export const GRANT_STATUS_LABEL_KEYS: Readonly<Record<GrantStatus, MessageKey>> = {
  invited: 'grants.status.invited',
  accepted: 'grants.status.accepted',
  declined: 'grants.status.declined',
  withdrawn: 'grants.status.withdrawn',
};

/** Why a link whose grant was already answered does nothing more. */
export const USED_LINK_KEYS: Readonly<Record<Exclude<GrantStatus, 'invited'>, MessageKey>> = {
  accepted: 'grants.accept.used.accepted',
  declined: 'grants.accept.used.declined',
  withdrawn: 'grants.accept.used.withdrawn',
};
