import type { EntityManager } from 'typeorm';
import { BoardCompliancePack, CompliancePack } from '@cabinet/api/compliance';
import { requestComplianceReview } from '@cabinet/api/outbox';

const HOST = '0000000a-0000-4000-8000-000000000001';
const BOARD = '0000000c-0000-4000-8000-000000000001';
const MANAGER = '0000000b-0000-4000-8000-000000000001';
/** The demo board is a drug-use community advisory board: it is held to the NYC pack Cabinet seeds. */
const DEMO_PACK_KEY = 'nyc-drug-use-cab';

/**
 * Holds the demo board to a compliance pack and asks the worker to evaluate it, so the board's
 * compliance page has results on the first start. Written once; the nightly run keeps it fresh.
 */
export async function seedDemoCompliance(m: EntityManager): Promise<void> {
  const pack = await m.findOneBy(CompliancePack, { key: DEMO_PACK_KEY });
  if (!pack || (await m.findOneBy(BoardCompliancePack, { boardId: BOARD, packId: pack.id }))) return;
  await m.insert(BoardCompliancePack, { boardId: BOARD, packId: pack.id, organizationId: HOST, addedBy: MANAGER });
  await requestComplianceReview(m, HOST, BOARD);
}
