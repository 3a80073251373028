import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import type { CompliancePackView } from '@cabinet/shared/contracts';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { STORED_VERSION_COLUMNS, type StoredVersion } from '../evaluate-board/stored-versions';

/**
 * Packs as the list and the editor show them, with their newest version's rules and every
 * version's number and day. Row-level security shows Cabinet's packs and the organisation's own.
 * Two queries, whatever the number of packs.
 */
export async function loadPackViews(m: EntityManager, packIds?: readonly string[]): Promise<CompliancePackView[]> {
  const packs = await m.find(CompliancePack, {
    ...(packIds ? { where: packIds.map((id) => ({ id })) } : {}),
    order: { organizationId: { direction: 'ASC', nulls: 'FIRST' }, name: 'ASC' },
  });
  if (packs.length === 0) return [];
  const versions = (await m.query(
    `SELECT ${STORED_VERSION_COLUMNS} FROM compliance_pack_version WHERE pack_id = ANY($1::uuid[]) ORDER BY pack_id, version`,
    [packs.map((pack) => pack.id)],
  )) as StoredVersion[];
  return packs.flatMap((pack) => {
    const own = versions.filter((version) => version.packId === pack.id);
    const latest = own.at(-1);
    if (!latest) return [];
    return [
      {
        id: pack.id,
        seeded: pack.organizationId === null,
        organizationId: pack.organizationId,
        name: pack.name,
        description: pack.description,
        jurisdiction: pack.jurisdiction,
        version: latest.version,
        versionId: latest.id,
        yearStartMonth: latest.yearStartMonth,
        rules: latest.rules,
        versions: own.map((version) => ({ id: version.id, version: version.version, createdAt: version.createdAt.toISOString() })),
        createdAt: pack.createdAt.toISOString(),
      },
    ];
  });
}

export async function loadPackView(m: EntityManager, packId: string): Promise<CompliancePackView> {
  const [view] = await loadPackViews(m, [packId]);
  if (!view) throw DomainError.notFound('This pack');
  return view;
}
