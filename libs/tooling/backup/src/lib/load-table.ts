import { BackupRefused, type RowValues } from './backup-format';
import { ident, qualified, type Query, type TableInfo } from './schema-tables';

const BATCH_ROWS = 500;
/** Evidence files are up to 5 MiB (10 MiB as hex): a batch holds a few of them at most. */
const BATCH_CHARS = 16 * 1024 * 1024;

/**
 * Inserts a table's rows as the backup stored them, a batch per statement. Each value is cast from
 * its text to the column's declared type, so Postgres checks it exactly as it checks any insert
 * (constraints, foreign keys, lengths); identity values are kept (OVERRIDING SYSTEM VALUE). No
 * trigger computes anything on insert: audit hashes and chain heads are loaded as they were stored.
 */
export class TableLoader {
  private batch: RowValues[] = [];
  private chars = 0;
  private rows = 0;
  private readonly sql: string;

  constructor(
    private readonly query: Query,
    private readonly table: TableInfo,
    columns: string[],
  ) {
    const expected = table.columns.map((c) => c.name);
    if (columns.length !== expected.length || columns.some((name) => !expected.includes(name))) {
      throw new BackupRefused(`The backup's columns of ${table.name} (${columns.join(', ')}) are not the database's (${expected.join(', ')}).`);
    }
    const casts = columns.map((name, i) => `(r->>${i})::${table.columns.find((c) => c.name === name)!.type}`);
    this.sql =
      `INSERT INTO ${qualified(table.name)} (${columns.map(ident).join(', ')})${table.identityAlways ? ' OVERRIDING SYSTEM VALUE' : ''} ` +
      `SELECT ${casts.join(', ')} FROM json_array_elements($1::json) AS r`;
  }

  async add(values: RowValues): Promise<void> {
    this.batch.push(values);
    this.chars += values.reduce((sum, value) => sum + (value?.length ?? 0), 0);
    if (this.batch.length >= BATCH_ROWS || this.chars >= BATCH_CHARS) await this.flush();
  }

  /** Loads what is left; returns how many rows the table got. */
  async finish(): Promise<number> {
    await this.flush();
    return this.rows;
  }

  private async flush(): Promise<void> {
    if (!this.batch.length) return;
    try {
      await this.query(this.sql, [JSON.stringify(this.batch)]);
    } catch (error) {
      // Postgres quotes the offending value in some messages ("invalid input syntax for type uuid: "…""): keep personal data out of the output.
      const reason = (error as Error).message.replace(/:\s*".*"$/s, '');
      throw new BackupRefused(`Loading ${this.table.name} failed: ${reason}`);
    }
    this.rows += this.batch.length;
    this.batch = [];
    this.chars = 0;
  }
}
