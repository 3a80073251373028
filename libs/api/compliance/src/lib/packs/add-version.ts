import type { EntityManager } from 'typeorm';
import type { PackRule } from '@cabinet/shared/contracts';
import { CompliancePackVersion } from '../entities/compliance-pack-version.entity';
import { yearStartMonthOf } from '../evaluate-board/reporting-years';

/** Writes a pack's next version of its rules; the reporting year follows from them. */
export async function addVersion(m: EntityManager, pack: { id: string; organizationId: string | null }, version: number, rules: PackRule[], createdBy: string): Promise<void> {
  await m.save(m.create(CompliancePackVersion, { organizationId: pack.organizationId, packId: pack.id, version, rules, yearStartMonth: yearStartMonthOf(rules), createdBy }));
}
