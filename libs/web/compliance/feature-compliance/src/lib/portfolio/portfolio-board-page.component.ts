import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { SessionStore, isApiError } from '@cabinet/web/identity/data-access';
import { PortfolioApi } from '@cabinet/web/compliance/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { ComplianceExportsComponent } from '../exports/compliance-exports.component';
import { BoardAuditComponent } from './board-audit.component';
import { PortfolioPackComponent } from './portfolio-pack.component';

/**
 * One covered board, for its funder: each pack's rules with the records they rest on (as text:
 * the service's own pages are not the funder's to open), and the years so far.
 */
@Component({
  selector: 'cab-portfolio-board-page',
  imports: [RouterLink, FormStatusComponent, PortfolioPackComponent, ComplianceExportsComponent, BoardAuditComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page wide">
      <p><a routerLink="/portfolio" data-testid="portfolio-back">{{ t('portfolio.board.back') }}</a></p>
      @if (board.error(); as error) {
        <h1>{{ t('portfolio.board.pageTitle') }}</h1>
        <cab-form-status [message]="loadError(error)" />
      } @else if (board.hasValue()) {
        @let view = board.value();
        <h1 data-testid="portfolio-board-name">{{ view.boardName }}</h1>
        <dl class="cab-facts">
          <div>
            <dt>{{ t('portfolio.board.organization') }}</dt>
            <dd data-testid="portfolio-board-organization">{{ view.organizationName }}</dd>
          </div>
          <div>
            <dt>{{ t('portfolio.board.grant') }}</dt>
            <dd data-testid="portfolio-board-grant">{{ view.grantTitle }}</dd>
          </div>
        </dl>
        <p>{{ t('portfolio.board.intro') }}</p>
        <p class="counts" data-testid="portfolio-board-counts">{{ t('portfolio.board.counts', view.counts) }}</p>
        @for (pack of view.packs; track pack.packId) {
          <section class="pack" data-testid="portfolio-pack">
            <cab-portfolio-pack [pack]="pack" [boardName]="view.boardName" [headingLevel]="2" [showEvidence]="true" />
          </section>
        } @empty {
          <p data-testid="portfolio-board-no-packs">{{ t('portfolio.board.noPacks') }}</p>
        }
        <cab-compliance-exports [boardId]="boardId()" audience="funder" [packs]="view.packs" />
        <cab-board-audit [boardId]="boardId()" />
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
    </div>
  `,
  styles: `
    .cab-page.wide {
      max-width: 60rem;
    }
    h1 {
      overflow-wrap: anywhere;
    }
    .counts {
      font-weight: 500;
    }
    .pack {
      padding-top: 1rem;
      border-top: 2px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class PortfolioBoardPageComponent {
  /** From the address: `/portfolio/boards/:boardId`. */
  readonly boardId = input.required<string>();

  private readonly api = inject(PortfolioApi);
  private readonly store = inject(SessionStore);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly board = rxResource({
    params: () => ({ boardId: this.boardId(), organizationId: this.store.activeOrganization()?.id }),
    stream: ({ params }) => this.api.board(params.boardId),
  });

  /** A board no grant of the funder's covers (any more) is a 404: say why that can be. */
  protected loadError(error: unknown): string {
    return isApiError(error) && error.status === 404 ? this.t('portfolio.board.notFound') : this.errorText(error);
  }
}
