import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { BoardPartnerView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { isApiError } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent, formatDay } from '@cabinet/web/shared/ui';
import { ActionErrorText } from '../util/action-error';

/** What the viewer may do to this partnership: the host ends it, the partner itself leaves. */
export type PartnershipEnding = 'end' | 'leave';

/**
 * One partner organisation, with the way out of the partnership for whoever may take it. Ending
 * is asked twice, in place, saying what follows: the partner loses the board, and the people it
 * seated keep their seats (their memberships are the board's to end).
 */
@Component({
  selector: 'cab-partner-card',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-card.component.html',
  styles: `
    :host {
      display: block;
    }
    .muted {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    .yours {
      margin-inline-start: 0.5rem;
    }
    .confirm {
      margin-block: 0.75rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: 8px;
    }
    .question {
      margin-top: 0;
      font-weight: 500;
    }
  `,
})
export class PartnerCardComponent {
  readonly boardId = input.required<string>();
  readonly partner = input.required<BoardPartnerView>();
  /** null: the viewer may not end this partnership (a partner looking at another partner). */
  readonly ending = input<PartnershipEnding | null>(null);
  readonly boardName = input('');
  readonly hostName = input('');
  /** The partnership ended; the section reloads or leaves the page. */
  readonly partnershipEnded = output<BoardPartnerView>();

  private readonly api = inject(BoardsApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly actionError = inject(ActionErrorText).of;
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly confirming = signal(false);
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly since = computed(() => this.t('boards.partners.since', { date: formatDay(this.partner().since, this.i18n.locale()) }));
  protected readonly texts = computed(() => {
    const values = { partner: this.partner().name, board: this.boardName(), host: this.hostName() };
    return this.ending() === 'leave'
      ? {
          button: this.t('boards.partners.leave'),
          question: this.t('boards.partners.leave.question', values),
          explain: this.t('boards.partners.leave.explain', values),
          yes: this.t('boards.partners.leave.yes'),
          no: this.t('boards.partners.leave.no'),
        }
      : {
          button: this.t('boards.partners.end'),
          question: this.t('boards.partners.end.question', values),
          explain: this.t('boards.partners.end.explain', values),
          yes: this.t('boards.partners.end.yes'),
          no: this.t('boards.partners.end.no'),
        };
  });

  protected ask(): void {
    this.problem.set(null);
    this.confirming.set(true);
    this.focusAfterRender('[data-testid="partner-end-question"]');
  }

  protected keep(): void {
    this.confirming.set(false);
    this.focusAfterRender('[data-testid="partner-end"]');
  }

  protected end(): void {
    if (this.pending()) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api.endPartnership(this.boardId(), this.partner().organizationId).subscribe({
      next: () => {
        this.pending.set(false);
        this.confirming.set(false);
        this.partnershipEnded.emit(this.partner());
      },
      error: (error: unknown) => {
        this.pending.set(false);
        // From this button a 422 can only mean the organisation is no longer a partner: someone
        // ended the partnership first, which is what was asked for.
        if (isApiError(error) && error.status === 422) {
          this.confirming.set(false);
          this.partnershipEnded.emit(this.partner());
          return;
        }
        this.problem.set(this.actionError(error));
      },
    });
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
