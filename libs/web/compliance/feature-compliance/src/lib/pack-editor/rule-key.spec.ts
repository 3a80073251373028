import { packRuleSchema } from '@cabinet/shared/contracts';
import { deriveKey } from './rule-key';

describe('deriveKey', () => {
  it('makes a key the contracts accept from a title in any language', () => {
    expect(deriveKey('At least 4 meetings a year')).toBe('at-least-4-meetings-a-year');
    expect(deriveKey('Reuniões: pelo menos 4 por ano!')).toBe('reunioes-pelo-menos-4-por-ano');
    expect(deriveKey('  ¿Más del 51 % de pares?  ')).toBe('mas-del-51-de-pares');
    const rule = { key: deriveKey('Reuniões: pelo menos 4 por ano!'), kind: 'minutes_retention', title: 'Keep minutes', params: { years: 5 }, source: { citation: 'Grant letter', url: null } };
    expect(packRuleSchema.safeParse(rule).success).toBe(true);
  });

  it('keeps a long title’s key within 60 characters, without a dash at the end', () => {
    const key = deriveKey('The board meets at least once in every quarter of the fiscal year of the agency');
    expect(key.length).toBeLessThanOrEqual(60);
    expect(key.endsWith('-')).toBe(false);
  });

  it('adds a number when the key is already taken by another rule', () => {
    expect(deriveKey('Board size', ['board-size'])).toBe('board-size-2');
    expect(deriveKey('Board size', ['board-size', 'board-size-2'])).toBe('board-size-3');
  });

  it('gives nothing for a title without letters or digits, so the key field asks for one', () => {
    expect(deriveKey('¿?')).toBe('');
  });
});
