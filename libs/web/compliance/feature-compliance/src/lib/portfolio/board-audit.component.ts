import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PortfolioAuditView } from '@cabinet/shared/contracts';
import { PortfolioApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDateTime } from '@cabinet/web/shared/ui';

/**
 * A covered board's audit trail for its funder: each organisation's chain verdict with its head
 * hash (which an evidence packet cites), then the entries about the board as a table. Actions are
 * shown as recorded (stable codes an auditor can search for), never with names.
 */
@Component({
  selector: 'cab-board-audit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="board-audit-heading" data-testid="board-audit">
      <h2 id="board-audit-heading">{{ t('portfolio.audit.heading') }}</h2>
      <p>{{ t('portfolio.audit.intro') }}</p>
      @if (trail.error()) {
        <p role="alert">{{ t('portfolio.audit.error') }}</p>
      } @else if (trail.hasValue()) {
        @let view = trail.value();
        <ul class="chains">
          @for (chain of view.chains; track chain.organizationName) {
            <li [class.broken]="!chain.valid" data-testid="board-audit-chain">{{ chainText(chain) }}</li>
          }
        </ul>
        @if (view.entries.length) {
          <div class="scroll" tabindex="0" role="region" [attr.aria-label]="t('portfolio.audit.heading')">
            <table data-testid="board-audit-entries">
              <thead>
                <tr>
                  <th scope="col">{{ t('portfolio.audit.when') }}</th>
                  <th scope="col">{{ t('portfolio.audit.organization') }}</th>
                  <th scope="col">{{ t('portfolio.audit.action') }}</th>
                  <th scope="col">{{ t('portfolio.audit.subject') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (entry of view.entries; track entry.organizationName + entry.seq) {
                  <tr>
                    <td>{{ when(entry.occurredAt) }}</td>
                    <td>{{ entry.organizationName }}</td>
                    <td><code>{{ entry.action }}</code></td>
                    <td><code>{{ entry.entityType ?? '' }}</code></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p data-testid="board-audit-empty">{{ t('portfolio.audit.empty') }}</p>
        }
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .chains {
      padding-left: 1.25rem;
      overflow-wrap: anywhere;
    }
    .broken {
      font-weight: 600;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: left;
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class BoardAuditComponent {
  readonly boardId = input.required<string>();

  private readonly api = inject(PortfolioApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected readonly trail = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.api.audit(params) });

  protected chainText(chain: PortfolioAuditView['chains'][number]): string {
    const values = { organization: chain.organizationName, count: chain.entriesChecked, hash: chain.headHash };
    return chain.valid ? this.t('portfolio.audit.chainValid', values) : this.t('portfolio.audit.chainBroken', values);
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }
}
