import { Injectable } from '@nestjs/common';
import { Board } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, Organization } from '@cabinet/api/identity';
import type { GrantPreview } from '@cabinet/shared/contracts';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { GrantPack } from '../entities/grant-pack.entity';
import { latestVersions } from '../evaluate-board/stored-versions';
import { findLiveGrant } from './find-live-grant';

/**
 * What a grant's link shows the service organisation's admin before answering: the funder, the
 * grant, its packs and their rules, and the organisation's own boards to choose from.
 */
@Injectable()
export class PreviewGrantUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, token: string): Promise<GrantPreview> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId, grantTokenHash: hashToken(token) }, async (m) => {
      const grant = await findLiveGrant(m, hashToken(token));
      const funder = await m.findOneByOrFail(Organization, { id: grant.organizationId });
      const packIds = (await m.find(GrantPack, { where: { grantId: grant.id } })).map((one) => one.packId);
      const packs = await m.find(CompliancePack, { where: packIds.map((id) => ({ id })), order: { name: 'ASC' } });
      const versions = await latestVersions(m, packIds);
      const boards = await m.find(Board, { where: { organizationId: auth.organizationId }, order: { name: 'ASC' }, select: { id: true, name: true } });
      return {
        title: grant.title,
        reference: grant.reference,
        funderName: funder.name,
        startsOn: grant.startsOn,
        endsOn: grant.endsOn,
        boardsNote: grant.boardsNote,
        status: grant.status,
        packs: packs.map((pack) => ({
          id: pack.id,
          name: pack.name,
          description: pack.description,
          rules: (versions.get(pack.id)?.rules ?? []).map((rule) => ({ key: rule.key, title: rule.title })),
        })),
        boards: boards.map((board) => ({ id: board.id, name: board.name })),
      };
    });
  }
}
