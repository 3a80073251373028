import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { BoardMembersApi, BoardsApi } from '@cabinet/web/boards/data-access';
import { ApiError, MembersApi } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { BOARD_ID, aBoard, aProfile } from '../testing/fixtures';
import { type AddMemberForm, addMemberInput, createAddMemberForm } from './add-member-form';
import { AddMemberPageComponent } from './add-member-page.component';

describe('addMemberInput', () => {
  it('sends only the account of someone in the organisation', () => {
    const form = createAddMemberForm();
    form.patchValue({ userId: 'u2', seatTypeId: 's1', legalName: 'ignored' });

    expect(form.valid).toBe(true);
    expect(addMemberInput(form)).toEqual({ userId: 'u2', seatTypeId: 's1', status: 'nominated', boardRole: null });
  });

  it('needs a display name for someone without an account, and leaves the rest optional', () => {
    const form = createAddMemberForm();
    form.patchValue({ who: 'new', seatTypeId: 's1', status: 'active', startsOn: '2026-04-01', boardRole: 'secretary' });
    expect(form.controls.displayName.invalid).toBe(true);

    form.patchValue({ displayName: ' Jo ', email: 'JO@example.org' });
    expect(form.valid).toBe(true);
    expect(addMemberInput(form)).toEqual({
      userId: null,
      displayName: 'Jo',
      legalName: null,
      email: 'jo@example.org',
      phone: null,
      seatTypeId: 's1',
      status: 'active',
      startsOn: '2026-04-01',
      boardRole: 'secretary',
    });
  });

  it('leaves term dates out unless the person starts as active', () => {
    const form = createAddMemberForm();
    form.patchValue({ userId: 'u2', seatTypeId: 's1', status: 'guest', startsOn: '2026-04-01', endsOn: '2027-04-01' });
    expect(addMemberInput(form)).not.toHaveProperty('startsOn');
    expect(addMemberInput(form)).not.toHaveProperty('endsOn');
  });
});

describe('AddMemberPageComponent', () => {
  let add: jest.Mock;
  let navigate: jest.SpyInstance;
  const colleague = (userId: string, displayName: string, disabled = false) => ({ userId, displayName, role: 'member', email: null, username: null, legalName: null, disabled, joinedAt: '2026-01-01T10:00:00Z' });

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    add = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(aBoard({ linkedUserIds: ['u2'] }))) } },
        { provide: BoardMembersApi, useValue: { add } },
        { provide: MembersApi, useValue: { members: jest.fn(() => of([colleague('u1', 'Jo'), colleague('u2', 'Sam'), colleague('u3', 'Ali', true)])) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
    jest.restoreAllMocks();
  });

  it('offers only the organisation’s people who are not on the board or waiting to join it', async () => {
    const fixture = TestBed.createComponent(AddMemberPageComponent);
    fixture.componentRef.setInput('boardId', BOARD_ID);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid="add-user"]')?.click();
    await fixture.whenStable();

    expect([...document.querySelectorAll('mat-option')].map((option) => option.textContent?.trim())).toEqual(['Jo']);
  });

  async function open() {
    const fixture = TestBed.createComponent(AddMemberPageComponent);
    fixture.componentRef.setInput('boardId', BOARD_ID);
    await fixture.whenStable();
    const form = (fixture.componentInstance as unknown as { form: AddMemberForm }).form;
    form.patchValue({ who: 'new', displayName: 'Jo', seatTypeId: 's1', status: 'active', endsOn: '2030-01-01' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid="add-submit"]')?.click();
    await fixture.whenStable();
    return { fixture, element };
  }

  it('explains that an empty end date follows the board’s term length', async () => {
    add.mockReturnValue(of(aProfile({ id: 'm9' })));
    const { element } = await open();
    expect(element.textContent).toContain('Leave empty to use the board’s term length: 24 months.');
  });

  it('opens the new member’s profile once added', async () => {
    add.mockReturnValue(of(aProfile({ id: 'm9' })));
    await open();

    expect(add).toHaveBeenCalledWith(BOARD_ID, expect.objectContaining({ displayName: 'Jo', status: 'active', endsOn: '2030-01-01' }));
    expect(navigate).toHaveBeenCalledWith(['/boards', BOARD_ID, 'members', 'm9']);
  });

  it('shows each of the API’s field errors under its field', async () => {
    add.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'Validation failed', [{ field: 'endsOn', message: 'would overlap a term that is already recorded' }])));
    const { element } = await open();

    expect(element.querySelector('mat-error')?.textContent).toContain('Would overlap a term that is already recorded');
    expect(element.querySelector('[data-testid="add-member-status"]')?.textContent).toContain('Some answers need attention');
  });
});
