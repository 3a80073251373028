import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from '@cabinet/web/shared/i18n';
import { setUpAuthPageTestBed } from '../testing/auth-page-test-bed';
import { CheckEmailPageComponent } from './check-email-page.component';
import { SignUpPageComponent } from './sign-up-page.component';

describe('SignUpPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpAuthPageTestBed([
      { path: 'sign-up', component: SignUpPageComponent },
      { path: 'sign-up/check-email', component: CheckEmailPageComponent },
    ]));
    await harness.navigateByUrl('/sign-up', SignUpPageComponent);
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const field = (testId: string) => page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  const errorUnder = (testId: string) => field(testId)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

  function type(testId: string, value: string): void {
    const input = field(testId);
    if (!input) throw new Error(`no field ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function fillInAndSubmit(): Promise<void> {
    type('sign-up-organization-name', 'Harbour Outreach');
    page().querySelector<HTMLInputElement>('[data-testid="sign-up-organization-kind"] input[value="service"]')?.click();
    type('sign-up-display-name', 'Robin');
    type('sign-up-email', 'robin@example.org');
    type('sign-up-password', 'a long enough passphrase');
    page().querySelector<HTMLButtonElement>('[data-testid="sign-up-submit"]')?.click();
    await harness.fixture.whenStable();
  }

  it("shows each of the API's field errors next to its field, keeps what was typed and focuses the first", async () => {
    await fillInAndSubmit();

    backend.expectOne('/api/auth/sign-up').flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'Some fields need attention.',
        errors: [
          { field: 'password', message: 'must be at most 200 characters' },
          { field: 'email', message: 'is already used by another account' },
        ],
        requestId: 'r1',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();

    expect(errorUnder('sign-up-email')).toBe('Is already used by another account');
    expect(errorUnder('sign-up-password')).toBe('Must be at most 200 characters');
    expect(errorUnder('sign-up-organization-name')).toBeUndefined();
    expect(field('sign-up-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(field('sign-up-email')?.value).toBe('robin@example.org');
    expect(field('sign-up-password')?.value).toBe('a long enough passphrase');
    expect(document.activeElement).toBe(field('sign-up-email'));
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Some answers need attention.');
  });

  it('sends the organisation, its kind and the reader’s language, then asks to check email', async () => {
    TestBed.inject(I18nService).setLocale('pt');
    await harness.fixture.whenStable();
    await fillInAndSubmit();

    const request = backend.expectOne('/api/auth/sign-up');
    expect(request.request.body).toEqual({
      organizationName: 'Harbour Outreach',
      organizationKind: 'service',
      displayName: 'Robin',
      email: 'robin@example.org',
      password: 'a long enough passphrase',
      locale: 'pt',
    });
    request.flush({ status: 'check_email' }, { status: 202, statusText: 'Accepted' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/sign-up/check-email');
    expect(harness.routeNativeElement?.querySelector('[data-testid="check-email-address"]')?.textContent).toContain('robin@example.org');
  });

  it('labels every field and describes each kind of organisation in plain words', () => {
    const labels = [...page().querySelectorAll('mat-label')].map((label) => label.textContent?.trim());
    const kinds = [...page().querySelectorAll('mat-radio-button')].map((radio) => radio.textContent?.trim());

    expect(labels).toEqual(['Organisation name', 'Your name or a pseudonym', 'Email', 'Password']);
    expect(kinds).toEqual(['A service (agency)', 'A funder', 'A community group']);
    expect(page().querySelector('legend')?.textContent).toBe('What kind of organisation is it?');
    expect(page().textContent).toContain('At least 12 characters. A short sentence works well.');
    expect(page().querySelectorAll('h1')).toHaveLength(1);
  });
});
