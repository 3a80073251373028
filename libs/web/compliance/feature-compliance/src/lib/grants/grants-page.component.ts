import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type GrantView, Permission } from '@cabinet/shared/contracts';
import { GrantsApi } from '@cabinet/web/compliance/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { GrantCardComponent } from './grant-card.component';

/**
 * A funder's grants (recorded, accepted, declined, withdrawn), with "Record a grant" for its
 * admins; a service organisation's accepted grants. Which one is the organisation's kind.
 */
@Component({
  selector: 'cab-grants-page',
  imports: [RouterLink, MatButton, FormStatusComponent, GrantCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grants-page.component.html',
})
export class GrantsPageComponent {
  /** From the address's query after the form recorded a grant: `?recorded=<grant id>`. */
  readonly recorded = input<string | undefined>();

  private readonly api = inject(GrantsApi);
  private readonly store = inject(SessionStore);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly funder = computed(() => this.store.activeOrganization()?.kind === 'funder');
  protected readonly canRecord = computed(() => this.funder() && this.store.can(Permission.GrantsManage));
  protected readonly status = signal<string | null>(null);

  protected readonly grants = rxResource({
    // The organisation is part of the key: switching it reloads what this person may see.
    params: () => ({ organizationId: this.store.activeOrganization()?.id }),
    stream: () => this.api.list(),
  });
  // value() throws while a resource is in error: ask first. Once answered or withdrawn, the email is old news.
  protected readonly recordedGrant = computed(() =>
    this.grants.hasValue() ? (this.grants.value().find((grant) => grant.id === this.recorded() && grant.status === 'invited') ?? null) : null,
  );

  protected withdrawn(grant: GrantView): void {
    this.status.set(this.t('grants.withdraw.done', { grant: grant.title }));
    this.grants.reload();
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
