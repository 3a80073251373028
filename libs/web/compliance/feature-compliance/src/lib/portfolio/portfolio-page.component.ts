import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PortfolioApi } from '@cabinet/web/compliance/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { PortfolioPackComponent } from './portfolio-pack.component';

/**
 * A funder's dashboard: how many rules the boards its grants cover meet, then one card per board
 * with each rule's result and the years so far, and a link to the board's records. Read only.
 * Results change in the background as boards change: "Look for new results" asks again.
 */
@Component({
  selector: 'cab-portfolio-page',
  imports: [RouterLink, MatButton, FormStatusComponent, PortfolioPackComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portfolio-page.component.html',
  styles: `
    .cab-page.wide {
      max-width: 60rem;
    }
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0.5rem;
      margin: 0 0 0.5rem;
      div {
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 8px;
      }
      .fail {
        border: 2px solid var(--mat-sys-error);
      }
      .at-risk {
        border: 2px dashed #8a5300;
      }
      dt {
        font-size: 0.9375rem;
      }
      dd {
        margin: 0;
        font-size: 1.75rem;
        font-weight: 700;
      }
    }
    .boards {
      margin-top: 1.5rem;
    }
    .board-name {
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .counts {
      font-weight: 500;
    }
  `,
})
export class PortfolioPageComponent {
  private readonly api = inject(PortfolioApi);
  private readonly store = inject(SessionStore);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly portfolio = rxResource({
    // The organisation is part of the key: switching it reloads what this person may see.
    params: () => ({ organizationId: this.store.activeOrganization()?.id }),
    stream: () => this.api.get(),
  });
  private readonly refreshed = signal(false);

  /** Rules by result across every covered board. */
  protected readonly totals = computed(() => {
    const boards = this.portfolio.hasValue() ? this.portfolio.value().boards : [];
    return boards.reduce(
      (sum, { counts }) => ({ pass: sum.pass + counts.pass, fail: sum.fail + counts.fail, atRisk: sum.atRisk + counts.atRisk, notEnoughData: sum.notEnoughData + counts.notEnoughData }),
      { pass: 0, fail: 0, atRisk: 0, notEnoughData: 0 },
    );
  });

  protected readonly refreshStatus = computed(() => {
    if (!this.refreshed()) return null;
    return this.t(this.portfolio.isLoading() ? 'portfolio.refreshing' : 'portfolio.refreshed');
  });

  protected refresh(): void {
    this.refreshed.set(true);
    this.portfolio.reload();
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
