import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CompliancePackView, Permission } from '@cabinet/shared/contracts';
import { CompliancePacksApi, testCompliancePack } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { AUDITOR, MANAGER, testSession } from '../testing/test-session';
import { PacksPageComponent } from './packs-page.component';

const PFAC = testCompliancePack({
  id: 'p9',
  seeded: true,
  organizationId: null,
  name: 'Massachusetts PFAC',
  description: 'Patient and family advisory councils in Massachusetts hospitals.',
  jurisdiction: 'Massachusetts, USA',
  version: 1,
  versionId: 'pv9',
  versions: [{ id: 'pv9', version: 1, createdAt: '2026-01-01T00:00:00.000Z' }],
});

describe('PacksPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.restoreAllMocks();
  });

  async function open(packs: CompliancePackView[] | Error, permissions: Permission[] = MANAGER, saved?: string) {
    const list = jest.fn(() => (packs instanceof Error ? throwError(() => packs) : of(packs)));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: CompliancePacksApi, useValue: { list } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(SessionStore).set(testSession(permissions));
    const fixture = TestBed.createComponent(PacksPageComponent);
    if (saved) fixture.componentRef.setInput('saved', saved);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const within = (section: string, testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${section}"] [data-testid="${testId}"]`)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    const byTestId = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    return { element, within, byTestId };
  }

  it('lists the organisation’s packs with their version, and Cabinet’s marked as such with where they apply', async () => {
    const { within } = await open([PFAC, testCompliancePack()]);
    expect(within('packs-own', 'pack-name')).toEqual(['City grant rules']);
    expect(within('packs-own', 'pack-version')).toEqual(['Version 2, saved 1 Jun 2026']);
    expect(within('packs-own', 'pack-description')).toEqual(['What the city asks of boards it funds.']);
    expect(within('packs-cabinet', 'pack-name')).toEqual(['Massachusetts PFAC']);
    expect(within('packs-cabinet', 'pack-cabinet')).toEqual(['From Cabinet']);
    expect(within('packs-cabinet', 'pack-jurisdiction')).toEqual(['Where it applies: Massachusetts, USA']);
    expect(within('packs-cabinet', 'pack-version')).toEqual([]);
  });

  it('offers a manager a new pack, Edit for the organisation’s own packs only, and Copy for any', async () => {
    const { element, byTestId } = await open([PFAC, testCompliancePack()]);
    expect(byTestId('packs-new')?.getAttribute('href')).toBe('/compliance/packs/new');
    const links = (testId: string) => [...element.querySelectorAll<HTMLAnchorElement>(`[data-testid="${testId}"]`)].map((link) => [link.textContent?.trim(), link.getAttribute('href')]);
    expect(links('pack-edit')).toEqual([['Edit: City grant rules', '/compliance/packs/p1/edit']]);
    expect(links('pack-copy')).toEqual([
      ['Copy: City grant rules', '/compliance/packs/new?copyOf=p1'],
      ['Copy: Massachusetts PFAC', '/compliance/packs/new?copyOf=p9'],
    ]);
  });

  it('lets a reader see the packs and their rules, without changing anything', async () => {
    const { byTestId, element, within } = await open([PFAC], AUDITOR);
    expect(byTestId('packs-new')).toBeNull();
    expect(byTestId('pack-edit')).toBeNull();
    expect(byTestId('pack-copy')).toBeNull();
    expect(within('packs-own', 'packs-own-none')).toEqual(['Your organisation has no packs of its own yet.']);
    expect(element.querySelector('[data-testid="pack-rules"] summary')?.textContent).toBe('Rules (1)');
    expect(element.querySelector('[data-testid="pack-rules"] li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Four meetings a year (Grant letter, section 3)');
  });

  it('says which version was saved when the editor sends the reader back', async () => {
    const { byTestId } = await open([testCompliancePack({ version: 3 })], MANAGER, 'p1');
    expect(byTestId('packs-saved')?.textContent?.trim()).toBe('City grant rules was saved as version 3.');
  });

  it('says why when the packs cannot be loaded', async () => {
    const { element } = await open(new ApiError(503, 'unavailable', 'Unavailable'));
    expect(element.querySelector('cab-form-status')?.textContent).toBeTruthy();
  });
});
