import { ChangeDetectionStrategy, Component, type OnInit, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { type BoardDetail, type BoardSettingsView, QUORUM_KINDS, type QuorumKind, VOTE_THRESHOLDS, type VoteThreshold } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, QUORUM_KIND_LABEL_KEYS, VOTE_THRESHOLD_LABEL_KEYS, formSubmit } from '@cabinet/web/shared/ui';
import { boardValidators, numberOrNull, wholeNumber } from '../util/board-validators';

/**
 * Every general setting of a board, each explained in plain words. Sent as one change; the API's
 * field errors show under their fields (a fixed quorum without its number, a bad web address…).
 */
@Component({
  selector: 'cab-general-settings-form',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './general-settings-form.component.html',
})
export class GeneralSettingsFormComponent implements OnInit {
  readonly boardId = input.required<string>();
  readonly settings = input.required<BoardSettingsView>();
  readonly saved = output<BoardDetail>();
  private readonly api = inject(BoardsApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly quorumKinds = QUORUM_KINDS;
  protected readonly quorumLabels = QUORUM_KIND_LABEL_KEYS;
  protected readonly thresholds = VOTE_THRESHOLDS;
  protected readonly thresholdLabels = VOTE_THRESHOLD_LABEL_KEYS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', boardValidators.name],
    purpose: ['', boardValidators.purpose],
    slug: ['', [Validators.required, ...boardValidators.slug]],
    quorumKind: this.fb.control<QuorumKind>('majority'),
    quorumCount: this.fb.control<number | null>(null, wholeNumber(1, 500)),
    termMonths: this.fb.control<number | null>(24, [Validators.required, wholeNumber(1, 120)]),
    termLimit: this.fb.control<number | null>(null, wholeNumber(1, 20)),
    standingAbsences: this.fb.control<number | null>(null, wholeNumber(1, 50)),
    standingMonths: this.fb.control<number | null>(null, wholeNumber(1, 36)),
    voteThreshold: this.fb.control<VoteThreshold>('simple_majority'),
    onboardingGatesVoting: false,
    publicPages: false,
    acceptsApplications: false,
  });
  protected readonly submission = formSubmit(this.form);
  /** Said once the settings are saved. */
  protected readonly done = signal<string | null>(null);

  ngOnInit(): void {
    this.form.reset(this.settings());
  }

  protected submit(): void {
    const value = this.form.getRawValue();
    this.done.set(null);
    // Rules that tie two fields together: said under the field that is missing.
    if (value.quorumKind === 'fixed' && value.quorumCount === null) this.form.controls.quorumCount.setErrors({ required: true });
    if ((value.standingAbsences === null) !== (value.standingMonths === null)) {
      const empty = value.standingAbsences === null ? this.form.controls.standingAbsences : this.form.controls.standingMonths;
      empty.setErrors({ invalid: 'boards.settings.standing.both' });
    }
    this.submission.send(
      () =>
        this.api.update(this.boardId(), {
          name: value.name.trim(),
          purpose: value.purpose.trim(),
          slug: value.slug.trim(),
          quorumKind: value.quorumKind,
          quorumCount: value.quorumKind === 'fixed' ? numberOrNull(value.quorumCount) : null,
          termMonths: numberOrNull(value.termMonths) ?? 0,
          termLimit: numberOrNull(value.termLimit),
          standingAbsences: numberOrNull(value.standingAbsences),
          standingMonths: numberOrNull(value.standingMonths),
          voteThreshold: value.voteThreshold,
          onboardingGatesVoting: value.onboardingGatesVoting,
          publicPages: value.publicPages,
          acceptsApplications: value.acceptsApplications,
        }),
      (board) => {
        this.form.reset(board.settings);
        this.done.set(this.t('boards.settings.general.saved'));
        this.saved.emit(board);
      },
    );
  }
}
