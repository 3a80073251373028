import { createHash, type Hash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A Cabinet backup is one gzip file of JSON lines:
 *
 *   {"format":"cabinet-backup","version":1}          the preamble
 *   {"table":"organization","columns":["id",...]}    a table's header, then one line per row:
 *   ["0b6f…","Harbour Services",…]                   every value as Postgres writes it as text, or null
 *   …                                                 (tables in foreign-key order)
 *   {"manifest":{…}}                                  last: migrations, counts, fingerprints, audit heads
 *
 * Values are Postgres's own text form (what COPY writes), read with fixed session settings, so a
 * table's fingerprint is the same whether computed from the file or from a database.
 */
export const BACKUP_FORMAT = 'cabinet-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const GZIP_LEVEL = 6;

export interface BackupPreamble {
  format: typeof BACKUP_FORMAT;
  version: number;
}

export interface TableHeader {
  table: string;
  columns: string[];
}

export interface TableFingerprint {
  name: string;
  columns: string[];
  rows: number;
  /** sha256 over the table's row lines (each followed by "\n") in primary-key order. */
  sha256: string;
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface AuditHead {
  organizationId: string;
  seq: string;
  hash: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: string;
  serverVersion: string;
  /** The migrations applied to the source, oldest first: the restore rebuilds exactly this schema. */
  migrations: string[];
  /** In the order they are written, which respects foreign keys. */
  tables: TableFingerprint[];
  sequences: SequenceState[];
  auditHeads: AuditHead[];
}

/** A row as one line: Postgres's text for each column, or null. */
export type RowValues = Array<string | null>;

export function rowLine(values: RowValues): string {
  return JSON.stringify(values);
}

/** Counts and hashes a table's row lines in the order they come. */
export class TableHasher {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  add(line: string): void {
    this.hash.update(line).update('\n');
    this.rows += 1;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * The 10-byte gzip header this code writes (no file name, no time stamp). The restore checks it
 * byte for byte: gzip itself ignores most of these bytes, and a changed byte must not go unnoticed.
 */
export function expectedGzipHeader(): Buffer {
  return gzipSync(Buffer.alloc(0), { level: GZIP_LEVEL }).subarray(0, 10);
}

export class BackupRefused extends Error {}
