import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { CompliancePackView } from '@cabinet/shared/contracts';
import { CompliancePacksApi, GrantsApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, isApiProblem } from '@cabinet/web/shared/ui';
import { type GrantProblem, applyGrantProblems, grantForm, validGrant } from './grant-form';
import { grantSchemaMessage } from './grant-schema-message';

/** Today as the API counts days (UTC): a grant usually starts on the day it is recorded. */
function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A funder records a grant: what it is, the grantee's address (the link goes there), its dates,
 * the boards as the application named them, and the packs that apply. Checked with the contracts'
 * schema before sending; the API's 422 problems land on the same fields.
 */
@Component({
  selector: 'cab-new-grant-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-grant-page.component.html',
  styles: `
    .packs {
      display: flex;
      flex-direction: column;
      margin-top: 0.5rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NewGrantPageComponent {
  private readonly grantsApi = inject(GrantsApi);
  private readonly packsApi = inject(CompliancePacksApi);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly usualError = inject(FormErrorText).of;
  protected readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly form = grantForm(today());
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly packs = rxResource({ stream: () => this.packsApi.list() });

  protected readonly errorOf = (control: AbstractControl): string => {
    const problem: unknown = control.errors?.['schema'];
    return typeof problem === 'string' ? grantSchemaMessage(problem, this.t) : this.usualError(control);
  };

  protected packLabel(pack: CompliancePackView): string {
    return pack.seeded ? this.t('grants.new.packCabinet', { pack: pack.name }) : this.t('grants.new.packOwn', { pack: pack.name, version: pack.version });
  }

  protected chosen(packId: string): boolean {
    return this.form.controls.packIds.value.includes(packId);
  }

  protected toggle(packId: string, checked: boolean): void {
    const packIds = this.form.controls.packIds;
    const others = packIds.value.filter((id) => id !== packId);
    packIds.setValue(checked ? [...others, packId] : others);
    packIds.markAsTouched();
  }

  protected submit(): void {
    if (this.pending()) return;
    this.problem.set(null);
    const input = validGrant(this.form);
    if (!input) {
      this.problem.set(this.t('form.fixFields'));
      this.focusFirstProblem();
      return;
    }
    this.pending.set(true);
    this.grantsApi.create(input).subscribe({
      next: (grant) => {
        this.pending.set(false);
        void this.router.navigate(['/grants'], { queryParams: { recorded: grant.id } });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.pending.set(false);
    const problems: readonly GrantProblem[] = isApiProblem(error) ? ((error as { fieldErrors?: readonly GrantProblem[] }).fieldErrors ?? []) : [];
    const unmatched = applyGrantProblems(this.form, problems).map((message) => grantSchemaMessage(message, this.t));
    if (problems.length > unmatched.length) {
      this.problem.set([this.t('form.fixFields'), ...unmatched].join(' '));
      this.focusFirstProblem();
    } else {
      this.problem.set([this.apiErrorText(error), ...unmatched].join(' '));
    }
  }

  /** After the problems are on screen, so a screen reader reads the field with its problem. */
  private focusFirstProblem(): void {
    const invalid = ['input', 'textarea'].map((tag) => `.mat-form-field-invalid ${tag}`).join(', ');
    afterNextRender(() => this.host.querySelector<HTMLElement>(`${invalid}, fieldset[data-invalid="true"] input`)?.focus(), { injector: this.injector });
  }
}
