import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { setUpAuthPageTestBed } from '../testing/auth-page-test-bed';
import { ResetPasswordPageComponent } from '../reset-password/reset-password-page.component';
import { AcceptInvitationPageComponent } from './accept-invitation-page.component';

const TOKEN = 'a-token-that-is-long-enough-1234';

describe('links from emails', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpAuthPageTestBed([
      { path: 'invitations/accept', component: AcceptInvitationPageComponent },
      { path: 'reset-password', component: ResetPasswordPageComponent },
    ]));
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const page = () => harness.routeNativeElement as HTMLElement;

  it('shows the organisation and the role of an invitation before asking for a name and password', async () => {
    await harness.navigateByUrl(`/invitations/accept?token=${TOKEN}`, AcceptInvitationPageComponent);

    backend.expectOne(`/api/invitations/preview?token=${TOKEN}`).flush({ organizationName: 'Harbour Outreach', role: 'agency_liaison', email: 'sam@example.org' });
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toBe('Join Harbour Outreach on Cabinet');
    expect(page().querySelector('[data-testid="invitation-role"]')?.textContent).toBe('Agency liaison');
    expect(page().querySelector('[data-testid="accept-invitation-display-name"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="accept-invitation-password"]')).not.toBeNull();
  });

  it('tells the person to ask for a new invitation when the link has expired', async () => {
    await harness.navigateByUrl(`/invitations/accept?token=${TOKEN}`, AcceptInvitationPageComponent);

    backend
      .expectOne(`/api/invitations/preview?token=${TOKEN}`)
      .flush({ statusCode: 410, code: 'link_expired', message: 'This link has expired.' }, { status: 410, statusText: 'Gone' });
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toBe('This link no longer works');
    expect(page().querySelector('[data-testid="link-expired"]')?.textContent).toContain('Ask the person who invited you to send it again.');
    expect(page().querySelector('form')).toBeNull();
  });

  it('offers the forgot-password form when a password link has expired', async () => {
    await harness.navigateByUrl(`/reset-password?token=${TOKEN}`, ResetPasswordPageComponent);
    const input = page().querySelector<HTMLInputElement>('[data-testid="reset-password-password"]');
    if (!input) throw new Error('no password field');
    input.value = 'a brand new passphrase';
    input.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('[data-testid="reset-password-submit"]')?.click();
    await harness.fixture.whenStable();

    backend
      .expectOne('/api/auth/password-reset/complete')
      .flush({ statusCode: 410, code: 'link_expired', message: 'Gone' }, { status: 410, statusText: 'Gone' });
    await harness.fixture.whenStable();

    expect(page().querySelector('[data-testid="link-expired"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="forgot-password-form"]')).not.toBeNull();
  });
});
