import { DOCUMENT, Location } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Permission, SessionView } from '@cabinet/shared/contracts';
import { type Observable, firstValueFrom, timeout } from 'rxjs';
import { isApiError } from '../api/api-error';
import { AuthApi } from '../auth/auth.api';
import { clearStoredDrafts } from '../drafts/draft-storage';
import { IdleWatcher } from './idle-watcher';

/** Why the sign-in page is showing; it tells the person in plain words. */
export type SignInReason = 'timeout' | 'signed-out' | 'erased';

/** Where someone goes while their organisation waits for them to turn on two-step sign-in. */
export const TWO_FACTOR_SETUP_PATH = '/account';
export const TWO_FACTOR_SETUP_FRAGMENT = 'two-factor';

/** A slow API must not keep the app from starting: after this, start signed out. */
const LOAD_TIMEOUT_MS = 10_000;

/**
 * Who is signed in, in which organisation, allowed to do what; and the idle timeout that signs
 * them out on a shared device. The single source of the session for the whole web app.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly auth = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly idle = inject(IdleWatcher);
  private readonly view = inject(DOCUMENT).defaultView;
  private readonly state = signal<SessionView | null>(null);
  private readonly loadedState = signal(false);
  private loading: Promise<SessionView | null> | null = null;
  private readonly timeoutHooks = new Set<() => void>();

  readonly session = this.state.asReadonly();
  /** False until the first answer to "who am I?" (so guards and the shell don't flash the signed-out view). */
  readonly loaded = this.loadedState.asReadonly();
  readonly signedIn = computed(() => this.state() !== null);
  readonly activeOrganization = computed(() => this.state()?.activeOrganization ?? null);
  readonly organizations = computed(() => this.state()?.organizations ?? []);
  readonly csrfToken = computed(() => this.state()?.csrfToken ?? null);
  /** The active organisation requires an authenticator app this person has not set up: only that (and signing out) works. */
  readonly twoFactorSetupRequired = computed(() => this.state()?.twoFactorSetupRequired === true);
  private readonly permissions = computed(() => new Set<Permission>(this.state()?.permissions ?? []));

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  /** Asks the API who is signed in (the cookie decides); a 401, or no answer, means nobody. */
  load(): Promise<SessionView | null> {
    this.loading = firstValueFrom(this.auth.session().pipe(timeout(LOAD_TIMEOUT_MS)))
      .then((session) => {
        this.set(session);
        return session;
      })
      .catch(() => {
        this.forget({ keepDrafts: true });
        return null;
      })
      .finally(() => this.loadedState.set(true));
    return this.loading;
  }

  /** The session once known, loading it if nobody has asked yet. */
  ensureLoaded(): Promise<SessionView | null> {
    if (this.loadedState()) return Promise.resolve(this.state());
    return this.loading ?? this.load();
  }

  /**
   * Asks the API again after a change that alters the session (two-step sign-in, organisation
   * settings, a new email). Unlike {@link load}, a failure keeps the person signed in here: the
   * caller decides what to show. A 401 means the session is gone, as for any other call.
   */
  async refresh(): Promise<SessionView> {
    try {
      const session = await firstValueFrom(this.auth.session());
      this.set(session);
      return session;
    } catch (error) {
      if (isApiError(error) && error.status === 401) this.endedByServer();
      throw error;
    }
  }

  /**
   * What the person's own two-step sign-in now is, for when {@link refresh} could not ask the API:
   * turning it on also lifts the organisation's block.
   */
  noteTwoFactor(enabled: boolean): void {
    const session = this.state();
    if (!session) return;
    const { twoFactorSetupRequired, ...rest } = session;
    this.state.set({
      ...rest,
      user: { ...session.user, twoFactorEnabled: enabled },
      ...(twoFactorSetupRequired && !enabled ? { twoFactorSetupRequired } : {}),
    });
  }

  /**
   * The API refused a call because the organisation requires two-step sign-in first (or a fresh
   * session says so): remember it, and show the account page's two-step section with the reason.
   */
  twoFactorSetupNeeded(): void {
    const session = this.state();
    if (!session) return;
    if (!session.twoFactorSetupRequired) this.state.set({ ...session, twoFactorSetupRequired: true });
    this.router
      .navigate([TWO_FACTOR_SETUP_PATH], { fragment: TWO_FACTOR_SETUP_FRAGMENT })
      // A failed navigation leaves the person where they were; the router reports it on its own.
      .catch(() => undefined);
  }

  /** Takes a session the API just returned (sign-in, verification, invitation, setup code, switch). */
  set(session: SessionView): void {
    this.state.set(session);
    this.loadedState.set(true);
    this.idle.watch(session.idleTimeoutSeconds, {
      stay: () => firstValueFrom(this.auth.keepAlive()),
      signOut: () => void this.signOut(),
      expire: () => this.expire(),
    });
  }

  /** Runs `hook` just before an idle timeout signs the person out, while the session is still known. */
  beforeTimeout(hook: () => void): void {
    this.timeoutHooks.add(hook);
  }

  /** Called for every API answer: the server restarted its idle clock, so ours restarts too. */
  noteActivity(): void {
    if (this.state()) this.idle.touch();
  }

  async switchOrganization(organizationId: string): Promise<SessionView> {
    const session = await firstValueFrom(this.auth.switchOrganization(organizationId));
    this.set(session);
    return session;
  }

  /** Ends this session (or every session of this person) and shows the sign-in page. */
  async signOut(options: { everywhere?: boolean } = {}): Promise<void> {
    if (this.state()) {
      const request: Observable<void> = options.everywhere ? this.auth.signOutEverywhere() : this.auth.signOut();
      try {
        await firstValueFrom(request);
      } catch (error) {
        // "Everywhere" must not look done when it was not: stay, so the person can try again. A plain
        // sign-out goes ahead here whatever happened (the person wants to leave this device).
        if (options.everywhere && !(isApiError(error) && error.status === 401)) throw error;
      }
    }
    await this.leave('signed-out');
  }

  /** Forgets the session here (the API has already ended it) and shows the sign-in page with a reason. */
  async leave(reason: SignInReason, returnUrl?: string): Promise<void> {
    this.forget({ keepDrafts: reason === 'timeout' });
    await this.router.navigate(['/sign-in'], { queryParams: { reason, returnUrl } });
  }

  /**
   * The API refused a signed-in call as unauthenticated: the session ended on the server (idle while
   * the device slept, or signed out from another device). Same as a timeout here.
   */
  endedByServer(): void {
    if (this.state()) this.expire({ tellServer: false });
  }

  private expire(options: { tellServer: boolean } = { tellServer: true }): void {
    // The address shown, not the router's: they differ while the "no access" page stands in for a page.
    const returnUrl = this.location.path() || this.router.url;
    // Kept forms are saved while we still know whose they are.
    for (const hook of this.timeoutHooks) hook();
    // The server has normally timed out already; saying so explicitly costs nothing and closes any gap.
    if (options.tellServer) this.auth.signOut().subscribe({ error: () => undefined });
    // A failed navigation must not undo the sign-out; the router reports it on its own.
    this.leave('timeout', returnUrl).catch(() => undefined);
  }

  private forget(options: { keepDrafts?: boolean } = {}): void {
    this.idle.stop();
    this.state.set(null);
    if (!options.keepDrafts) clearStoredDrafts(this.view);
  }
}
