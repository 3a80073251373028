import { inForeignKeyOrder } from './schema-tables';

const table = (name: string, ...references: string[]) => ({ name, references });

describe('the order tables are written and loaded in', () => {
  it('puts every table after the tables it refers to, alphabetically among equals', () => {
    const ordered = inForeignKeyOrder([table('evidence_file', 'progress_update', 'organization'), table('progress_update', 'recommendation'), table('recommendation', 'organization'), table('app_user'), table('organization')]);
    expect(ordered.map((t) => t.name)).toEqual(['app_user', 'organization', 'recommendation', 'progress_update', 'evidence_file']);
  });

  it('refuses foreign keys that form a cycle, naming the tables', () => {
    expect(() => inForeignKeyOrder([table('a', 'b'), table('b', 'c'), table('c', 'a'), table('d')])).toThrow(/cycle among a, b, c/);
  });
});
