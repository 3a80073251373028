import { FormControl, Validators } from '@angular/forms';
import { TouchedErrorStateMatcher } from './touched-error-state';

describe('TouchedErrorStateMatcher', () => {
  const matcher = new TouchedErrorStateMatcher();

  it('shows an invalid field’s error once it is touched, and never a valid one’s', () => {
    const name = new FormControl('', Validators.required);
    expect(matcher.isErrorState(name)).toBe(false);
    name.markAsTouched();
    expect(matcher.isErrorState(name)).toBe(true);
    name.setValue('Peers');
    expect(matcher.isErrorState(name)).toBe(false);
  });

  it('shows nothing on a field emptied by a reset after a successful send, though its form counts as submitted', () => {
    const name = new FormControl('Peers', Validators.required);
    name.markAsTouched();
    name.reset();
    expect(name.invalid).toBe(true);
    expect(matcher.isErrorState(name)).toBe(false);
  });
});
