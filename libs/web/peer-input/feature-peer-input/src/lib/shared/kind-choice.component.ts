import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { PEER_INPUT_KINDS, type PeerInputKind } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { KIND_HINT_KEYS, KIND_LABEL_KEYS } from './labels';

/** "What do you want to share?" as four large choices, each with a short line saying what it means. */
@Component({
  selector: 'cab-kind-choice',
  imports: [ReactiveFormsModule, MatRadioGroup, MatRadioButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="cab-fieldset">
      <legend [id]="idPrefix() + '-kind-legend'">{{ t('peerInput.form.kind') }}</legend>
      <mat-radio-group [formControl]="control()" [attr.aria-labelledby]="idPrefix() + '-kind-legend'" class="choices" data-testid="input-kind">
        @for (kind of kinds; track kind) {
          <div class="choice">
            <mat-radio-button [value]="kind" [attr.aria-describedby]="idPrefix() + '-kind-' + kind" [attr.data-testid]="'input-kind-' + kind">{{ t(labels[kind]) }}</mat-radio-button>
            <p class="cab-radio-description" [id]="idPrefix() + '-kind-' + kind">{{ t(hints[kind]) }}</p>
          </div>
        }
      </mat-radio-group>
      @if (control().touched && control().invalid) {
        <p class="cab-field-error" data-testid="input-kind-error">{{ t('peerInput.form.kind.required') }}</p>
      }
    </fieldset>
  `,
  styles: `
    .choices {
      display: grid;
      gap: 0.5rem;
    }
    .choice {
      border: 1px solid var(--mat-sys-outline);
      border-radius: 0.75rem;
      padding: 0.5rem 0.75rem 0.75rem;
      font-size: 1.125rem;
    }
    .cab-radio-description {
      margin-top: 0;
    }
  `,
})
export class KindChoiceComponent {
  readonly control = input.required<FormControl<PeerInputKind | null>>();
  /** Keeps ids unique when two forms share a page. */
  readonly idPrefix = input('input');
  protected readonly t = inject(I18nService).t;
  protected readonly kinds = PEER_INPUT_KINDS;
  protected readonly labels = KIND_LABEL_KEYS;
  protected readonly hints = KIND_HINT_KEYS;
}
