import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import { Membership } from '@cabinet/api/identity';
import { type MemberView, Permission } from '@cabinet/shared/contracts';
import type { InOrganization } from '../members/member-rules';
import { toMemberView } from '../members/member-view';

/** The organisation's people in one query; contact details only for those who manage members. */
@Injectable()
export class ListMembersUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization): Promise<MemberView[]> {
    const withContactDetails = auth.permissions.has(Permission.MembersManage);
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const memberships = await m
        .getRepository(Membership)
        .createQueryBuilder('membership')
        .innerJoinAndSelect('membership.user', 'user')
        .where('membership.organization_id = :organizationId', { organizationId: auth.organizationId })
        .orderBy('user.displayName', 'ASC')
        .addOrderBy('membership.createdAt', 'ASC')
        .getMany();
      return memberships.map((membership) => toMemberView(membership, withContactDetails));
    });
  }
}
