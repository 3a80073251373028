import type { EntityManager } from 'typeorm';
import { BoardCompliancePack, CompliancePack, Grant, GrantBoard, GrantPack } from '@cabinet/api/compliance';
import { applyDbContext } from '@cabinet/api/database';
import { hashToken, newToken } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';

const HOST = '0000000a-0000-4000-8000-000000000001';
const FUNDER = '0000000a-0000-4000-8000-000000000003';
const BOARD = '0000000c-0000-4000-8000-000000000001';
const MANAGER = '0000000b-0000-4000-8000-000000000001';
const GRANT = '0000000d-0000-4000-8000-000000000001';
/** The demo board is a drug-use community advisory board: it is held to the NYC pack Cabinet seeds. */
const DEMO_PACK_KEY = 'nyc-drug-use-cab';

/**
 * Holds the demo board to a compliance pack, under the demo funder's accepted grant, and asks the
 * worker to evaluate it, so the board's compliance page and the funder's portfolio have results
 * on the first start. Written once; the nightly run keeps them fresh.
 */
export async function seedDemoCompliance(m: EntityManager): Promise<void> {
  const pack = await m.findOneBy(CompliancePack, { key: DEMO_PACK_KEY });
  if (!pack || (await m.findOneBy(BoardCompliancePack, { boardId: BOARD, packId: pack.id }))) return;
  await m.insert(BoardCompliancePack, { boardId: BOARD, packId: pack.id, organizationId: HOST, addedBy: MANAGER });
  await requestComplianceReview(m, HOST, BOARD);

  // As the product does it: the funder records the grant with a link, the host answers by the link,
  // then names the board it covers. Row-level security allows each step only to its side.
  await applyDbContext(m, { organizationId: FUNDER });
  const year = new Date().getUTCFullYear();
  const linkHash = hashToken(newToken());
  await m.insert(Grant, {
    id: GRANT,
    organizationId: FUNDER,
    title: `Community voice ${year}`,
    reference: `NHF-${year}-014`,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    boardsNote: 'The Harbour community advisory board',
    invitedEmail: 'manager@demo.cabinet.local',
    tokenHash: linkHash,
    tokenExpiresAt: new Date(Date.now() + 86_400_000),
  });
  await m.insert(GrantPack, { grantId: GRANT, packId: pack.id, organizationId: FUNDER });
  await applyDbContext(m, { organizationId: HOST, grantTokenHash: linkHash });
  await m.update(Grant, { id: GRANT }, { status: 'accepted', granteeOrganizationId: HOST, tokenHash: null, tokenExpiresAt: null, decidedAt: new Date(), decidedBy: MANAGER });
  await applyDbContext(m, { organizationId: HOST });
  await m.insert(GrantBoard, { grantId: GRANT, boardId: BOARD, organizationId: FUNDER, granteeOrganizationId: HOST, boardName: 'Harbour Community Advisory Board' });
}
