import { createReadStream, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  BackupRefused,
  expectedGzipHeader,
  type RowValues,
  TableHasher,
  type TableHeader,
} from './backup-format';

export type BackupLine = { kind: 'table'; header: TableHeader; line: string } | { kind: 'row'; values: RowValues; line: string } | { kind: 'manifest'; manifest: BackupManifest };

/** The file's lines, after its preamble, decompressed as they are read: a large backup never sits in memory whole. */
export async function* backupLines(file: string): AsyncGenerator<BackupLine> {
  checkGzipHeader(file);
  let first = true;
  try {
    for await (const line of splitLines(createReadStream(file).pipe(createGunzip()))) {
      if (first) {
        checkPreamble(line);
        first = false;
        continue;
      }
      yield parseLine(line);
    }
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused(`The backup file is damaged (${(error as Error).message}): it was changed or cut short after it was written.`);
  }
  if (first) throw new BackupRefused('The backup file is empty.');
}

/**
 * Reads the whole file once before anything is restored: every byte must decompress, every table
 * must have the rows and the fingerprint its manifest says, and the manifest must come last.
 */
export async function verifyBackupFile(file: string): Promise<BackupManifest> {
  if (!existsSync(file)) throw new BackupRefused(`There is no backup file at ${file}.`);
  const seen: Array<{ name: string; columns: string[]; rows: number; sha256: string }> = [];
  let current: { header: TableHeader; hasher: TableHasher } | null = null;
  let manifest: BackupManifest | null = null;
  const close = () => {
    if (current) seen.push({ name: current.header.table, columns: current.header.columns, rows: current.hasher.rows, sha256: current.hasher.digest() });
    current = null;
  };
  for await (const entry of backupLines(file)) {
    if (manifest) throw new BackupRefused('The backup file goes on after its manifest.');
    if (entry.kind === 'table') {
      close();
      current = { header: entry.header, hasher: new TableHasher() };
    } else if (entry.kind === 'row') {
      if (!current) throw new BackupRefused('The backup file has rows before any table.');
      if (entry.values.length !== current.header.columns.length) throw new BackupRefused(`A row of ${current.header.table} has the wrong number of values.`);
      current.hasher.add(entry.line);
    } else {
      close();
      manifest = entry.manifest;
    }
  }
  if (!manifest) throw new BackupRefused('The backup file has no manifest: it was cut short.');
  const problems = compareTables(manifest, seen);
  if (problems.length) throw new BackupRefused(`The backup file does not match its manifest: ${problems.join('; ')}.`);
  return manifest;
}

function compareTables(manifest: BackupManifest, seen: Array<{ name: string; columns: string[]; rows: number; sha256: string }>): string[] {
  const listed = manifest.tables ?? [];
  if (listed.map((t) => t.name).join() !== seen.map((t) => t.name).join()) return ['the tables in the file are not the ones the manifest lists'];
  return listed.flatMap((table, i) => {
    const found = seen[i]!;
    if (table.columns.join() !== found.columns.join()) return [`${table.name}: columns differ`];
    if (table.rows !== found.rows) return [`${table.name}: ${found.rows} rows, the manifest says ${table.rows}`];
    if (table.sha256 !== found.sha256) return [`${table.name}: its fingerprint differs from the manifest's`];
    return [];
  });
}

function checkGzipHeader(file: string): void {
  const expected = expectedGzipHeader();
  const actual = Buffer.alloc(expected.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, actual, 0, actual.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!actual.equals(expected)) throw new BackupRefused('This is not a Cabinet backup file, or its first bytes were changed.');
}

function checkPreamble(line: string): void {
  let preamble: { format?: unknown; version?: unknown };
  try {
    preamble = JSON.parse(line) as typeof preamble;
  } catch {
    throw new BackupRefused('This is not a Cabinet backup file.');
  }
  if (preamble.format !== BACKUP_FORMAT) throw new BackupRefused('This is not a Cabinet backup file.');
  if (preamble.version !== BACKUP_FORMAT_VERSION) throw new BackupRefused(`This backup has format version ${String(preamble.version)}; this version of Cabinet reads version ${BACKUP_FORMAT_VERSION}.`);
}

function parseLine(line: string): BackupLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new BackupRefused('The backup file has a line that is not JSON: it was changed after it was written.');
  }
  if (Array.isArray(parsed)) {
    if (!parsed.every((value) => value === null || typeof value === 'string')) throw new BackupRefused('The backup file has a malformed row.');
    return { kind: 'row', values: parsed as RowValues, line };
  }
  const object = parsed as Partial<TableHeader> & { manifest?: BackupManifest };
  if (typeof object?.table === 'string' && Array.isArray(object.columns)) return { kind: 'table', header: { table: object.table, columns: object.columns }, line };
  if (object?.manifest && typeof object.manifest === 'object') return { kind: 'manifest', manifest: object.manifest };
  throw new BackupRefused('The backup file has a line it does not expect.');
}

/** Splits a byte stream on "\n" (never inside a UTF-8 character: 0x0a is only ever a newline). */
async function* splitLines(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, end));
      yield Buffer.concat(pending).toString('utf8');
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length && Buffer.concat(pending).length) throw new BackupRefused('The backup file ends in the middle of a line: it was cut short.');
}
