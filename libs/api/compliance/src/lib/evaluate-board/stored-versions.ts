import type { EntityManager } from 'typeorm';
import type { PackRule } from '@cabinet/shared/contracts';

/** A stored version of a pack, as evaluation needs it. */
export interface StoredVersion {
  id: string;
  packId: string;
  version: number;
  rules: PackRule[];
  yearStartMonth: number;
  createdAt: Date;
}

export const STORED_VERSION_COLUMNS = `id, pack_id AS "packId", version, rules, year_start_month AS "yearStartMonth", created_at AS "createdAt"`;

/** Each pack's newest version, by pack id: one query for all the packs. */
export async function latestVersions(m: EntityManager, packIds: readonly string[]): Promise<Map<string, StoredVersion>> {
  if (packIds.length === 0) return new Map();
  const rows = (await m.query(
    `SELECT DISTINCT ON (pack_id) ${STORED_VERSION_COLUMNS} FROM compliance_pack_version WHERE pack_id = ANY($1::uuid[]) ORDER BY pack_id, version DESC`,
    [packIds],
  )) as StoredVersion[];
  return new Map(rows.map((row) => [row.packId, row]));
}

/**
 * The version of each pack in force at a moment: the newest one written by then. A pack younger
 * than the moment is judged by its first version (Cabinet's packs encode rules that were in
 * force before Cabinet stored them), so asking "as of last year" still has rules to apply.
 */
export async function versionsInForce(m: EntityManager, packIds: readonly string[], at: Date): Promise<Map<string, StoredVersion>> {
  if (packIds.length === 0) return new Map();
  const rows = (await m.query(
    `SELECT DISTINCT ON (pack_id) ${STORED_VERSION_COLUMNS} FROM compliance_pack_version WHERE pack_id = ANY($1::uuid[])
      ORDER BY pack_id, (created_at <= $2) DESC, CASE WHEN created_at <= $2 THEN -version ELSE version END`,
    [packIds, at],
  )) as StoredVersion[];
  return new Map(rows.map((row) => [row.packId, row]));
}
