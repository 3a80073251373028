import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type BoardMemberProfile, COMPOSITION_TAGS, type CompositionTag, SMALL_COUNT_THRESHOLD } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, formSubmit, formatDate } from '@cabinet/web/shared/ui';
import { tagLabel } from '../shared/labels';
import { failWithReasons, problemText } from '../shared/problems';

/**
 * Self-attested attributes the board counts for its make-up (special-category data). Each is kept
 * only with recorded consent, which the member (or a manager on their word) can withdraw at any time.
 */
@Component({
  selector: 'cab-member-consents',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatError, MatSelect, MatOption, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-consents.component.html',
})
export class MemberConsentsComponent {
  readonly profile = input.required<BoardMemberProfile>();
  readonly canEdit = input(false);
  /** The person is looking at their own page: "I agree" rather than "the member agreed". */
  readonly selfView = input(false);
  readonly updated = output<BoardMemberProfile>();

  private readonly api = inject(BoardMembersApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly label = tagLabel;
  protected readonly threshold = SMALL_COUNT_THRESHOLD;

  protected readonly current = computed(() => this.profile().tags.filter((tag) => tag.revokedAt === null));
  protected readonly withdrawn = computed(() => this.profile().tags.filter((tag) => tag.revokedAt !== null));
  protected readonly available = computed(() => COMPOSITION_TAGS.filter((tag) => !this.current().some((held) => held.tag === tag)));
  protected readonly problem = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    tag: ['' as CompositionTag | '', Validators.required],
    consent: [false, Validators.requiredTrue],
  });
  protected readonly submission = formSubmit(this.form);

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected record(): void {
    this.problem.set(null);
    if (!this.submission.start()) return;
    const { tag } = this.form.getRawValue();
    if (!tag) return;
    const { boardId, id } = this.profile();
    this.api.consentToTag(boardId, id, { tag, consent: true }).subscribe({
      next: (profile) => {
        this.submission.succeed();
        this.form.reset();
        this.updated.emit(profile);
      },
      error: (error: unknown) => failWithReasons(this.submission, this.form, error),
    });
  }

  protected withdraw(tag: CompositionTag): void {
    this.problem.set(null);
    const { boardId, id } = this.profile();
    this.api.revokeTag(boardId, id, tag).subscribe({
      next: (profile) => {
        this.problem.set(null);
        this.updated.emit(profile);
      },
      error: (error: unknown) => this.problem.set(problemText(error, this.errorText)),
    });
  }
}
