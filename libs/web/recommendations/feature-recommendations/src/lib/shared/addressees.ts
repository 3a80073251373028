import type { BoardDetail } from '@cabinet/shared/contracts';

export interface Addressee {
  id: string;
  name: string;
}

/**
 * The organisations a recommendation can go to: the board's host and its partners. The board's
 * page names the host but not its id; when the viewer works in the host, it is their own
 * organisation. (A partner's organiser can address the partners only; the API refuses anything else.)
 */
export function addressees(board: BoardDetail, activeOrganizationId: string | null): Addressee[] {
  const host = board.relation === 'host' && activeOrganizationId ? [{ id: activeOrganizationId, name: board.hostOrganizationName }] : [];
  return [...host, ...board.partners.map((partner) => ({ id: partner.organizationId, name: partner.name }))];
}

/** An addressed organisation's name: one of the partners, else the host (the only other choice the API allows). */
export function addresseeName(board: BoardDetail, organizationId: string | null): string | null {
  if (!organizationId) return null;
  return board.partners.find((partner) => partner.organizationId === organizationId)?.name ?? board.hostOrganizationName;
}
