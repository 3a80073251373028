/** Runs one SQL statement and returns its rows: a pg Client or a TypeORM query runner. */
export type Query = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface ColumnInfo {
  name: string;
  /** The declared type with its modifier (character varying(120)): what a loaded value is cast to. */
  type: string;
  collatable: boolean;
  bytea: boolean;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** GENERATED ALWAYS AS IDENTITY: loading stored values needs OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
  /** Tables this one refers to (itself excluded). */
  references: string[];
}

/** The migrations' own bookkeeping: rebuilt by running the migrations, never loaded. */
export const MIGRATIONS_TABLE = 'typeorm_migrations';

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(table: string): string {
  return `"public".${ident(table)}`;
}

/** Every table of the public schema (the migrations table aside), in an order where each comes after the tables it refers to. */
export async function listTables(query: Query): Promise<TableInfo[]> {
  const tables = await query<{ oid: number; name: string }>(
    `SELECT c.oid, c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const columns = await query<{ table: string; name: string; type: string; collatable: boolean; bytea: boolean; identity: string }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            t.typcollation <> 0 AS collatable, a.atttypid = 'bytea'::regtype AS bytea, a.attidentity AS identity
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
      WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await query<{ table: string; name: string }>(
    `SELECT c.relname AS table, a.attname AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE c.relnamespace = 'public'::regnamespace AND i.indisprimary
      ORDER BY c.relname, k.position`,
  );
  const foreignKeys = await query<{ table: string; referenced: string }>(
    `SELECT DISTINCT c.relname AS table, r.relname AS referenced
       FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid
      WHERE f.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND c.oid <> r.oid`,
  );
  const infos = tables.map(({ name }): TableInfo => {
    const own = columns.filter((column) => column.table === name);
    return {
      name,
      columns: own.map(({ name: column, type, collatable, bytea }) => ({ name: column, type, collatable, bytea })),
      primaryKey: keys.filter((key) => key.table === name).map((key) => key.name),
      identityAlways: own.some((column) => column.identity === 'a'),
      references: foreignKeys.filter((fk) => fk.table === name).map((fk) => fk.referenced),
    };
  });
  return inForeignKeyOrder(infos);
}

/** Parents before children, alphabetical among equals so two backups of one schema list tables alike. */
export function inForeignKeyOrder<T extends { name: string; references: string[] }>(tables: T[]): T[] {
  const pending = new Map(tables.map((table) => [table.name, table]));
  const ordered: T[] = [];
  while (pending.size) {
    const ready = [...pending.values()].filter((table) => table.references.every((name) => !pending.has(name)));
    if (!ready.length) {
      throw new Error(`Foreign keys form a cycle among ${[...pending.keys()].join(', ')}: these tables cannot be loaded one after another.`);
    }
    ready.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table.name);
    }
  }
  return ordered;
}

/**
 * Reads a table's rows as text in a stable order, a batch at a time through a cursor (the caller's
 * transaction must be open). Text columns sort bytewise (COLLATE "C") so the order, and so the
 * fingerprint, does not depend on the server's locale.
 */
export async function* readRows(query: Query, table: TableInfo, cursor = 'cabinet_backup_rows'): AsyncGenerator<Array<string | null>> {
  const select = table.columns.map((column, i) => `${ident(column.name)}::text AS c${i}`).join(', ');
  const keys = table.primaryKey.length ? table.primaryKey.map((name) => table.columns.find((column) => column.name === name)!) : table.columns;
  const order = keys.map((column) => `${ident(column.name)}${column.collatable ? ' COLLATE "C"' : ''}`).join(', ');
  // Evidence files are up to 5 MiB each: fetch those a few at a time.
  const batch = table.columns.some((column) => column.bytea) ? 4 : 2000;
  await query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${select} FROM ${qualified(table.name)} ORDER BY ${order}`);
  try {
    for (;;) {
      const rows = await query<Record<string, string | null>>(`FETCH ${batch} FROM ${cursor}`);
      for (const row of rows) yield table.columns.map((_, i) => row[`c${i}`] ?? null);
      if (rows.length < batch) break;
    }
  } finally {
    await query(`CLOSE ${cursor}`);
  }
}

/**
 * Session settings under which every value reads back as the same text: UTC, ISO dates, hex bytea.
 * row_security = off makes a role that row-level security would filter fail loudly instead of
 * silently reading a part of the data.
 */
export async function useCanonicalSession(query: Query): Promise<void> {
  for (const setting of [
    `SET TIME ZONE 'UTC'`,
    `SET datestyle = 'ISO, YMD'`,
    `SET intervalstyle = 'postgres'`,
    `SET extra_float_digits = 1`,
    `SET bytea_output = 'hex'`,
    `SET row_security = off`,
    `SET statement_timeout = 0`,
  ]) {
    await query(setting);
  }
}
