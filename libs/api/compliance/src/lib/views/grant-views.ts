import type { EntityManager } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import type { GrantView } from '@cabinet/shared/contracts';
import { Grant } from '../entities/grant.entity';
import { latestVersions } from '../evaluate-board/stored-versions';

/**
 * Grants as the grants page shows them, to the funder that made them or the organisation that
 * accepted them (row-level security decides which), with names of both sides, the packs and the
 * boards covered. A fixed number of queries, whatever the number of grants.
 */
export async function loadGrantViews(m: EntityManager, asking: string, grants: readonly Grant[]): Promise<GrantView[]> {
  if (grants.length === 0) return [];
  const ids = grants.map((grant) => grant.id);
  const packs = (await m.query(
    `SELECT gp.grant_id AS "grantId", p.id, p.name FROM grant_pack gp JOIN compliance_pack p ON p.id = gp.pack_id WHERE gp.grant_id = ANY($1::uuid[]) ORDER BY p.name`,
    [ids],
  )) as Array<{ grantId: string; id: string; name: string }>;
  const versions = await latestVersions(m, [...new Set(packs.map((pack) => pack.id))]);
  const boards = (await m.query(
    `SELECT grant_id AS "grantId", board_id AS id, board_name AS name FROM grant_board WHERE grant_id = ANY($1::uuid[]) ORDER BY board_name`,
    [ids],
  )) as Array<{ grantId: string; id: string; name: string }>;
  const organizationIds = [...new Set(grants.flatMap((grant) => [grant.organizationId, grant.granteeOrganizationId ?? grant.organizationId]))];
  const organizations = await m.find(Organization, { where: organizationIds.map((id) => ({ id })) });
  const nameOf = (id: string) => organizations.find((organization) => organization.id === id)?.name ?? '';
  return grants.map((grant) => ({
    id: grant.id,
    title: grant.title,
    reference: grant.reference,
    status: grant.status,
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    boardsNote: grant.boardsNote,
    funder: { id: grant.organizationId, name: nameOf(grant.organizationId) },
    grantee: grant.granteeOrganizationId ? { id: grant.granteeOrganizationId, name: nameOf(grant.granteeOrganizationId) } : null,
    // The address is the funder's to know; the grantee knows its own.
    invitedEmail: grant.organizationId === asking ? grant.invitedEmail : null,
    packs: packs.filter((pack) => pack.grantId === grant.id).map((pack) => ({ id: pack.id, name: pack.name, version: versions.get(pack.id)?.version ?? 1 })),
    boards: boards.filter((board) => board.grantId === grant.id).map((board) => ({ id: board.id, name: board.name })),
    createdAt: grant.createdAt.toISOString(),
    decidedAt: grant.decidedAt?.toISOString() ?? null,
  }));
}
