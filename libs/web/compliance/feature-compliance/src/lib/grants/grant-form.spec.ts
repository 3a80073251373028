import { type MessageKey, type MessageParams, MESSAGES, interpolate } from '@cabinet/web/shared/i18n';
import { applyGrantProblems, grantForm, validGrant } from './grant-form';
import { grantSchemaMessage } from './grant-schema-message';

const PACK = '3f0a4b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const en = (key: MessageKey, params?: MessageParams) => interpolate(MESSAGES.en[key], params);
const pt = (key: MessageKey, params?: MessageParams) => interpolate(MESSAGES.pt[key], params);

describe('grant form', () => {
  it('gives the grant as the schema reads it, with empty optional fields as null and text trimmed', () => {
    const form = grantForm('2027-01-01');
    form.setValue({ title: '  HIV care 2027 ', reference: ' ', granteeEmail: ' director@harbour.example ', startsOn: '2027-01-01', endsOn: '', boardsNote: ' The CAB ', packIds: [PACK] });
    expect(validGrant(form)).toEqual({ title: 'HIV care 2027', reference: null, granteeEmail: 'director@harbour.example', startsOn: '2027-01-01', endsOn: null, boardsNote: 'The CAB', packIds: [PACK] });
  });

  it('puts each problem on its field: a short title, no email, an end before the start, no pack', () => {
    const form = grantForm('2027-06-01');
    form.patchValue({ title: 'HI', endsOn: '2027-05-31' });
    expect(validGrant(form)).toBeNull();
    const { title, granteeEmail, endsOn, packIds, startsOn } = form.controls;
    expect(title.getError('schema')).toBe('must be at least 3 characters');
    expect(granteeEmail.getError('schema')).toBe('must be an email address');
    expect(endsOn.getError('schema')).toBe('must not be before the start');
    expect(packIds.getError('schema')).toBe('must name at least one pack');
    expect(startsOn.errors).toBeNull();
    expect(title.touched).toBe(true);
    // A field's problem goes as soon as it changes.
    title.setValue('HIV care 2027');
    expect(title.errors).toBeNull();
  });

  it('returns the API’s problems that name no field, for the summary', () => {
    const form = grantForm('2027-01-01');
    const unmatched = applyGrantProblems(form, [
      { field: 'granteeEmail', message: 'is not an administrator of a service organisation in Cabinet' },
      { field: '(body)', message: 'something else' },
    ]);
    expect(form.controls.granteeEmail.getError('schema')).toBe('is not an administrator of a service organisation in Cabinet');
    expect(unmatched).toEqual(['something else']);
  });
});

describe('grantSchemaMessage', () => {
  it('translates the grant schemas’ own messages, and leaves the rest to the compliance messages', () => {
    expect(grantSchemaMessage('must name at least one pack', en)).toBe('Choose at least one pack.');
    expect(grantSchemaMessage('must name at most 10 packs', pt)).toContain('10');
    expect(grantSchemaMessage('must be an email address', en)).toBe('Enter an email address, like name@example.org.');
    expect(grantSchemaMessage('must be a date (YYYY-MM-DD)', en)).toBe('Enter a date.');
    expect(grantSchemaMessage('is not a service organisation', en)).toBe('Is not a service organisation');
  });
});
