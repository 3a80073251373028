import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import type { PartnershipPreview } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { SessionStore, isDeadLink } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime } from '@cabinet/web/shared/ui';

type State = 'loading' | 'ready' | 'expired' | 'failed';

/**
 * Opens from a partnership link, for a signed-in administrator of the other organisation: shows which
 * board and host, and for which of their organisations they accept; accepting opens the board.
 */
@Component({
  selector: 'cab-accept-partnership-page',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-partnership-page.component.html',
})
export class AcceptPartnershipPageComponent implements OnInit {
  /** From the link: `/partnerships/accept?token=…`. */
  readonly token = input<string>();
  private readonly api = inject(BoardsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly store = inject(SessionStore);
  protected readonly t = this.i18n.t;
  protected readonly state = signal<State>('loading');
  protected readonly preview = signal<PartnershipPreview | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly pending = signal(false);

  ngOnInit(): void {
    const token = this.token()?.trim();
    if (!token) {
      this.state.set('expired');
      return;
    }
    this.api.previewPartnership(token).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.state.set('ready');
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected expires(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected accept(): void {
    const token = this.token()?.trim();
    if (!token || this.pending()) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api.acceptPartnership(token).subscribe({
      next: (board) => void this.router.navigate(['/boards', board.id]),
      error: (error: unknown) => {
        this.pending.set(false);
        if (isDeadLink(error)) this.state.set('expired');
        else this.problem.set(this.apiErrorText(error));
      },
    });
  }

  private failed(error: unknown): void {
    if (isDeadLink(error)) {
      this.state.set('expired');
      return;
    }
    this.problem.set(this.apiErrorText(error));
    this.state.set('failed');
  }
}
