import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { BoardsApi, testBoardDetail } from '@cabinet/web/boards/data-access';
import { ApiError, SessionStore } from '@cabinet/web/identity/data-access';
import { AgendaApi, MeetingsApi, testAgenda, testMeetingSummary } from '@cabinet/web/meetings/data-access';
import { PeerInputApi, testPeerInput } from '@cabinet/web/peer-input/data-access';
import { RecommendationsApi, testRecommendationDetail } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { DraftRecommendationPageComponent } from './draft-recommendation-page.component';

const HOST_ID = '11111111-1111-4111-8111-111111111111';

function session(): SessionView {
  const organization = { id: HOST_ID, name: 'Harbour Outreach', kind: 'service' as const, role: 'service_manager' as const };
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
    organizations: [organization],
    activeOrganization: organization,
    permissions: [Permission.BoardsRead, Permission.BoardsManage],
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
  };
}

describe('DraftRecommendationPageComponent', () => {
  let api: { draft: jest.Mock; liaisons: jest.Mock };
  let inputs: { list: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = {
      draft: jest.fn(() => of(testRecommendationDetail({ id: 'r9', status: 'draft' }))),
      liaisons: jest.fn(() => of([{ userId: 'u1', displayName: 'Alex Liaison', role: 'agency_liaison' }])),
    };
    inputs = { list: jest.fn(() => of([testPeerInput({ id: 'in1', kind: 'concern', body: 'The waiting room is too loud.', receivedOn: '2027-03-01', author: null })])) };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(fromInput?: string) {
    const board = testBoardDetail({ canManage: true, partners: [{ organizationId: 'o2', name: 'City Health', since: '2026-01-01' }] });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(board)) } },
        { provide: RecommendationsApi, useValue: api },
        { provide: PeerInputApi, useValue: inputs },
        { provide: MeetingsApi, useValue: { list: jest.fn(() => of([testMeetingSummary({ id: 'm1', title: 'March meeting' })])) } },
        { provide: AgendaApi, useValue: { get: jest.fn(() => of(testAgenda([{ id: 'ai1', title: 'Weekend hours' }]))) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(SessionStore).set(session());
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(DraftRecommendationPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    if (fromInput) fixture.componentRef.setInput('fromInput', fromInput);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const type = async (testId: string, value: string) => {
      const field = byTestId<HTMLInputElement | HTMLSelectElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
      await TestBed.inject(ApplicationRef).whenStable();
    };
    const submit = async () => {
      byTestId<HTMLButtonElement>('recommendation-save')!.click();
      await TestBed.inject(ApplicationRef).whenStable();
    };
    return { element, byTestId, type, submit, navigate };
  }

  it('drafts a recommendation from the board itself, addressed to the host with the liaison chosen, and opens it', async () => {
    const { byTestId, type, submit, navigate } = await open();
    await type('recommendation-title', ' Saturday opening ');
    await type('recommendation-body', 'Open the clinic on Saturday mornings.');
    const organizations = [...byTestId<HTMLSelectElement>('recommendation-organization')!.options].map((option) => option.textContent?.trim());
    expect(organizations).toEqual(['Decide later', 'Harbour Outreach', 'City Health']);
    await type('recommendation-organization', HOST_ID);
    expect(api.liaisons).toHaveBeenCalledWith('b1', HOST_ID);
    byTestId('recommendation-liaison-u1')!.querySelector('input')!.click();
    await submit();

    expect(api.draft).toHaveBeenCalledWith('b1', {
      title: 'Saturday opening',
      body: 'Open the clinic on Saturday mornings.',
      source: 'direct',
      addressedOrganizationId: HOST_ID,
      liaisonUserIds: ['u1'],
    });
    expect(navigate).toHaveBeenCalledWith(['/boards', 'b1', 'recommendations', 'r9']);
  });

  it('starts from the input named in the address, ready to send with it as the source', async () => {
    const { byTestId, type, submit } = await open('in1');
    expect(byTestId('recommendation-source-input')!.querySelector<HTMLInputElement>('input')!.checked).toBe(true);
    await type('recommendation-title', 'Quieter waiting room');
    await type('recommendation-body', 'Members asked for a quiet corner.');
    await submit();
    expect(api.draft).toHaveBeenCalledWith('b1', { title: 'Quieter waiting room', body: 'Members asked for a quiet corner.', source: 'input', sourceInputId: 'in1' });
  });

  it('shows the input it starts from above the form, anonymous as it came, and starts the text with its words', async () => {
    const { byTestId, element, type, submit } = await open('in1');
    expect(inputs.list).toHaveBeenCalledWith('b1');
    const source = byTestId('source-input')!;
    expect(source.compareDocumentPosition(byTestId('recommendation-form')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(byTestId('source-input-kind')!.textContent).toContain('A worry');
    expect(byTestId('source-input-received')!.textContent).toContain('1 Mar 2027');
    expect(byTestId('source-input-body')!.textContent).toContain('The waiting room is too loud.');
    expect(byTestId('source-input-sender')!.textContent).toContain('Sent anonymously');
    expect(byTestId<HTMLTextAreaElement>('recommendation-body')!.value).toBe('The waiting room is too loud.');
    expect(element.textContent).not.toContain('could not find');
    await type('recommendation-title', 'A quiet corner');
    await submit();
    expect(api.draft).toHaveBeenCalledWith('b1', { title: 'A quiet corner', body: 'The waiting room is too loud.', source: 'input', sourceInputId: 'in1' });
  });

  it('says so when the input is not the board’s, and still lets the organiser write', async () => {
    inputs.list.mockReturnValue(of([]));
    const { byTestId } = await open('in9');
    expect(byTestId('source-input')).toBeNull();
    expect(byTestId('source-input-missing')!.textContent).toContain('We could not find this input');
    expect(byTestId<HTMLTextAreaElement>('recommendation-body')!.value).toBe('');
  });

  it('asks for no input when it drafts from the board itself', async () => {
    const { byTestId } = await open();
    expect(inputs.list).not.toHaveBeenCalled();
    expect(byTestId('source-input')).toBeNull();
  });

  it('picks the agenda item from one of the board’s meetings', async () => {
    const { byTestId, type, submit } = await open();
    await type('recommendation-title', 'Weekend hours');
    await type('recommendation-body', 'As discussed.');
    byTestId('recommendation-source-agenda_item')!.querySelector('input')!.click();
    await TestBed.inject(ApplicationRef).whenStable();
    await submit();
    expect(api.draft).not.toHaveBeenCalled();

    await type('recommendation-meeting', 'm1');
    await type('recommendation-agenda-item', 'ai1');
    await submit();
    expect(api.draft).toHaveBeenCalledWith('b1', { title: 'Weekend hours', body: 'As discussed.', source: 'agenda_item', sourceAgendaItemId: 'ai1' });
  });

  it('refuses to send without a title and text, and moves focus to the first field to fix', async () => {
    const { byTestId, submit, element } = await open();
    await submit();
    expect(api.draft).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Please fill this in.');
    expect(document.activeElement).toBe(byTestId('recommendation-title'));
  });

  it('shows the API’s refusal next to the field it is about', async () => {
    api.draft.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'Invalid', [{ field: 'title', message: 'must be at most 200 characters' }])));
    const { type, submit, element } = await open();
    await type('recommendation-title', 'Too long');
    await type('recommendation-body', 'Text');
    await submit();
    expect(element.querySelector('mat-error')?.textContent).toContain('Must be at most 200 characters');
  });
});
