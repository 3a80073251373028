import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { PublicBoardsApi } from '@cabinet/web/boards/data-access';
import { PublicMinutesListComponent } from '@cabinet/web/meetings/feature-meetings';
import { PublicOutcomesLinkComponent } from '@cabinet/web/recommendations/feature-recommendations';
import { isApiError } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { createJoinForm, joinInput } from './join-form';

/**
 * A board's public join page: what the board is for, then a short plain-language form that lands in
 * the managers' review queue. No account, works on a phone; the API limits repeated tries.
 */
@Component({
  selector: 'cab-join-page',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, FormStatusComponent, PublicMinutesListComponent, PublicOutcomesLinkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './join-page.component.html',
  styleUrl: './join-page.component.scss',
})
export class JoinPageComponent {
  /** From the route (`/join/:slug`). */
  readonly slug = input.required<string>();

  private readonly api = inject(PublicBoardsApi);
  private readonly injector = inject(Injector);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;

  protected readonly board = rxResource({ params: () => this.slug(), stream: ({ params }) => this.api.board(params) });
  protected readonly notFound = computed(() => {
    const error = this.board.error();
    return isApiError(error) && error.status === 404;
  });

  protected readonly form = createJoinForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly sent = signal(false);
  private readonly thanks = viewChild<ElementRef<HTMLElement>>('thanks');

  protected submit(): void {
    if (!this.submission.start()) return;
    this.api.apply(this.slug(), joinInput(this.form)).subscribe({
      next: () => {
        this.submission.succeed();
        this.form.reset();
        this.sent.set(true);
        // The form is gone: take focus to the thank-you so screen-reader users hear it.
        afterNextRender(() => this.thanks()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (error: unknown) => {
        const code = this.submission.fail(error);
        if (code === 'too_many_requests') this.submission.problem.set(this.t('join.tooMany'));
      },
    });
  }
}
