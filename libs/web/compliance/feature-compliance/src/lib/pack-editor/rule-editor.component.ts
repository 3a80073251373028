import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { type AbstractControl, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { RULE_KINDS } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { dateLocale } from '@cabinet/web/shared/ui';
import { FieldErrorText } from '../shared/field-error-text';
import { KIND_HINT_KEYS, KIND_LABEL_KEYS } from '../shared/labels';
import { KIND_FIELDS, type ParamField, isShown } from './kind-fields';
import type { RuleForm } from './pack-form';

/**
 * One rule of the pack being edited: its kind, title, key, the settings its kind takes (from
 * KIND_FIELDS) and its source. Lives inside the page's form; the page checks the whole pack.
 */
@Component({
  selector: 'cab-rule-editor',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-editor.component.html',
  styleUrl: './rule-editor.component.scss',
})
export class RuleEditorComponent {
  readonly rule = input.required<RuleForm>();
  /** Its place in the pack, from 0. */
  readonly index = input.required<number>();
  readonly remove = output<void>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FieldErrorText).of;
  protected readonly kinds = RULE_KINDS;
  protected readonly kindLabels = KIND_LABEL_KEYS;
  protected readonly kindHints = KIND_HINT_KEYS;
  protected readonly number = computed(() => this.index() + 1);
  protected readonly id = computed(() => `rule-${this.index()}`);
  /** January to December in the reader's language, as the browser names them. */
  protected readonly months = computed(() => {
    const format = new Intl.DateTimeFormat(dateLocale(this.i18n.locale()), { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: format.format(Date.UTC(2000, index, 1)) }));
  });

  /** Read on every check: choosing another kind replaces the rule's settings. */
  protected fields(): readonly ParamField[] {
    return KIND_FIELDS[this.rule().controls.kind.value];
  }

  protected shown(field: ParamField): boolean {
    const params = this.rule().controls.params;
    return isShown(field, (path) => params.get(path)?.value);
  }

  protected control(field: ParamField): FormControl<unknown> {
    return this.rule().controls.params.get(field.path) as FormControl<unknown>;
  }

  protected invalid(control: AbstractControl): boolean {
    return control.invalid && control.touched;
  }

  protected checked(field: ParamField, value: string): boolean {
    const current: unknown = this.control(field).value;
    return Array.isArray(current) && current.includes(value);
  }

  protected toggle(field: ParamField, value: string, on: boolean): void {
    const control = this.control(field);
    const current: unknown = control.value;
    const others = (Array.isArray(current) ? (current as string[]) : []).filter((one) => one !== value);
    control.setValue(on ? [...others, value] : others);
    control.markAsTouched();
  }

  /** Unique ids per rule and field, for labels and error descriptions. */
  protected fieldId(field: ParamField): string {
    return `${this.id()}-${field.path.replace(/\./g, '-')}`;
  }
}
