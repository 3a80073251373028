import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { GrantView } from '@cabinet/shared/contracts';
import { GrantsApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDay } from '@cabinet/web/shared/ui';
import { GRANT_STATUS_LABEL_KEYS } from './grant-labels';

/**
 * One grant in the list. The funder sees whom it went to (or the address still to accept it) and
 * may withdraw it, asked twice; the service organisation sees who funds it. Covered boards link to
 * the funder's drill-down, or to the service's own compliance page.
 */
@Component({
  selector: 'cab-grant-card',
  imports: [RouterLink, MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grant-card.component.html',
  styles: `
    :host {
      display: block;
    }
    .title {
      margin: 0 0 0.5rem;
      font-size: 1.1875rem;
      overflow-wrap: anywhere;
    }
    .boards-heading {
      margin: 0.75rem 0 0.25rem;
      font-size: 1rem;
    }
    .ended {
      border-style: dashed;
      border-color: var(--mat-sys-outline);
      color: var(--mat-sys-on-surface-variant);
    }
    .confirm {
      margin-block: 0.75rem;
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
export class GrantCardComponent {
  readonly grant = input.required<GrantView>();
  /** The funder's card (grantee, withdraw) or the service organisation's (funder). */
  readonly funderView = input(false);
  readonly canManage = input(false);
  /** The grant was withdrawn: the page says so and reloads. */
  readonly withdrawn = output<GrantView>();

  private readonly api = inject(GrantsApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly errorText = inject(ApiErrorText).of;
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly statuses = GRANT_STATUS_LABEL_KEYS;

  protected readonly confirming = signal(false);
  protected readonly withdrawing = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly ended = computed(() => this.grant().status === 'declined' || this.grant().status === 'withdrawn');
  protected readonly canWithdraw = computed(() => this.funderView() && this.canManage() && (this.grant().status === 'invited' || this.grant().status === 'accepted'));
  protected readonly dates = computed(() => {
    const { startsOn, endsOn } = this.grant();
    return endsOn ? this.t('grants.card.datesValue', { from: this.day(startsOn), to: this.day(endsOn) }) : this.t('grants.card.datesOpen', { from: this.day(startsOn) });
  });
  protected readonly packs = computed(() => this.grant().packs.map((pack) => this.t('grants.card.packValue', { pack: pack.name, version: pack.version })).join('; '));

  /** A funder cannot open the service's pages: it reads the board through its portfolio. */
  protected boardLink(boardId: string): string[] {
    return this.funderView() ? ['/portfolio/boards', boardId] : ['/boards', boardId, 'compliance'];
  }

  protected askToWithdraw(): void {
    this.problem.set(null);
    this.confirming.set(true);
    this.focusAfterRender('[data-testid="grant-withdraw-question"]');
  }

  protected keep(): void {
    this.confirming.set(false);
    this.focusAfterRender('[data-testid="grant-withdraw"]');
  }

  protected withdraw(): void {
    if (this.withdrawing()) return;
    this.withdrawing.set(true);
    this.api.withdraw(this.grant().id).subscribe({
      next: (grant) => {
        this.withdrawing.set(false);
        this.confirming.set(false);
        this.withdrawn.emit(grant);
      },
      error: (error: unknown) => {
        this.withdrawing.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }

  private day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
