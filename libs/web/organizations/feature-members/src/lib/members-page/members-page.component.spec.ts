import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, type Member, SessionStore, apiInterceptor } from '@cabinet/web/identity/data-access';
import { MembersPageComponent } from './members-page.component';

const ORGANIZATION = { id: 'org-1', name: 'Harbour Outreach', kind: 'service' as const, role: 'staff' as const };

@Component({ selector: 'cab-test-account', template: '<h1>Your account</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class AccountStubComponent {}

function session(permissions: Permission[], extra: Partial<SessionView> = {}, twoFactorEnabled = false): SessionView {
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled },
    organizations: [ORGANIZATION],
    activeOrganization: ORGANIZATION,
    permissions,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
    ...extra,
  };
}

const MEMBERS: Member[] = [
  { userId: 'me', displayName: 'Robin', role: 'admin', email: 'robin@example.org', username: null, legalName: null, disabled: false, joinedAt: '2026-01-05T10:00:00Z' },
  { userId: 'u2', displayName: 'Sky', role: 'member', email: null, username: 'sky', legalName: null, disabled: false, joinedAt: '2026-02-01T10:00:00Z' },
];

describe('MembersPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'organization/members', component: MembersPageComponent },
          { path: 'account', component: AccountStubComponent },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
    jest.restoreAllMocks();
  });

  async function open(permissions: Permission[], view = session(permissions), settings = { requireTwoFactor: false }): Promise<HTMLElement> {
    TestBed.inject(SessionStore).set(view);
    await harness.navigateByUrl('/organization/members', MembersPageComponent);
    backend.expectOne('/api/organization/members').flush(MEMBERS);
    if (permissions.includes(Permission.InvitationsManage)) {
      backend.expectOne('/api/organization/invitations').flush([
        { id: 'i1', email: 'new@example.org', role: 'staff', createdAt: '2026-03-01T10:00:00Z', expiresAt: '2026-03-08T10:00:00Z', status: 'pending' },
        { id: 'i2', email: 'old@example.org', role: 'staff', createdAt: '2026-01-01T10:00:00Z', expiresAt: '2026-01-08T10:00:00Z', status: 'accepted' },
      ]);
    }
    if (permissions.includes(Permission.OrganizationManage)) backend.expectOne('/api/organization/settings').flush(settings);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const byTestId = (element: HTMLElement, testId: string) => element.querySelectorAll(`[data-testid="${testId}"]`);

  it('shows the members but hides every manage control without members.manage', async () => {
    const page = await open([Permission.MembersRead]);

    expect([...byTestId(page, 'member-name')].map((cell) => cell.textContent)).toEqual(['Robin', 'Sky']);
    expect([...byTestId(page, 'member-role')].map((cell) => cell.textContent)).toEqual(['Administrator', 'Member']);
    expect(byTestId(page, 'member-role-select')).toHaveLength(0);
    expect(byTestId(page, 'member-disable')).toHaveLength(0);
    expect(byTestId(page, 'add-peer-form')).toHaveLength(0);
    expect(byTestId(page, 'invite-form')).toHaveLength(0);
    backend.expectNone('/api/organization/invitations');
  });

  it('shows contact details only when the API sent them', async () => {
    const page = await open([Permission.MembersRead]);

    expect([...byTestId(page, 'member-email')].map((cell) => cell.textContent)).toEqual(['robin@example.org']);
    expect([...byTestId(page, 'member-username')].map((cell) => cell.textContent)).toEqual(['Username: sky']);
  });

  it('lets a manager change roles and disable others, but never on their own row', async () => {
    const page = await open([Permission.MembersRead, Permission.MembersManage, Permission.InvitationsManage]);

    expect(byTestId(page, 'member-role-select')).toHaveLength(1);
    expect(byTestId(page, 'member-role-select')[0]?.getAttribute('aria-label')).toBe('Role of Sky');
    const disable = byTestId(page, 'member-disable');
    expect(disable).toHaveLength(1);
    expect(disable[0]?.getAttribute('aria-label')).toBe('Disable Sky');

    (disable[0] as HTMLButtonElement).click();
    const request = backend.expectOne('/api/organization/members/u2/disable');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();

    expect(byTestId(page, 'member-enable')).toHaveLength(1);
    expect(page.textContent).toContain('Disabled');
  });

  it('lists only pending invitations, with resend and revoke', async () => {
    const page = await open([Permission.MembersRead, Permission.MembersManage, Permission.InvitationsManage]);

    expect([...byTestId(page, 'invitation-email')].map((cell) => cell.textContent)).toEqual(['new@example.org']);
    expect(byTestId(page, 'invitation-resend')[0]?.getAttribute('aria-label')).toBe('Resend invitation to new@example.org');
    expect(byTestId(page, 'invitation-revoke')[0]?.getAttribute('aria-label')).toBe('Revoke invitation to new@example.org');
  });

  it('shows a new peer’s one-time setup code with instructions to hand it over in person', async () => {
    const page = await open([Permission.MembersRead, Permission.MembersManage]);
    const type = (testId: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(`no field ${testId}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('peer-username', 'Jo.Peer');
    type('peer-display-name', 'Jo');
    page.querySelector<HTMLButtonElement>('[data-testid="peer-submit"]')?.click();
    await harness.fixture.whenStable();

    const request = backend.expectOne('/api/organization/peers');
    expect(request.request.body).toEqual({ username: 'jo.peer', displayName: 'Jo' });
    request.flush({ userId: 'u3', username: 'jo.peer', setupCode: 'K7QM-4XPA', expiresAt: '2026-03-08T10:00:00Z' }, { status: 201, statusText: 'Created' });
    // The new peer joins the list (the reload is a pending task: whenStable would wait for it).
    TestBed.tick();
    backend.expectOne('/api/organization/members').flush(MEMBERS);
    await harness.fixture.whenStable();

    const box = page.querySelector('[data-testid="setup-code-box"]');
    expect(box?.querySelector('[data-testid="setup-code"]')?.textContent).toBe('K7QM-4XPA');
    expect(box?.querySelector('[data-testid="setup-code-username"]')?.textContent).toBe('jo.peer');
    expect(box?.textContent).toContain('Write this down and give it to them. It works once, for 7 days.');
    expect(document.activeElement).toBe(box);
  });

  describe('the security card', () => {
    const ADMIN = [Permission.MembersRead, Permission.MembersManage, Permission.InvitationsManage, Permission.OrganizationManage];
    const toggle = (page: HTMLElement) => page.querySelector<HTMLButtonElement>('[data-testid="require-two-factor"] button[role="switch"]');

    it('is not there, and its settings are not asked for, without organization.manage', async () => {
      const page = await open([Permission.MembersRead, Permission.MembersManage, Permission.InvitationsManage]);

      expect(byTestId(page, 'organization-security')).toHaveLength(0);
      expect(byTestId(page, 'require-two-factor')).toHaveLength(0);
      backend.expectNone('/api/organization/settings');
    });

    it('shows the setting as a labelled switch for those who manage the organisation', async () => {
      const page = await open(ADMIN, session(ADMIN), { requireTwoFactor: true });

      const control = toggle(page);
      expect(page.querySelector('[data-testid="organization-security"] h2')?.textContent).toBe('Security');
      expect(control?.getAttribute('aria-checked')).toBe('true');
      const label = page.querySelector(`label[for="${control?.id}"]`);
      expect(label?.textContent?.trim()).toBe('Require two-step sign-in for administrators and funder auditors');
      expect(control?.getAttribute('aria-describedby')).toBe('require-two-factor-hint');
    });

    it('saves a change at once and says so', async () => {
      const page = await open(ADMIN, session(ADMIN, {}, true));

      toggle(page)?.click();
      const request = backend.expectOne('/api/organization/settings');
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({ requireTwoFactor: true });
      expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf');
      request.flush({ requireTwoFactor: true });
      await harness.fixture.whenStable();

      expect(toggle(page)?.getAttribute('aria-checked')).toBe('true');
      expect(page.querySelector('[data-testid="organization-security-status"]')?.textContent).toContain('Two-step sign-in is now required.');
    });

    it('puts the switch back and says why when the change fails', async () => {
      const page = await open(ADMIN, session(ADMIN, {}, true));

      toggle(page)?.click();
      backend
        .expectOne('/api/organization/settings')
        .flush({ statusCode: 403, code: 'forbidden', message: 'Your role does not allow this.' }, { status: 403, statusText: 'Forbidden' });
      await harness.fixture.whenStable();

      expect(toggle(page)?.getAttribute('aria-checked')).toBe('false');
      expect(page.querySelector('[data-testid="organization-security"] [role="alert"]')?.textContent).toContain("You don't have permission to do this.");
    });

    it('sends an administrator without two-step sign-in who now requires it to turn it on', async () => {
      const page = await open(ADMIN);
      expect(byTestId(page, 'require-two-factor-self-hint')).toHaveLength(1);

      toggle(page)?.click();
      backend.expectOne('/api/organization/settings').flush({ requireTwoFactor: true });
      backend.expectOne('/api/auth/session').flush(session(ADMIN, { twoFactorSetupRequired: true }));
      await harness.fixture.whenStable();

      expect(TestBed.inject(SessionStore).twoFactorSetupRequired()).toBe(true);
      expect(TestBed.inject(Router).url).toBe('/account#two-factor');
    });
  });
});
