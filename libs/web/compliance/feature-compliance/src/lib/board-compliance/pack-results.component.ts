import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { BoardPackComplianceView } from '@cabinet/shared/contracts';
import { BoardComplianceApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime, formatDay } from '@cabinet/web/shared/ui';
import { PackTrendComponent } from './pack-trend.component';
import { RuleResultComponent } from './rule-result.component';

/**
 * One pack the board is checked against: which version and reporting year, each rule's result,
 * the earlier years, and for managers a way to stop checking it (asked twice: it is easy to tap
 * by mistake on a phone).
 */
@Component({
  selector: 'cab-pack-results',
  imports: [MatButton, FormStatusComponent, RuleResultComponent, PackTrendComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pack-results.component.html',
  styleUrl: './pack-results.component.scss',
})
export class PackResultsComponent {
  readonly entry = input.required<BoardPackComplianceView>();
  readonly boardId = input.required<string>();
  readonly canManage = input(false);
  readonly linkRecords = input(false);
  /** The pack was taken off the board: the page reloads and says so. */
  readonly removed = output<string>();
  /** The reader asked to look for results that were not there yet. */
  readonly refresh = output<void>();

  private readonly api = inject(BoardComplianceApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly errorText = inject(ApiErrorText).of;
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly confirming = signal(false);
  protected readonly removing = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly headingId = computed(() => `pack-${this.entry().pack.id}-heading`);
  protected readonly met = computed(() => {
    const rules = this.entry().current?.rules ?? [];
    return { pass: rules.filter((rule) => rule.result === 'pass').length, total: rules.length };
  });

  protected askToRemove(): void {
    this.problem.set(null);
    this.confirming.set(true);
    this.focusAfterRender('[data-testid="pack-remove-question"]');
  }

  protected keep(): void {
    this.confirming.set(false);
    this.focusAfterRender('[data-testid="pack-remove"]');
  }

  protected remove(): void {
    if (this.removing()) return;
    this.removing.set(true);
    const { pack } = this.entry();
    this.api.remove(this.boardId(), pack.id).subscribe({
      next: () => {
        this.removing.set(false);
        this.confirming.set(false);
        this.removed.emit(pack.name);
      },
      error: (error: unknown) => {
        this.removing.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected moment(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
