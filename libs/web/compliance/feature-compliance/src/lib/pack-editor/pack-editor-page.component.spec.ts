import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { CompliancePacksApi, testCompliancePack } from '@cabinet/web/compliance/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { PackEditorPageComponent } from './pack-editor-page.component';

const PFAC = testCompliancePack({ id: 'p9', seeded: true, organizationId: null, name: 'Massachusetts PFAC', version: 1, versionId: 'pv9' });

describe('PackEditorPageComponent', () => {
  let api: Record<'get' | 'create' | 'update', jest.Mock>;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = {
      get: jest.fn((id: string) => of(id === 'p9' ? PFAC : testCompliancePack())),
      create: jest.fn(() => of(testCompliancePack({ id: 'p-new', version: 1 }))),
      update: jest.fn(() => of(testCompliancePack({ version: 3 }))),
    };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(inputs: { packId?: string; copyOf?: string } = {}) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: CompliancePacksApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(PackEditorPageComponent);
    if (inputs.packId) fixture.componentRef.setInput('packId', inputs.packId);
    if (inputs.copyOf) fixture.componentRef.setInput('copyOf', inputs.copyOf);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const all = <T extends HTMLElement = HTMLElement>(testId: string) => [...element.querySelectorAll<T>(`[data-testid="${testId}"]`)];
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string, index = 0) => all<T>(testId)[index] ?? null;
    const text = (testId: string, index = 0) => byTestId(testId, index)?.textContent?.replace(/\s+/g, ' ').trim();
    const type = async (testId: string, value: string, index = 0) => {
      const field = byTestId<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(testId, index)!;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
      await settle();
    };
    const click = async (testId: string, index = 0) => {
      const target = byTestId(testId, index)!;
      (target.querySelector('input') ?? target).click();
      await settle();
    };
    return { element, all, byTestId, text, type, click, settle };
  }

  it('composes a new pack: the key follows the title, the settings follow the kind, and the pack is sent as the schema reads it', async () => {
    const { type, click, byTestId, text, all } = await open();
    expect(all('rule-editor')).toHaveLength(1);
    await type('pack-name', 'City grant rules');
    await type('rule-kind', 'composition_share');
    expect(text('rule-kind-hint')).toContain('at least 51% of voting members');
    await type('rule-title', 'Half the voting members are young people');
    expect(byTestId<HTMLInputElement>('rule-key')?.value).toBe('half-the-voting-members-are-young-people');
    await click('param-group.tags-youth');
    await click('param-group.tags-lived_experience');
    await type('param-minPercent', '50');
    await type('rule-citation', 'City grant letter, section 2');
    await type('rule-url', 'https://example.org/grant');
    await click('pack-save');

    expect(api.create).toHaveBeenCalledWith({
      name: 'City grant rules',
      description: '',
      rules: [
        {
          key: 'half-the-voting-members-are-young-people',
          kind: 'composition_share',
          title: 'Half the voting members are young people',
          params: { group: { by: 'tag', tags: ['youth'] }, minPercent: 50, over: 'voting_members' },
          source: { citation: 'City grant letter, section 2', url: 'https://example.org/grant' },
        },
      ],
    });
    expect(navigate).toHaveBeenCalledWith(['/compliance/packs'], { queryParams: { saved: 'p-new' } });
  });

  it('shows each problem next to its field in the reader’s words, moves focus to the first, and sends nothing', async () => {
    const { type, click, text } = await open();
    await type('param-min', '0');
    await click('pack-save');
    expect(api.create).not.toHaveBeenCalled();
    expect(text('pack-name-error')).toBe('Use at least 3 characters.');
    expect(text('rule-title-error')).toBe('Use at least 3 characters.');
    expect(text('rule-key-error')).toBe('Use 3 to 60 small letters, numbers and dashes. Start and end with a letter or a number.');
    expect(text('param-error-min')).toBe('Enter a number from 1 to 366.');
    expect(text('rule-citation-error')).toBe('Say where the rule comes from.');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('pack-name');
  });

  it('asks for at least one tag when none is ticked', async () => {
    const { type, click, text } = await open();
    await type('rule-kind', 'composition_share');
    await click('param-group.tags-lived_experience');
    await click('pack-save');
    expect(text('param-error-group.tags')).toBe('! Choose at least one description.');
  });

  it('shows the settings each kind takes: none for onboarding, a first month for a financial year', async () => {
    const { type, byTestId, text } = await open();
    expect(byTestId('param-period.startMonth')).toBeNull();
    await type('param-period.per', 'fiscal_year');
    const month = byTestId<HTMLSelectElement>('param-period.startMonth')!;
    expect(month.options[month.selectedIndex]?.textContent?.trim()).toBe('July');
    await type('rule-kind', 'onboarding_before_voting');
    expect(text('rule-no-settings')).toBe('This rule has no settings.');
  });

  it('adds a rule, moving focus into it, and removes one', async () => {
    const { click, all, text } = await open();
    await click('pack-add-rule');
    expect(all('rule-editor')).toHaveLength(2);
    expect(text('rule-legend', 1)).toBe('Rule 2');
    expect(document.activeElement).toBe(all('rule-kind')[1]);
    await click('rule-remove', 0);
    expect(all('rule-editor')).toHaveLength(1);
    expect(text('rule-legend')).toBe('Rule 1');
  });

  it('edits an own pack: says saving makes the next version and past results keep theirs, and saves with PUT', async () => {
    const { text, byTestId, type, click } = await open({ packId: 'p1' });
    expect(api.get).toHaveBeenCalledWith('p1');
    expect(byTestId<HTMLInputElement>('pack-name')?.value).toBe('City grant rules');
    expect(text('editor-version-notice')).toBe('Saving makes version 3 of this pack. Results worked out before keep the version they used.');
    expect(text('pack-save')).toBe('Save as version 3');
    await type('rule-title', 'Five meetings a year');
    expect(byTestId<HTMLInputElement>('rule-key')?.value).toBe('four-meetings');
    await type('param-min', '5');
    await click('pack-save');
    expect(api.update).toHaveBeenCalledWith('p1', expect.objectContaining({ rules: [expect.objectContaining({ key: 'four-meetings', title: 'Five meetings a year', params: { min: 5, period: { per: 'year' } } })] }));
    expect(navigate).toHaveBeenCalledWith(['/compliance/packs'], { queryParams: { saved: 'p1' } });
  });

  it('starts a copy from any pack under a new name, and saves it as a new pack', async () => {
    const { byTestId, text, click } = await open({ copyOf: 'p9' });
    expect(byTestId<HTMLInputElement>('pack-name')?.value).toBe('Massachusetts PFAC (copy)');
    expect(text('editor-copy-intro')).toBe('This is a copy of Massachusetts PFAC. Change what you need, then save it as your organisation’s own pack.');
    expect(byTestId('editor-version-notice')).toBeNull();
    await click('pack-save');
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ name: 'Massachusetts PFAC (copy)' }));
    expect(api.update).not.toHaveBeenCalled();
  });

  it('offers a copy instead of an editor for one of Cabinet’s packs', async () => {
    const { byTestId, text } = await open({ packId: 'p9' });
    expect(text('editor-seeded')).toContain('cannot be changed');
    expect(byTestId('editor-copy')?.getAttribute('href')).toBe('/compliance/packs/new?copyOf=p9');
    expect(byTestId('pack-form')).toBeNull();
  });

  it('puts the API’s problems next to their fields, and the rest in the summary', async () => {
    api.update.mockReturnValue(
      throwError(
        () =>
          new ApiError(422, 'validation_failed', 'Invalid', [
            { field: 'rules.0.params.min', message: 'must be 1 to 366' },
            { field: '(body)', message: 'must not repeat a rule key' },
          ]),
      ),
    );
    const { click, text } = await open({ packId: 'p1' });
    await click('pack-save');
    expect(text('param-error-min')).toBe('Enter a number from 1 to 366.');
    expect(document.querySelector('cab-form-status')?.textContent).toContain('Some answers need attention. Check the fields marked below. Each rule needs its own short name.');
  });

  it('says why when the pack cannot be loaded', async () => {
    api.get.mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'Not found')));
    const { element, byTestId } = await open({ packId: 'gone' });
    expect(element.querySelector('cab-form-status')?.textContent).toBeTruthy();
    expect(byTestId('pack-form')).toBeNull();
  });
});

