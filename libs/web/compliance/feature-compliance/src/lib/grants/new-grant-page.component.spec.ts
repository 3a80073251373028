import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { CompliancePacksApi, GrantsApi, testCompliancePack, testGrant } from '@cabinet/web/compliance/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { NewGrantPageComponent } from './new-grant-page.component';

const RYAN_WHITE = testCompliancePack({ id: '3f0a4b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', seeded: true, organizationId: null, name: 'Ryan White Part A planning council', version: 1 });
const OWN = testCompliancePack({ id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'City grant rules', version: 2 });

describe('NewGrantPageComponent', () => {
  let grants: { create: jest.Mock };
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    grants = { create: jest.fn(() => of(testGrant({ id: 'g9' }))) };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GrantsApi, useValue: grants },
        { provide: CompliancePacksApi, useValue: { list: jest.fn(() => of([RYAN_WHITE, OWN])) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(NewGrantPageComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim();
    const type = async (testId: string, value: string) => {
      const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await settle();
    };
    const click = async (testId: string) => {
      const target = byTestId(testId)!;
      (target.querySelector('input') ?? target).click();
      await settle();
    };
    return { element, byTestId, text, type, click, settle };
  }

  it('offers Cabinet’s packs and the organisation’s own, and sends the grant as the schema reads it', async () => {
    const { type, click, element } = await open();
    expect([...element.querySelectorAll('[data-testid="grant-packs"] mat-checkbox')].map((box) => box.textContent?.trim())).toEqual([
      'Ryan White Part A planning council (from Cabinet)',
      'City grant rules (version 2)',
    ]);
    await type('grant-title-input', 'HIV care services 2027');
    await type('grant-reference-input', 'RW-2027-014');
    await type('grant-email-input', 'director@harbour.example');
    await type('grant-starts-input', '2027-01-01');
    await type('grant-ends-input', '2027-12-31');
    await type('grant-boards-note-input', 'The consumer advisory board');
    await click(`grant-pack-${RYAN_WHITE.id}`);
    await click('grant-save');

    expect(grants.create).toHaveBeenCalledWith({
      title: 'HIV care services 2027',
      reference: 'RW-2027-014',
      granteeEmail: 'director@harbour.example',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      boardsNote: 'The consumer advisory board',
      packIds: [RYAN_WHITE.id],
    });
    expect(navigate).toHaveBeenCalledWith(['/grants'], { queryParams: { recorded: 'g9' } });
  });

  it('shows each problem beside its field and sends nothing, then lets a pack be unticked again', async () => {
    const { type, click, text, byTestId, element } = await open();
    await type('grant-title-input', 'HI');
    await type('grant-starts-input', '2027-06-01');
    await type('grant-ends-input', '2027-05-31');
    await click('grant-save');

    expect(grants.create).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Some answers need attention.');
    expect(text('grant-title-error')).toBe('Use at least 3 characters.');
    expect(text('grant-email-error')).toBe('Enter an email address, like name@example.org.');
    expect(text('grant-ends-error')).toBe('Choose an end date on or after the start date.');
    expect(text('grant-packs-error')).toBe('! Choose at least one pack.');
    expect(byTestId('grant-packs')?.getAttribute('aria-describedby')).toBe('grant-packs-error');
    expect(document.activeElement).toBe(byTestId('grant-title-input'));

    await click(`grant-pack-${OWN.id}`);
    expect(byTestId('grant-packs-error')).toBeNull();
    await click(`grant-pack-${OWN.id}`);
    await type('grant-title-input', 'HIV care services 2027');
    await type('grant-email-input', 'director@harbour.example');
    await type('grant-ends-input', '');
    await click('grant-save');
    expect(grants.create).not.toHaveBeenCalled();
    expect(text('grant-packs-error')).toBe('! Choose at least one pack.');
  });

  it('puts the API’s problem with the grantee’s address under that field, as the API wrote it', async () => {
    grants.create.mockReturnValue(
      throwError(() => new ApiError(422, 'validation_failed', 'Invalid', [{ field: 'granteeEmail', message: 'is not an administrator of a service organisation in Cabinet' }])),
    );
    const { type, click, text, byTestId } = await open();
    await type('grant-title-input', 'HIV care services 2027');
    await type('grant-email-input', 'someone@funder.example');
    await type('grant-starts-input', '2027-01-01');
    await click(`grant-pack-${RYAN_WHITE.id}`);
    await click('grant-save');

    expect(grants.create).toHaveBeenCalled();
    expect(text('grant-email-error')).toBe('Is not an administrator of a service organisation in Cabinet');
    expect(navigate).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(byTestId('grant-email-input'));
  });
});
