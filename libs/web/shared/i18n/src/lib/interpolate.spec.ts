import { interpolate } from './interpolate';

describe('interpolate', () => {
  it('fills every named placeholder', () => {
    expect(interpolate('{count} items for {name}', { count: 3, name: 'Ana' })).toBe('3 items for Ana');
  });

  it('leaves an unknown placeholder visible so the gap gets noticed', () => {
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });

  it('returns the text unchanged when there is nothing to fill', () => {
    expect(interpolate('Plain text')).toBe('Plain text');
  });
});
