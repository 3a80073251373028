import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PublicBoardView, PublicMinutesSummary } from '@cabinet/shared/contracts';
import { apiInterceptor } from '@cabinet/web/identity/data-access';
import { JoinPageComponent } from './join-page.component';

const BOARD: PublicBoardView = {
  name: 'Harbour Peer Board',
  slug: 'harbour',
  purpose: 'We tell Harbour Outreach what should change.',
  acceptsApplications: true,
  seatTypes: [{ id: '7f1c1c5e-7d7a-4a55-9d3b-1b8f1f0f0a01', name: 'Peer seat', kind: 'peer' }],
};
const BOARD_URL = '/api/public/boards/harbour';
const APPLY_URL = '/api/public/boards/harbour/applications';
const MINUTES_URL = '/api/public/boards/harbour/minutes';
const OUTCOMES_URL = '/api/public/boards/harbour/recommendations';

describe('JoinPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'join/:slug', component: JoinPageComponent }], withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  async function open(board: PublicBoardView = BOARD, minutes: PublicMinutesSummary[] = []): Promise<HTMLElement> {
    await harness.navigateByUrl('/join/harbour', JoinPageComponent);
    backend.expectOne(BOARD_URL).flush(board);
    // The board's published minutes load once the board is shown (none here).
    for (let turn = 0; turn < 5 && !backend.match(MINUTES_URL).map((request) => request.flush(minutes)).length; turn++) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    // Likewise its "you said, we did" link (nothing published here).
    for (let turn = 0; turn < 5 && !backend.match(OUTCOMES_URL).map((request) => request.flush({ boardName: board.name, recommendations: [] })).length; turn++) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const get = <T extends HTMLElement = HTMLElement>(page: HTMLElement, testId: string): T => {
    const element = page.querySelector<T>(`[data-testid="${testId}"]`);
    if (!element) throw new Error(`nothing with data-testid ${testId}`);
    return element;
  };
  const type = (page: HTMLElement, testId: string, value: string) => {
    const input = get<HTMLInputElement>(page, testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const agree = (page: HTMLElement) => get(page, 'join-consent').querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
  const send = async (page: HTMLElement) => {
    get<HTMLButtonElement>(page, 'join-submit').click();
    await harness.fixture.whenStable();
  };

  it('shows the board’s name and purpose above the form, without asking anyone to sign in', async () => {
    const page = await open();

    expect(get(page, 'join-board-name').textContent).toBe('Harbour Peer Board');
    expect(get(page, 'join-board-purpose').textContent).toBe('We tell Harbour Outreach what should change.');
    expect(get(page, 'join-form')).toBeTruthy();
    backend.expectNone('/api/auth/session');
  });

  it('keeps the honeypot hidden from people, screen readers and the keyboard, and sends it empty', async () => {
    const page = await open();
    const honeypot = get(page, 'join-honeypot');
    const field = get<HTMLInputElement>(page, 'join-website');

    expect(honeypot.classList).toContain('cab-visually-hidden');
    expect(honeypot.getAttribute('aria-hidden')).toBe('true');
    expect(field.getAttribute('tabindex')).toBe('-1');
    expect(field.getAttribute('autocomplete')).toBe('off');

    type(page, 'join-name', ' Sky ');
    type(page, 'join-email', 'Sky@Example.org');
    agree(page);
    await send(page);

    const request = backend.expectOne(APPLY_URL);
    expect(request.request.body).toEqual({
      displayName: 'Sky',
      email: 'sky@example.org',
      phone: null,
      seatTypeId: null,
      about: '',
      consent: true,
      website: '',
    });
    request.flush({ received: true }, { status: 201, statusText: 'Created' });
    await harness.fixture.whenStable();

    expect(get(page, 'join-thanks').textContent).toContain("The board's organisers will get in touch.");
    expect(page.querySelector('[data-testid="join-form"]')).toBeNull();
  });

  it('refuses to send without the consent box ticked, and says why next to it', async () => {
    const page = await open();
    type(page, 'join-name', 'Sky');
    type(page, 'join-phone', '+1 555 123 4567');
    await send(page);

    backend.expectNone(APPLY_URL);
    expect(get(page, 'join-consent-error').textContent).toContain('Please tick this box');
  });

  it('needs an email address or a phone number, and either one is enough', async () => {
    const page = await open();
    type(page, 'join-name', 'Sky');
    agree(page);
    await send(page);

    backend.expectNone(APPLY_URL);
    expect(get(page, 'join-email-error').textContent).toContain('Please give an email address or a phone number');

    type(page, 'join-phone', '+1 555 123 4567');
    await send(page);

    const request = backend.expectOne(APPLY_URL);
    expect(request.request.body).toMatchObject({ email: null, phone: '+1 555 123 4567', consent: true });
    request.flush({ received: true });
    await harness.fixture.whenStable();
  });

  it('says the board has no public join page when the API does not know it', async () => {
    await harness.navigateByUrl('/join/harbour', JoinPageComponent);
    backend.expectOne(BOARD_URL).flush({ statusCode: 404, code: 'not_found', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(get(page, 'join-not-found').textContent).toContain('This board has no public join page');
    expect(page.querySelector('[data-testid="join-form"]')).toBeNull();
  });

  it('asks people to wait a few minutes after too many tries', async () => {
    const page = await open();
    type(page, 'join-name', 'Sky');
    type(page, 'join-email', 'sky@example.org');
    agree(page);
    await send(page);

    backend
      .expectOne(APPLY_URL)
      .flush({ statusCode: 429, code: 'too_many_requests', message: 'Too many requests' }, { status: 429, statusText: 'Too Many Requests' });
    await harness.fixture.whenStable();

    expect(get(page, 'join-status').textContent).toContain('Too many tries: please wait a few minutes');
    expect(get(page, 'join-form')).toBeTruthy();
  });

  it('shows no form when the board is not taking applications', async () => {
    const page = await open({ ...BOARD, acceptsApplications: false });

    expect(get(page, 'join-closed').textContent).toContain('not taking new members');
    expect(page.querySelector('[data-testid="join-form"]')).toBeNull();
  });

  it('lists the board\'s published minutes with their plain-language summary', async () => {
    const page = await open(BOARD, [{ meetingId: 'm1', meetingTitle: 'March meeting', meetingStartsAt: '2027-03-02T18:30:00.000Z', timeZone: 'Europe/Lisbon', publishedAt: '2027-04-01T10:00:00.000Z', summary: 'The centre will open on Saturdays.' }]);

    expect(get(page, 'public-minutes-item').textContent).toContain('The centre will open on Saturdays.');
    expect(get<HTMLAnchorElement>(page, 'public-minutes-link').getAttribute('href')).toBe('/join/harbour/minutes/m1');
  });
});
