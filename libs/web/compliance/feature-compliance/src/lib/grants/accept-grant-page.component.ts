import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { Router, RouterLink } from '@angular/router';
import { type GrantView, Permission, acceptGrantSchema } from '@cabinet/shared/contracts';
import { GrantsApi } from '@cabinet/web/compliance/data-access';
import { SessionStore, isDeadLink } from '@cabinet/web/identity/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDay, isApiProblem } from '@cabinet/web/shared/ui';
import { type GrantProblem } from './grant-form';
import { USED_LINK_KEYS } from './grant-labels';
import { grantSchemaMessage } from './grant-schema-message';

type State = 'loading' | 'ready' | 'used' | 'expired' | 'failed' | 'declined';

/**
 * Opens from the link a funder's grant sent, for a signed-in manager of the service organisation:
 * what the funder asks (its packs and their rules) and what it will see, the boards to name, then
 * Accept, or Decline (asked twice). Nothing reaches the funder before this page's answer.
 */
@Component({
  selector: 'cab-accept-grant-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-grant-page.component.html',
  styles: `
    .pack h3 {
      margin: 1rem 0 0.25rem;
      font-size: 1.0625rem;
      overflow-wrap: anywhere;
    }
    .muted {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .boards {
      display: flex;
      flex-direction: column;
    }
    .confirm {
      margin-block: 1rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: 8px;
      p {
        margin: 0;
        font-weight: 500;
      }
    }
  `,
})
export class AcceptGrantPageComponent {
  /** From the link: `/grants/accept?token=…`. */
  readonly token = input<string>();

  private readonly api = inject(GrantsApi);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly store = inject(SessionStore);
  /** A funder's own people may open the link it sent, but only the organisation receiving it answers. */
  protected readonly inFunder = computed(() => this.store.activeOrganization()?.kind === 'funder');
  protected readonly t = this.i18n.t;

  protected readonly form = new FormGroup({ boardIds: new FormControl<string[]>([], { nonNullable: true }) });
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly confirmingDecline = signal(false);
  /** Set by what happens on this page: declined, or the link died between opening and answering. */
  private readonly outcome = signal<'declined' | 'expired' | null>(null);
  /** What is wrong with the boards chosen, from the schema here or the API. */
  protected readonly boardsProblem = signal<string | null>(null);

  private readonly code = computed(() => this.token()?.trim() ?? '');
  protected readonly preview = rxResource({
    // The organisation is part of the key: after a switch, the link is asked about for the new one.
    params: () => (this.code() ? { token: this.code(), organizationId: this.store.activeOrganization()?.id } : undefined),
    stream: ({ params }) => this.api.preview(params.token),
  });
  // value() throws while a resource is in error: ask first.
  protected readonly offer = computed(() => (this.preview.hasValue() ? this.preview.value() : null));

  protected readonly state = computed<State>(() => {
    const outcome = this.outcome();
    if (outcome) return outcome;
    if (!this.code()) return 'expired';
    const error = this.preview.error();
    if (error) return isDeadLink(error) ? 'expired' : 'failed';
    const offer = this.offer();
    if (!offer) return 'loading';
    return offer.status === 'invited' ? 'ready' : 'used';
  });

  protected readonly usedKey = computed<MessageKey>(() => {
    const status = this.offer()?.status;
    return status && status !== 'invited' ? USED_LINK_KEYS[status] : 'grants.accept.expired.body';
  });

  protected readonly loadProblem = computed(() => {
    const error = this.preview.error();
    if (!error) return null;
    return isApiProblem(error) && error.code === 'forbidden' ? this.t('grants.accept.forbidden') : this.apiErrorText(error);
  });

  protected chosen(boardId: string): boolean {
    return this.form.controls.boardIds.value.includes(boardId);
  }

  protected toggle(boardId: string, checked: boolean): void {
    const boardIds = this.form.controls.boardIds;
    const others = boardIds.value.filter((id) => id !== boardId);
    boardIds.setValue(checked ? [...others, boardId] : others);
    this.boardsProblem.set(null);
  }

  protected dates(startsOn: string, endsOn: string | null): string {
    return endsOn ? this.t('grants.card.datesValue', { from: this.day(startsOn), to: this.day(endsOn) }) : this.t('grants.card.datesOpen', { from: this.day(startsOn) });
  }

  protected accept(): void {
    if (this.pending()) return;
    this.problem.set(null);
    const parsed = acceptGrantSchema.safeParse({ token: this.code(), boardIds: this.form.controls.boardIds.value });
    if (!parsed.success) {
      const boardIssue = parsed.error.issues.find((issue) => issue.path[0] === 'boardIds');
      if (!boardIssue) {
        // Only the link's code can be at fault here: it was cut short on the way.
        this.outcome.set('expired');
        return;
      }
      this.putOnBoards(boardIssue.message);
      return;
    }
    this.pending.set(true);
    this.api.accept(parsed.data.token, parsed.data.boardIds).subscribe({
      next: (grant) => void this.router.navigate(this.after(grant)),
      error: (error: unknown) => this.failed(error),
    });
  }

  protected askToDecline(): void {
    this.problem.set(null);
    this.confirmingDecline.set(true);
    this.focusAfterRender('[data-testid="grant-decline-question"]');
  }

  protected keep(): void {
    this.confirmingDecline.set(false);
    this.focusAfterRender('[data-testid="grant-decline"]');
  }

  protected decline(): void {
    if (this.pending()) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api.decline(this.code()).subscribe({
      next: () => {
        this.pending.set(false);
        this.outcome.set('declined');
        this.focusAfterRender('[data-testid="grant-declined-heading"]');
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  /** The first covered board's compliance, for people who can read it; else the grants list. */
  private after(grant: GrantView): string[] {
    const first = grant.boards[0];
    return first && this.store.can(Permission.ComplianceRead) ? ['/boards', first.id, 'compliance'] : ['/grants'];
  }

  private failed(error: unknown): void {
    this.pending.set(false);
    const problems: readonly GrantProblem[] = isApiProblem(error) ? ((error as { fieldErrors?: readonly GrantProblem[] }).fieldErrors ?? []) : [];
    const onBoards = problems.find((problem) => problem.field.split('.')[0] === 'boardIds');
    if (onBoards) {
      this.putOnBoards(onBoards.message);
      return;
    }
    // The API refuses the link's code for the wrong organisation with its reason: more use than "expired".
    const onToken = problems.find((problem) => problem.field === 'token');
    if (onToken) {
      this.problem.set(grantSchemaMessage(onToken.message, this.t));
      return;
    }
    if (isDeadLink(error)) {
      this.outcome.set('expired');
      return;
    }
    this.problem.set(isApiProblem(error) && error.code === 'forbidden' ? this.t('grants.accept.forbidden') : this.apiErrorText(error));
  }

  private putOnBoards(message: string): void {
    this.boardsProblem.set(grantSchemaMessage(message, this.t));
    this.problem.set(this.t('form.fixFields'));
    this.focusAfterRender('fieldset[data-invalid="true"] input');
  }

  private day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
