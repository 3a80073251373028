import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';

/**
 * The signed-in part of the navigation: pages the person may open, who they are, which organisation
 * they are working in (and a switch between theirs), and sign-out. Signed out: sign in or sign up.
 * The organisation switch is a native select: light, and the best-supported control on phones and
 * with screen readers.
 */
@Component({
  selector: 'cab-session-nav',
  imports: [RouterLink, RouterLinkActive, MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-nav.component.html',
  styleUrl: './session-nav.component.scss',
})
export class SessionNavComponent {
  protected readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  protected readonly t = inject(I18nService).t;
  protected readonly canReadBoards = computed(() => this.store.can(Permission.BoardsRead));
  protected readonly canReadMembers = computed(() => this.store.can(Permission.MembersRead));
  protected readonly canReadCompliance = computed(() => this.store.can(Permission.ComplianceRead));
  /** A funder reads the boards its grants cover in its portfolio; other organisations have none. */
  protected readonly isFunder = computed(() => this.store.activeOrganization()?.kind === 'funder');
  /** The people who answer recommendations for their organisation (the API's liaison roles) get their inbox. */
  protected readonly answersRecommendations = computed(() => {
    const role = this.store.activeOrganization()?.role;
    return role === 'agency_liaison' || role === 'service_manager' || role === 'admin';
  });
  protected readonly switchProblem = signal<string | null>(null);
  protected readonly switching = signal(false);

  protected async switchOrganization(select: HTMLSelectElement): Promise<void> {
    const previous = this.store.activeOrganization()?.id ?? '';
    if (select.value === previous || this.switching()) return;
    this.switchProblem.set(null);
    this.switching.set(true);
    try {
      await this.store.switchOrganization(select.value);
      // Show the same page for the new organisation: guards run again (permissions differ per
      // organisation) and pages reload their data. location.path() is the address shown, which
      // differs from the router's when the "no access" page is standing in for the page asked for.
      // A page the person opened while the switch was under way wins over the one they left.
      const inFlight = this.router.currentNavigation();
      const target = inFlight ? this.router.serializeUrl(inFlight.extractedUrl) : this.location.path() || '/';
      await this.router.navigateByUrl(target, { onSameUrlNavigation: 'reload' });
    } catch {
      select.value = previous;
      this.switchProblem.set(this.t('shell.organization.switchFailed'));
    } finally {
      this.switching.set(false);
    }
  }

  protected signOut(): void {
    void this.store.signOut();
  }
}
