import type { BoardRole, CompositionTag, EndReason, MemberStatus } from '@cabinet/shared/contracts';

/** The boards domain's shared names (libs/web/shared/i18n, `boards.labels.*`): one wording on every screen. */
export const statusLabel = (status: MemberStatus) => `boards.labels.status.${status}` as const;
export const boardRoleLabel = (role: BoardRole) => `boards.labels.boardRole.${role}` as const;
export const tagLabel = (tag: CompositionTag) => `boards.labels.tag.${tag}` as const;
export const endReasonLabel = (reason: EndReason) => `boards.labels.endReason.${reason}` as const;
