import { percentOf } from './composition-group';

describe('percentOf', () => {
  it('cuts a share to one decimal instead of rounding it up', () => {
    expect(percentOf(2, 3)).toBe(66.6);
    expect(percentOf(659, 2000)).toBe(32.9);
  });

  it('keeps whole shares whole despite floating-point arithmetic', () => {
    expect(percentOf(7, 10)).toBe(70);
    expect(percentOf(29, 100)).toBe(29);
    expect(percentOf(57, 100)).toBe(57);
  });

  it('gives one in three as 33.3, the value a one-third threshold is written as', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(1, 3) >= 33.3).toBe(true);
  });
});
