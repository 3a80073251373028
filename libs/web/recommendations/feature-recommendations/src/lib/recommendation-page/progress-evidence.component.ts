import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { EvidenceFileView, RecommendationDetail } from '@cabinet/shared/contracts';
import { evidenceDownloadUrl, RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent, formatDate, formSubmit } from '@cabinet/web/shared/ui';
import { EVIDENCE_TYPE_LABELS, fileSize } from '../shared/evidence-files';

/**
 * The files the agency attached to its progress updates, update by update: each a download link
 * with its kind and size, and a remove button for those who may remove it (`canRemove`).
 * Nothing shows until there is a file.
 */
@Component({
  selector: 'cab-progress-evidence',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (updates().length) {
      <section aria-labelledby="evidence-heading" data-testid="evidence">
        <h2 id="evidence-heading">{{ t('recommendations.evidence.heading') }}</h2>
        <cab-form-status [message]="removal.problem()" />
        @for (update of updates(); track update.id) {
          <h3 class="update">{{ t('recommendations.evidence.update', { date: day(update.createdAt), percent: update.percentComplete }) }}</h3>
          <ul class="files">
            @for (file of update.files; track file.id) {
              <li data-testid="evidence-file">
                <a [href]="url(file)" download data-testid="evidence-link">{{ file.name }}</a>
                <span data-testid="evidence-facts"> ({{ facts(file) }})</span>
                @if (file.canRemove) {
                  <button type="button" matButton (click)="remove(file)" [disabled]="removal.pending()" [attr.aria-label]="t('recommendations.evidence.removeLabel', { name: file.name })" data-testid="evidence-remove">
                    {{ t('recommendations.evidence.remove') }}
                  </button>
                }
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    .update {
      font-size: 1rem;
      margin: 0.75rem 0 0.25rem;
    }
    .files {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .files a {
      overflow-wrap: anywhere;
    }
  `,
})
export class ProgressEvidenceComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(RecommendationsApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly removal = formSubmit(new FormGroup({}));
  protected readonly updates = computed(() => this.recommendation().progress.filter((update) => update.files.length));

  protected url(file: EvidenceFileView): string {
    const { boardId, id } = this.recommendation();
    return evidenceDownloadUrl(boardId, id, file.id);
  }

  protected facts(file: EvidenceFileView): string {
    // Format names and sizes read the same in every language; the size is in the reader's number format.
    return `${EVIDENCE_TYPE_LABELS[file.contentType]}, ${fileSize(file.sizeBytes, this.i18n.locale())}`;
  }

  protected day(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected remove(file: EvidenceFileView): void {
    const { boardId, id } = this.recommendation();
    this.removal.send(() => this.api.removeEvidence(boardId, id, file.id), (detail) => this.changed.emit(detail));
  }
}
