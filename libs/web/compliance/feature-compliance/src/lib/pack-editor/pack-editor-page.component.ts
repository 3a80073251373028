import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { CompliancePackView } from '@cabinet/shared/contracts';
import { CompliancePacksApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, isApiProblem } from '@cabinet/web/shared/ui';
import { FieldErrorText } from '../shared/field-error-text';
import { schemaMessage } from '../shared/schema-message';
import { type PathProblem, addRule, applyProblems, fillPackForm, packForm, validPack } from './pack-form';
import { RuleEditorComponent } from './rule-editor.component';

/**
 * A new pack (blank, or a copy of another pack) or a new version of one of the organisation's own.
 * The pack is checked with the contracts' schema before it is sent, each problem shown next to its
 * field; the API's own 422 problems land in the same places.
 */
@Component({
  selector: 'cab-pack-editor-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent, RuleEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pack-editor-page.component.html',
})
export class PackEditorPageComponent {
  /** From the address `compliance/packs/:packId/edit`; absent for a new pack. */
  readonly packId = input<string | undefined>();
  /** From the query of `compliance/packs/new?copyOf=<pack id>`. */
  readonly copyOf = input<string | undefined>();

  private readonly api = inject(CompliancePacksApi);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FieldErrorText).of;

  protected readonly form = packForm();
  protected readonly rules = this.form.controls.rules;
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected readonly editing = computed(() => !!this.packId());
  /** The pack being edited or copied. */
  protected readonly source = rxResource({
    params: () => this.packId() || this.copyOf() || undefined,
    stream: ({ params }) => this.api.get(params),
  });
  // value() throws while a resource is in error: ask first.
  protected readonly loaded = computed(() => (this.source.hasValue() ? this.source.value() : null));
  /** Cabinet's packs are not edited, only copied: the API would refuse the new version. */
  protected readonly seeded = computed(() => this.editing() && this.loaded()?.seeded === true);
  protected readonly ready = computed(() => (this.packId() || this.copyOf() ? this.loaded() !== null : true));

  constructor() {
    let filled = false;
    effect(() => {
      const pack = this.loaded();
      if (filled) return;
      if (pack) {
        fillPackForm(this.form, this.editing() ? pack : { ...pack, name: this.t('compliance.editor.copyName', { name: pack.name }) });
        filled = true;
      } else if (!this.packId() && !this.copyOf()) {
        addRule(this.form);
        filled = true;
      }
    });
  }

  protected heading(): string {
    return this.t(this.editing() ? 'compliance.editor.editHeading' : 'compliance.editor.newHeading');
  }

  protected addRule(): void {
    addRule(this.form);
    // The new rule's first field, so keyboard and screen-reader users land in it.
    this.focusAfterRender(() => Array.from(this.host.querySelectorAll<HTMLElement>('[data-testid="rule-kind"]')).at(-1));
  }

  protected removeRule(index: number): void {
    this.rules.removeAt(index);
    this.focusAfterRender(() => this.host.querySelector<HTMLElement>('[data-testid="pack-add-rule"]'));
  }

  protected submit(): void {
    if (this.pending()) return;
    this.problem.set(null);
    const input = validPack(this.form);
    if (!input) {
      this.problem.set(this.t('form.fixFields'));
      this.focusFirstProblem();
      return;
    }
    this.pending.set(true);
    const packId = this.packId();
    const request = packId ? this.api.update(packId, input) : this.api.create(input);
    request.subscribe({
      next: (pack) => {
        this.pending.set(false);
        void this.router.navigate(['/compliance/packs'], { queryParams: { saved: pack.id } });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** The version saving makes: one more than the pack's latest. */
  protected nextVersion(pack: CompliancePackView): number {
    return pack.version + 1;
  }

  private fail(error: unknown): void {
    this.pending.set(false);
    const problems: readonly PathProblem[] = isApiProblem(error) ? ((error as { fieldErrors?: readonly PathProblem[] }).fieldErrors ?? []) : [];
    const unmatched = applyProblems(this.form, problems).map((message) => schemaMessage(message, this.t));
    if (problems.length > unmatched.length) {
      this.problem.set([this.t('form.fixFields'), ...unmatched].join(' '));
      this.focusFirstProblem();
    } else {
      this.problem.set([this.apiErrorText(error), ...unmatched].join(' '));
    }
  }

  /** After the problems are on screen, so a screen reader reads the field with its problem. */
  private focusFirstProblem(): void {
    // Material marks a field in error on its form field (aria-invalid is left off empty required inputs).
    const invalid = ['input', 'select', 'textarea'].map((tag) => `.mat-form-field-invalid ${tag}`).join(', ');
    this.focusAfterRender(() => this.host.querySelector<HTMLElement>(`${invalid}, fieldset[data-invalid="true"] input, [data-testid="pack-rules-error"]`));
  }

  private focusAfterRender(target: () => HTMLElement | null | undefined): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
