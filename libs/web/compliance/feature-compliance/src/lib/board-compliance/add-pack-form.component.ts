import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { CompliancePackView } from '@cabinet/shared/contracts';
import { BoardComplianceApi, CompliancePacksApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

/** Managers choose another pack to check the board against, from Cabinet's and their organisation's. */
@Component({
  selector: 'cab-add-pack-form',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="add-pack-heading" data-testid="add-pack">
      <h2 id="add-pack-heading">{{ t('compliance.add.heading') }}</h2>
      @if (packs.error()) {
        <cab-form-status [message]="t('compliance.add.loadError')" />
      } @else if (packs.hasValue() && choices().length === 0) {
        <p data-testid="add-pack-none">{{ t('compliance.add.none') }}</p>
      } @else {
        <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="add-pack-form">
          <cab-form-status [message]="submission.problem()" />
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('compliance.add.label') }}</mat-label>
            <select matNativeControl formControlName="packId" required data-testid="add-pack-select">
              <option value="">{{ t('compliance.add.choose') }}</option>
              @for (pack of choices(); track pack.id) {
                <option [value]="pack.id">{{ optionLabel(pack) }}</option>
              }
            </select>
            <mat-hint>{{ t('compliance.add.hint') }}</mat-hint>
            <mat-error>{{ errorOf(form.controls.packId) }}</mat-error>
          </mat-form-field>
          <div class="cab-actions">
            <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="add-pack-submit">{{ t('compliance.add.submit') }}</button>
          </div>
        </form>
      }
      <p><a routerLink="/compliance/packs" data-testid="add-pack-packs-link">{{ t('compliance.add.packsLink') }}</a></p>
    </section>
  `,
})
export class AddPackFormComponent {
  readonly boardId = input.required<string>();
  /** Packs already on the board: not offered again. */
  readonly attached = input.required<readonly string[]>();
  /** The pack's name, once the API took it. */
  readonly added = output<string>();

  private readonly packsApi = inject(CompliancePacksApi);
  private readonly boardApi = inject(BoardComplianceApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = new FormGroup({ packId: new FormControl('', { nonNullable: true, validators: [Validators.required] }) });
  protected readonly submission = formSubmit(this.form);

  protected readonly packs = rxResource({ stream: () => this.packsApi.list() });
  protected readonly choices = computed(() => (this.packs.value() ?? []).filter((pack) => !this.attached().includes(pack.id)));

  protected optionLabel(pack: CompliancePackView): string {
    return pack.seeded ? this.t('compliance.add.optionCabinet', { pack: pack.name }) : this.t('compliance.add.optionOwn', { pack: pack.name, version: pack.version });
  }

  protected submit(): void {
    const packId = this.form.controls.packId.value;
    const name = this.choices().find((pack) => pack.id === packId)?.name ?? '';
    this.submission.send(
      () => this.boardApi.attach(this.boardId(), packId),
      () => {
        this.form.reset();
        this.added.emit(name);
      },
    );
  }
}
