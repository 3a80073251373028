import { applyPatch } from 'diff';
import { lineDiff, minutesPatch } from './minutes-versions.use-case';

describe('line diff of minutes versions', () => {
  it('marks each line as kept, removed or added, in reading order', () => {
    expect(lineDiff('# Title\nOld line\nSame end\n', '# Title\nNew line\nSame end\n')).toEqual([
      { kind: 'same', text: '# Title' },
      { kind: 'removed', text: 'Old line' },
      { kind: 'added', text: 'New line' },
      { kind: 'same', text: 'Same end' },
    ]);
  });

  it('treats a text without a final newline like one with it', () => {
    expect(lineDiff('a\nb', 'a\nb\nc').filter((line) => line.kind !== 'same')).toEqual(expect.arrayContaining([{ kind: 'added', text: 'c' }]));
  });
});

describe('a diff of two long texts that share nothing', () => {
  // Thousands of changed lines: the fewest changes would take minutes to find.
  const before = Array.from({ length: 6000 }, (_, i) => (i % 2 ? 'a' : 'b')).join('\n');
  const after = Array.from({ length: 6000 }, (_, i) => (i % 3 ? 'c' : 'b')).join('\n');

  it('shows the versions replaced whole, at once', () => {
    const started = Date.now();
    const lines = lineDiff(before, after);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(lines.filter((line) => line.kind === 'removed')).toHaveLength(6000);
    expect(lines.filter((line) => line.kind === 'added')).toHaveLength(6000);
    expect(lines[0]).toEqual({ kind: 'removed', text: 'b' });
  });

  it('gives a patch that turns one into the other', () => {
    const started = Date.now();
    const patch = minutesPatch(before, after, 'version 1', 'version 2');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(applyPatch(before, patch)).toBe(after);
  });
});

describe('a patch of a small change', () => {
  it('keeps the context lines', () => {
    expect(applyPatch('a\nb\nc\n', minutesPatch('a\nb\nc\n', 'a\nB\nc\n', 'version 1', 'version 2'))).toBe('a\nB\nc\n');
  });
});
