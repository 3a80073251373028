import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { CompliancePackView } from '@cabinet/shared/contracts';
import { loadPackView, loadPackViews } from '../views/pack-views';

/** Cabinet's packs and the organisation's own: anyone who may read compliance sees what boards can be held to. */
@Injectable()
export class ListPacksUseCase {
  constructor(private readonly db: Db) {}

  list(auth: InOrganization): Promise<CompliancePackView[]> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, (m) => loadPackViews(m));
  }

  get(auth: InOrganization, packId: string): Promise<CompliancePackView> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, (m) => loadPackView(m, packId));
  }
}
