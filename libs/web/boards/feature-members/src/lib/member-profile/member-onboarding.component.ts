import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { BoardMemberProfile, OnboardingProgress } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime } from '@cabinet/web/shared/ui';
import { problemText } from '../shared/problems';

/** The board's onboarding steps for one member, with when each was done; managers tick them off. */
@Component({
  selector: 'cab-member-onboarding',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="member-onboarding-heading" data-testid="member-onboarding">
      <h2 id="member-onboarding-heading">{{ t('boardMembers.onboarding.heading') }}</h2>
      <cab-form-status [message]="problem()" />
      @if (profile().onboarding.length === 0) {
        <p>{{ t('boardMembers.onboarding.none') }}</p>
      } @else {
        <p data-testid="onboarding-summary">
          {{ profile().onboardingComplete ? t('boardMembers.onboarding.complete') : t('boardMembers.onboarding.incomplete') }}
        </p>
        <ul class="cab-card-list">
          @for (step of profile().onboarding; track step.id) {
            <li class="cab-card" data-testid="onboarding-step">
              <strong [id]="'onboarding-step-' + step.id">{{ step.name }}</strong>
              @if (step.required) {
                <span class="cab-badge">{{ t('boardMembers.onboarding.required') }}</span>
              }
              <p>
                @if (step.completedAt) {
                  {{ t('boardMembers.onboarding.doneOn', { date: when(step.completedAt) }) }}
                } @else {
                  {{ t('boardMembers.onboarding.notDone') }}
                }
              </p>
              @if (canManage()) {
                <button
                  type="button"
                  matButton="outlined"
                  [disabled]="busy() === step.id"
                  (click)="toggle(step)"
                  [id]="'onboarding-toggle-' + step.id"
                  [attr.aria-labelledby]="'onboarding-toggle-' + step.id + ' onboarding-step-' + step.id"
                  data-testid="onboarding-toggle"
                >
                  {{ t(step.completedAt ? 'boardMembers.onboarding.undo' : 'boardMembers.onboarding.do') }}
                </button>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class MemberOnboardingComponent {
  readonly profile = input.required<BoardMemberProfile>();
  readonly canManage = input(false);
  readonly updated = output<BoardMemberProfile>();

  private readonly api = inject(BoardMembersApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected toggle(step: OnboardingProgress): void {
    const { boardId, id } = this.profile();
    this.problem.set(null);
    this.busy.set(step.id);
    const request = step.completedAt ? this.api.undoStep(boardId, id, step.id) : this.api.completeStep(boardId, id, step.id);
    request.subscribe({
      next: (profile) => {
        this.busy.set(null);
        this.updated.emit(profile);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.problem.set(problemText(error, this.errorText));
      },
    });
  }
}
