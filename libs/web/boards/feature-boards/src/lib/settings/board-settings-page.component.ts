import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { BoardDetail } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { GeneralSettingsFormComponent } from './general-settings-form.component';
import { OnboardingStepsSectionComponent } from './onboarding-steps-section.component';
import { PartnersSectionComponent } from './partners-section.component';
import { SeatTypesSectionComponent } from './seat-types-section.component';
import { TargetsEditorComponent } from './targets-editor.component';

/**
 * A board's settings, for its managers: general rules, seat types, make-up targets, onboarding
 * steps and partner organisations. Each section saves on its own; the board reloads after a change
 * so every section shows the same state.
 */
@Component({
  selector: 'cab-board-settings-page',
  imports: [
    RouterLink,
    FormStatusComponent,
    GeneralSettingsFormComponent,
    SeatTypesSectionComponent,
    TargetsEditorComponent,
    OnboardingStepsSectionComponent,
    PartnersSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-settings-page.component.html',
})
export class BoardSettingsPageComponent {
  /** From the address: `/boards/:boardId/settings`. */
  readonly boardId = input.required<string>();
  private readonly api = inject(BoardsApi);
  private readonly store = inject(SessionStore);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly organizationId = computed(() => this.store.activeOrganization()?.id ?? null);

  protected readonly board = rxResource({
    params: () => ({ boardId: this.boardId(), organizationId: this.store.activeOrganization()?.id }),
    stream: ({ params }) => this.api.get(params.boardId),
  });

  protected saved(board: BoardDetail): void {
    this.board.value.set(board);
  }

  protected reload(): void {
    this.board.reload();
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
