import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router } from '@angular/router';
import type { BoardPartnerView, BoardRelation, PartnerInvitationCreated, PartnerInvitationView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, formSubmit, formatDay } from '@cabinet/web/shared/ui';
import { ActionErrorText } from '../util/action-error';
import { PartnerCardComponent, type PartnershipEnding } from './partner-card.component';

const INVITATION_STATUS_KEYS: Readonly<Record<PartnerInvitationView['status'], MessageKey>> = {
  pending: 'boards.labels.invitationStatus.pending',
  accepted: 'boards.labels.invitationStatus.accepted',
  revoked: 'boards.labels.invitationStatus.revoked',
  expired: 'boards.labels.invitationStatus.expired',
};

/**
 * Partner organisations (the "joint venture": both sides' administrators run the board) and the
 * links that invite one. A new link is shown once, with a copy button, because only its holder
 * can accept it and Cabinet does not keep it readable. The host's managers may end any partnership;
 * a partner's managers may leave, after which the board is no longer theirs to see, so the page
 * goes back to their boards list.
 */
@Component({
  selector: 'cab-partners-section',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent, PartnerCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partners-section.component.html',
  styleUrl: './partners-section.component.scss',
})
export class PartnersSectionComponent {
  readonly boardId = input.required<string>();
  /** How the active organisation holds the board: the host ends partnerships, a partner leaves. */
  readonly relation = input<BoardRelation>('host');
  /** The active organisation: on a partner board, the one partnership it may end (its own). */
  readonly organizationId = input<string | null>(null);
  readonly boardName = input('');
  readonly hostName = input('');
  /** A partnership ended: the board's own page data (its partners) changed. */
  readonly changed = output<void>();
  private readonly api = inject(BoardsApi);
  private readonly router = inject(Router);
  private readonly clipboard = inject(Clipboard);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly apiErrorText = inject(ApiErrorText).of;
  private readonly actionError = inject(ActionErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly statusLabels = INVITATION_STATUS_KEYS;

  protected readonly partners = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.api.partners(params) });
  /** Newest first: the link just made is at the top. */
  protected readonly invitations = computed(() =>
    [...(this.partners.value()?.invitations ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', [Validators.email, Validators.maxLength(254)]] });
  protected readonly submission = formSubmit(this.form);
  protected readonly created = signal<PartnerInvitationCreated | null>(null);
  protected readonly copyStatus = signal<string | null>(null);
  protected readonly status = signal<{ tone: 'error' | 'success'; message: string } | null>(null);
  private readonly linkBox = viewChild<ElementRef<HTMLElement>>('linkBox');
  private readonly partnersHeading = viewChild<ElementRef<HTMLElement>>('partnersHeading');

  protected day(iso: string): string {
    return formatDay(iso, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.apiErrorText(error);
  }

  protected invite(): void {
    const email = this.form.getRawValue().email.trim().toLowerCase();
    this.status.set(null);
    this.submission.send(
      () => this.api.invitePartner(this.boardId(), { email: email || null }),
      (created) => {
        this.form.reset();
        this.copyStatus.set(null);
        this.created.set(created);
        this.partners.reload();
        // The link is what matters now, and it is shown only once.
        afterNextRender(() => this.linkBox()?.nativeElement.focus(), { injector: this.injector });
      },
    );
  }

  protected endingFor(partner: BoardPartnerView): PartnershipEnding | null {
    if (this.relation() === 'host') return 'end';
    return partner.organizationId === this.organizationId() ? 'leave' : null;
  }

  protected afterEnding(partner: BoardPartnerView): void {
    if (this.endingFor(partner) === 'leave') {
      // The board is gone for this organisation: its list says which one was left.
      void this.router.navigate(['/boards'], { state: { leftBoard: this.boardName() } });
      return;
    }
    this.status.set({ tone: 'success', message: this.t('boards.partners.ended', { partner: partner.name }) });
    // Reloaded, not patched: links the partner's people made were withdrawn with it.
    this.partners.reload();
    this.changed.emit();
    // The card and its button are gone: the list's heading keeps the place.
    afterNextRender(() => this.partnersHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected copy(url: string): void {
    this.copyStatus.set(this.t(this.clipboard.copy(url) ? 'boards.partners.link.copied' : 'boards.partners.link.copyFailed'));
  }

  protected dismiss(): void {
    this.created.set(null);
  }

  protected revoke(invitation: PartnerInvitationView): void {
    this.status.set(null);
    this.api.revokePartnerInvitation(this.boardId(), invitation.id).subscribe({
      next: () => {
        this.partners.value.update((value) =>
          value ? { ...value, invitations: value.invitations.map((other) => (other.id === invitation.id ? { ...other, status: 'revoked' as const } : other)) } : value,
        );
        this.status.set({ tone: 'success', message: this.t('boards.partners.revoked') });
      },
      error: (error: unknown) => this.status.set({ tone: 'error', message: this.actionError(error) }),
    });
  }
}
