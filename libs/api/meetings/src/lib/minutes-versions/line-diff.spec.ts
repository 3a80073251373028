import { lineDiff } from './minutes-versions.use-case';

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
