import { Clipboard } from '@angular/cdk/clipboard';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { type BoardDetail, Permission } from '@cabinet/shared/contracts';
import { boardDetail } from '../testing/board-fixtures';
import { openBoardPage, setUpPageTestBed, tearDownPageTestBed, testSession } from '../testing/page-test-bed';
import { BoardSettingsPageComponent } from './board-settings-page.component';

describe('BoardSettingsPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpPageTestBed([{ path: 'boards/:boardId/settings', component: BoardSettingsPageComponent }]));
  });

  afterEach(() => {
    tearDownPageTestBed();
    jest.restoreAllMocks();
  });

  function open(board: BoardDetail = boardDetail({ canManage: true })): Promise<HTMLElement> {
    const session = testSession([Permission.BoardsRead, Permission.BoardsManage]);
    // The partners section asks for its list as soon as it shows (a pending task: whenStable would wait for it).
    const answer = board.canManage ? () => answerPartners({ partners: [], invitations: [] }) : undefined;
    return openBoardPage({ harness, backend }, '/boards/b1/settings', BoardSettingsPageComponent, session, board, answer);
  }

  /** Renders until the partners section has asked for its list, then answers it. */
  async function answerPartners(body: object): Promise<void> {
    let requests = backend.match('/api/boards/b1/partners');
    for (let round = 0; round < 5 && requests.length === 0; round++) {
      TestBed.tick();
      await Promise.resolve();
      requests = backend.match('/api/boards/b1/partners');
    }
    expect(requests).toHaveLength(1);
    requests[0]?.flush(body);
  }

  const byTestId = <T extends HTMLElement = HTMLElement>(page: HTMLElement, testId: string) => page.querySelector<T>(`[data-testid="${testId}"]`);
  const type = (page: HTMLElement, testId: string, value: string) => {
    const input = byTestId<HTMLInputElement>(page, testId);
    if (!input) throw new Error(`no field ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('tells someone who does not manage this board that only its managers can change it', async () => {
    const page = await open(boardDetail({ canManage: false }));

    expect(byTestId(page, 'settings-not-manager')?.textContent).toContain('Only the managers of this board can change its settings.');
    expect(byTestId(page, 'general-settings-form')).toBeNull();
    backend.expectNone('/api/boards/b1/partners');
  });

  it('sends every general setting and shows the API’s field errors next to their fields', async () => {
    const page = await open();
    expect(byTestId<HTMLInputElement>(page, 'settings-name')?.value).toBe('Harbour Community Board');
    expect(byTestId<HTMLInputElement>(page, 'settings-term-months')?.value).toBe('24');

    type(page, 'settings-slug', 'taken-slug');
    byTestId(page, 'settings-submit')?.click();
    const request = backend.expectOne('/api/boards/b1');
    expect(request.request.method).toBe('PATCH');
    // Every setting as loaded, with the one changed.
    expect(request.request.body).toEqual({ ...boardDetail().settings, slug: 'taken-slug' });
    request.flush(
      { statusCode: 422, code: 'validation_failed', message: 'Invalid', errors: [{ field: 'slug', message: 'is already used by another board' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();

    const field = byTestId(page, 'settings-slug')?.closest('mat-form-field');
    expect(field?.querySelector('mat-error')?.textContent).toContain('Is already used by another board');
  });

  it('asks for both attendance numbers or neither before sending', async () => {
    const page = await open();

    type(page, 'settings-standing-absences', '3');
    byTestId(page, 'settings-submit')?.click();
    await harness.fixture.whenStable();

    backend.expectNone('/api/boards/b1');
    const field = byTestId(page, 'settings-standing-months')?.closest('mat-form-field');
    expect(field?.querySelector('mat-error')?.textContent).toContain('Fill in both numbers, or leave both empty.');
  });

  it('shows the API’s reason when a seat type cannot be removed because people sit in it', async () => {
    const page = await open();

    page.querySelectorAll<HTMLButtonElement>('[data-testid="seat-remove"]')[0]?.click();
    backend
      .expectOne((request) => request.method === 'DELETE' && request.url === '/api/boards/b1/seat-types/s-peer')
      .flush({ statusCode: 422, code: 'validation_failed', message: '2 people sit in this seat type' }, { status: 422, statusText: 'Unprocessable Entity' });
    await harness.fixture.whenStable();

    expect(byTestId(page, 'seats-status')?.querySelector('[role="alert"]')?.textContent).toContain('2 people sit in this seat type.');
  });

  it('saves all make-up targets at once, as seat types or attributes', async () => {
    const page = await open();

    byTestId(page, 'target-add')?.click();
    await harness.fixture.whenStable();
    type(page, 'target-label-1', 'Peer seats');
    const form = harness.fixture.debugElement.query((node) => node.name === 'cab-targets-editor').componentInstance as {
      form: { controls: { targets: { at(index: number): { patchValue(value: unknown): void } } } };
    };
    form.form.controls.targets.at(1).patchValue({ basis: 'seat:s-peer', minPercent: 40 });
    byTestId(page, 'targets-submit')?.click();

    const request = backend.expectOne('/api/boards/b1/composition-targets');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      targets: [
        { label: 'Lived experience', seatTypeId: null, tag: 'lived_experience', minPercent: 51 },
        { label: 'Peer seats', seatTypeId: 's-peer', tag: null, minPercent: 40 },
      ],
    });
    request.flush([]);
    // The board reloads so the meter and every section agree.
    TestBed.tick();
    backend.expectOne('/api/boards/b1').flush(boardDetail({ canManage: true }));
    await harness.fixture.whenStable();

    expect(byTestId(page, 'targets-status')?.textContent).toContain('Targets saved.');
  });

  it('shows a new partnership link once, explains who opens it, and copies it', async () => {
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    const page = await open();

    type(page, 'partner-invite-email', 'Admin@PeerVoices.org');
    byTestId(page, 'partner-invite-submit')?.click();
    const request = backend.expectOne('/api/boards/b1/partner-invitations');
    expect(request.request.body).toEqual({ email: 'admin@peervoices.org' });
    request.flush({ id: 'i1', url: 'https://cabinet.example/partnerships/accept?token=abc', expiresAt: '2026-03-08T10:00:00Z' });
    await answerPartners({
      partners: [],
      invitations: [{ id: 'i1', email: 'admin@peervoices.org', createdAt: '2026-03-01T10:00:00Z', expiresAt: '2026-03-08T10:00:00Z', status: 'pending' }],
    });
    await harness.fixture.whenStable();

    const box = byTestId(page, 'partner-link-box');
    expect(byTestId(page, 'partner-link-url')?.textContent).toBe('https://cabinet.example/partnerships/accept?token=abc');
    expect(box?.textContent).toContain('An administrator of that organisation opens it while signed in to Cabinet.');
    expect(document.activeElement).toBe(box);
    expect(byTestId(page, 'partner-invitation-status')?.textContent).toBe('Waiting');

    byTestId(page, 'partner-link-copy')?.click();
    await harness.fixture.whenStable();
    expect(copy).toHaveBeenCalledWith('https://cabinet.example/partnerships/accept?token=abc');
    expect(byTestId(page, 'partner-link-copy-status')?.textContent).toBe('Link copied.');

    byTestId(page, 'partner-link-done')?.click();
    await harness.fixture.whenStable();
    expect(byTestId(page, 'partner-link-url')).toBeNull();
  });
});
