import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ORGANIZATION_ROLES, type OrganizationRole } from '@cabinet/shared/contracts';
import type { Member } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ROLE_LABEL_KEYS, formatDate } from '@cabinet/web/shared/ui';

export interface RoleChange {
  member: Member;
  role: OrganizationRole;
  /** Puts the select back to the stored role, when the change is refused. */
  revert(): void;
}

/**
 * The organisation's people. Contact details appear only when the API sent them (it sends them only
 * to those who need them). Manage controls appear only when `canManage`, and never on your own row.
 */
@Component({
  selector: 'cab-members-table',
  imports: [MatButton, MatFormField, MatSelect, MatOption],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-table.component.html',
  styleUrl: './members-table.component.scss',
})
export class MembersTableComponent {
  readonly members = input.required<readonly Member[]>();
  readonly canManage = input(false);
  readonly currentUserId = input<string | null>(null);
  readonly roleChange = output<RoleChange>();
  readonly disable = output<Member>();
  readonly enable = output<Member>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly roles = ORGANIZATION_ROLES;
  protected readonly roleLabels = ROLE_LABEL_KEYS;

  protected changeRole(member: Member, select: MatSelect, role: OrganizationRole): void {
    this.roleChange.emit({ member, role, revert: () => (select.value = member.role) });
  }

  protected joined(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }
}
