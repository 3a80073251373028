import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { OrganizationRole, Permission, ROLE_PERMISSIONS } from '@cabinet/shared/contracts';

type Action = string;
type Subject = string;
export type AppAbility = MongoAbility<[Action, Subject]>;

/** "members.manage" → ability to "manage" the subject "members". */
export function splitPermission(permission: Permission): [Action, Subject] {
  const [subject, action] = permission.split('.') as [Subject, Action];
  return [action, subject];
}

/**
 * What a role may do, as a CASL ability. Built from the one permission catalogue the web app
 * shares; board-level conditions (chair of this board, member of that one) join it later.
 */
export function abilityFor(role: OrganizationRole | null): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const granted = role ? ROLE_PERMISSIONS[role] : [Permission.AccountManage];
  for (const permission of granted) can(...splitPermission(permission));
  return build();
}

export function permissionsOf(role: OrganizationRole | null): Set<Permission> {
  const ability = abilityFor(role);
  return new Set(Object.values(Permission).filter((permission) => ability.can(...splitPermission(permission))));
}
