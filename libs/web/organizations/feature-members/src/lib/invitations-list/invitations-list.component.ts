import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Invitation } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ROLE_LABEL_KEYS, formatDate } from '@cabinet/web/shared/ui';

/** Invitations still waiting for an answer, with a way to send them again or take them back. */
@Component({
  selector: 'cab-invitations-list',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (invitations().length === 0) {
      <p data-testid="invitations-empty">{{ t('members.invitations.none') }}</p>
    } @else {
      <ul class="cab-card-list" data-testid="invitations-list">
        @for (invitation of invitations(); track invitation.id) {
          <li class="cab-card" data-testid="invitation">
            <p class="email"><strong data-testid="invitation-email">{{ invitation.email }}</strong></p>
            <p class="meta">{{ t(roleLabels[invitation.role]) }}</p>
            <p class="meta">{{ t('members.invitations.expires', { date: date(invitation.expiresAt) }) }}</p>
            <div class="cab-actions">
              <button
                type="button"
                matButton="outlined"
                [attr.aria-label]="t('members.invitations.resendTo', { email: invitation.email })"
                (click)="resend.emit(invitation)"
                data-testid="invitation-resend"
              >
                {{ t('members.invitations.resend') }}
              </button>
              <button
                type="button"
                matButton="outlined"
                [attr.aria-label]="t('members.invitations.revokeFor', { email: invitation.email })"
                (click)="revoke.emit(invitation)"
                data-testid="invitation-revoke"
              >
                {{ t('members.invitations.revoke') }}
              </button>
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .email {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .meta {
      margin: 0.25rem 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class InvitationsListComponent {
  readonly invitations = input.required<readonly Invitation[]>();
  readonly resend = output<Invitation>();
  readonly revoke = output<Invitation>();
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly roleLabels = ROLE_LABEL_KEYS;

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }
}
