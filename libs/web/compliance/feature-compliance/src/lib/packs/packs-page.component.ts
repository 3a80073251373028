import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type CompliancePackView, Permission } from '@cabinet/shared/contracts';
import { CompliancePacksApi } from '@cabinet/web/compliance/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDate } from '@cabinet/web/shared/ui';

/**
 * The packs boards can be checked against: Cabinet's, drawn from real funder rules (read and copy
 * only), and the organisation's own (edit, which saves a new version, or copy).
 */
@Component({
  selector: 'cab-packs-page',
  imports: [NgTemplateOutlet, RouterLink, MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './packs-page.component.html',
  styles: `
    .cab-page.wide {
      max-width: 60rem;
    }
    h3 {
      margin: 0 0 0.25rem;
      font-size: 1.0625rem;
      overflow-wrap: anywhere;
    }
    .cab-card p {
      margin: 0.25rem 0;
    }
    summary {
      display: flex;
      align-items: center;
      min-height: 44px;
      cursor: pointer;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PacksPageComponent {
  /** From the address's query after the editor saved a pack: `?saved=<pack id>`. */
  readonly saved = input<string | undefined>();

  private readonly api = inject(CompliancePacksApi);
  private readonly store = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly canManage = computed(() => this.store.can(Permission.ComplianceManage));

  protected readonly packs = rxResource({
    params: () => ({ organizationId: this.store.activeOrganization()?.id }),
    stream: () => this.api.list(),
  });
  // value() throws while a resource is in error: ask first.
  private readonly all = computed(() => (this.packs.hasValue() ? this.packs.value() : []));
  protected readonly cabinet = computed(() => this.all().filter((pack) => pack.seeded));
  // A funder's pack a grant shares is read on the board's compliance page, never edited here.
  protected readonly own = computed(() => this.all().filter((pack) => !pack.seeded && pack.organizationId === this.store.activeOrganization()?.id));
  protected readonly savedPack = computed(() => this.all().find((pack) => pack.id === this.saved()) ?? null);

  /** Types the card template's context (template contexts are untyped). */
  protected readonly asPack = (pack: unknown): CompliancePackView => pack as CompliancePackView;

  /** When the pack's latest version was saved. */
  protected lastSaved(pack: CompliancePackView): string {
    return pack.versions.find((version) => version.id === pack.versionId)?.createdAt ?? pack.createdAt;
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
