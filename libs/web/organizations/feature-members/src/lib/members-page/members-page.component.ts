import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Permission } from '@cabinet/shared/contracts';
import { type Invitation, type Member, MembersApi, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, ROLE_LABEL_KEYS } from '@cabinet/web/shared/ui';
import { AddPeerFormComponent } from '../add-peer/add-peer-form.component';
import { InvitationsListComponent } from '../invitations-list/invitations-list.component';
import { InviteFormComponent } from '../invite-form/invite-form.component';
import { MembersTableComponent, type RoleChange } from '../members-table/members-table.component';
import { OrganizationSecurityComponent } from '../security/organization-security.component';

/**
 * Members and invitations of the active organisation. What shows depends on permissions: everyone
 * with `members.read` sees the list; `members.manage` adds role changes, disabling and peer accounts;
 * `invitations.manage` adds inviting; `organization.manage` adds the security settings. Data reloads
 * when the person switches organisation.
 */
@Component({
  selector: 'cab-members-page',
  imports: [FormStatusComponent, MembersTableComponent, InviteFormComponent, InvitationsListComponent, AddPeerFormComponent, OrganizationSecurityComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-page.component.html',
})
export class MembersPageComponent {
  private readonly api = inject(MembersApi);
  protected readonly store = inject(SessionStore);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly canManageMembers = computed(() => this.store.can(Permission.MembersManage));
  protected readonly canManageInvitations = computed(() => this.store.can(Permission.InvitationsManage));
  protected readonly canManageOrganization = computed(() => this.store.can(Permission.OrganizationManage));
  protected readonly organizationId = computed(() => this.store.activeOrganization()?.id);

  protected readonly members = rxResource({ params: () => this.organizationId(), stream: () => this.api.members() });
  protected readonly invitations = rxResource({
    // No permission, no request: the API would refuse it anyway.
    params: () => (this.canManageInvitations() ? this.organizationId() : undefined),
    stream: () => this.api.invitations(),
  });
  protected readonly pendingInvitations = computed(() => (this.invitations.value() ?? []).filter((invitation) => invitation.status === 'pending'));

  /** The outcome of the last action on a member or invitation, announced. */
  protected readonly actionStatus = signal<{ tone: 'error' | 'success'; message: string } | null>(null);

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  protected changeRole({ member, role, revert }: RoleChange): void {
    this.api.changeRole(member.userId, role).subscribe({
      next: (updated) => {
        this.replaceMember(updated);
        this.succeed(this.t('members.roleChanged', { name: member.displayName, role: this.t(ROLE_LABEL_KEYS[updated.role]) }));
      },
      error: (error: unknown) => {
        revert();
        this.fail(error);
      },
    });
  }

  protected disable(member: Member): void {
    this.api.disable(member.userId).subscribe({
      next: () => {
        this.replaceMember({ ...member, disabled: true });
        this.succeed(this.t('members.disabled', { name: member.displayName }));
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected enable(member: Member): void {
    this.api.enable(member.userId).subscribe({
      next: () => {
        this.replaceMember({ ...member, disabled: false });
        this.succeed(this.t('members.enabled', { name: member.displayName }));
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected invited(invitation: Invitation): void {
    this.invitations.value.update((list) => [invitation, ...(list ?? []).filter((other) => other.id !== invitation.id)]);
  }

  protected peerCreated(): void {
    this.members.reload();
  }

  protected resend(invitation: Invitation): void {
    this.api.resendInvitation(invitation.id).subscribe({
      next: () => this.succeed(this.t('members.invitations.resent', { email: invitation.email })),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected revoke(invitation: Invitation): void {
    this.api.revokeInvitation(invitation.id).subscribe({
      next: () => {
        this.invitations.value.update((list) => (list ?? []).filter((other) => other.id !== invitation.id));
        this.succeed(this.t('members.invitations.revoked', { email: invitation.email }));
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private replaceMember(member: Member): void {
    this.members.value.update((list) => (list ?? []).map((other) => (other.userId === member.userId ? member : other)));
  }

  private succeed(message: string): void {
    this.actionStatus.set({ tone: 'success', message });
  }

  private fail(error: unknown): void {
    this.actionStatus.set({ tone: 'error', message: this.errorText(error) });
  }
}
