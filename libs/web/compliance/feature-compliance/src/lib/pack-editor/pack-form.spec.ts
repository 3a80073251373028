import type { FormControl } from '@angular/forms';
import type { PackRule } from '@cabinet/shared/contracts';
import { addRule, applyProblems, fillPackForm, packForm, validPack } from './pack-form';

const MEETINGS: PackRule = { key: 'four-meetings', kind: 'meetings_held', title: 'Four meetings a year', params: { min: 4, period: { per: 'year' } }, source: { citation: 'Grant letter, section 3', url: null } };

function filledForm(rules: PackRule[] = [MEETINGS]) {
  const form = packForm();
  fillPackForm(form, { name: 'City grant rules', description: 'What the city asks.', rules });
  return form;
}

const control = (form: ReturnType<typeof packForm>, path: string) => form.get(path) as FormControl<unknown>;

describe('the pack form', () => {
  it('gives back a saved pack as it was, trimmed, ready to send', () => {
    const form = filledForm();
    form.controls.name.setValue('  City grant rules  ');
    expect(validPack(form)).toEqual({ name: 'City grant rules', description: 'What the city asks.', rules: [MEETINGS] });
  });

  it('sends a fiscal year’s first month only when counting per fiscal year', () => {
    const form = filledForm();
    control(form, 'rules.0.params.period.per').setValue('fiscal_year');
    expect(validPack(form)?.rules[0]?.params).toEqual({ min: 4, period: { per: 'fiscal_year', startMonth: 7 } });
    control(form, 'rules.0.params.period.per').setValue('quarter');
    expect(validPack(form)?.rules[0]?.params).toEqual({ min: 4, period: { per: 'quarter' } });
  });

  it('puts each schema problem on its field, and a missing tag on the tag list', () => {
    const form = filledForm([{ ...MEETINGS, key: 'share', kind: 'composition_share', params: { group: { by: 'tag', tags: ['youth'] }, minPercent: 51, over: 'voting_members' } }]);
    control(form, 'rules.0.params.minPercent').setValue(120);
    control(form, 'rules.0.params.group.tags').setValue([]);
    control(form, 'rules.0.source.url').setValue('not a web address');
    expect(validPack(form)).toBeNull();
    expect(control(form, 'rules.0.params.minPercent').errors).toEqual({ schema: 'must be 0 to 100' });
    expect(control(form, 'rules.0.params.group.tags').errors).toEqual({ schema: 'must name at least one tag' });
    expect(control(form, 'rules.0.source.url').errors).toEqual({ schema: 'must be a web address' });
    expect(control(form, 'rules.0.params.minPercent').touched).toBe(true);
  });

  it('lets a problem go as soon as the field changes', () => {
    const form = filledForm();
    control(form, 'rules.0.params.min').setValue(null);
    validPack(form);
    expect(control(form, 'rules.0.params.min').errors).toEqual({ schema: 'must be a whole number' });
    control(form, 'rules.0.params.min').setValue(6);
    expect(control(form, 'rules.0.params.min').errors).toBeNull();
  });

  it('names a repeated key on the pack’s rules and on the later rule’s key', () => {
    const form = filledForm([MEETINGS, { ...MEETINGS, title: 'Also four meetings' }]);
    expect(validPack(form)).toBeNull();
    expect(form.controls.rules.errors).toEqual({ schema: 'must not repeat a rule key' });
    expect(control(form, 'rules.1.key').errors).toEqual({ schema: 'must not repeat a rule key' });
    expect(control(form, 'rules.0.key').errors).toBeNull();
  });

  it('refuses a pack without rules, on the rules', () => {
    const form = packForm();
    form.controls.name.setValue('Empty pack');
    expect(validPack(form)).toBeNull();
    expect(form.controls.rules.errors).toEqual({ schema: 'must hold at least one rule' });
  });

  it('derives a new rule’s key from its title, avoiding keys already taken, until a key is typed', () => {
    const form = filledForm();
    const rule = addRule(form);
    rule.controls.title.setValue('Four meetings!');
    expect(rule.controls.key.value).toBe('four-meetings-2');
    rule.controls.key.setValue('my-key');
    rule.controls.key.markAsDirty();
    rule.controls.title.setValue('Six meetings');
    expect(rule.controls.key.value).toBe('my-key');
  });

  it('keeps a saved rule’s key when its title changes, because results are matched by key', () => {
    const form = filledForm();
    control(form, 'rules.0.title').setValue('Five meetings a year');
    expect(control(form, 'rules.0.key').value).toBe('four-meetings');
  });

  it('starts the settings afresh when the kind changes', () => {
    const form = filledForm();
    control(form, 'rules.0.kind').setValue('minutes_retention');
    expect(form.controls.rules.at(0).controls.params.getRawValue()).toEqual({ years: 5 });
  });

  it('puts the API’s problems on their fields and gives back those no field takes', () => {
    const form = filledForm();
    const unmatched = applyProblems(form, [
      { field: 'rules.0.params.min', message: 'must be 1 to 366' },
      { field: 'name', message: 'is already used' },
      { field: '(body)', message: 'cannot change a seeded pack' },
    ]);
    expect(unmatched).toEqual(['cannot change a seeded pack']);
    expect(control(form, 'rules.0.params.min').errors).toEqual({ schema: 'must be 1 to 366' });
    expect(form.controls.name.errors).toEqual({ schema: 'is already used' });
  });
});
