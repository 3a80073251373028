import type { DataSource } from 'typeorm';
import { yearStartMonthOf } from '../evaluate-board/reporting-years';
import { sameRules } from './same-rules';
import { SEEDED_PACKS } from './index';
import type { SeededPack } from './seeded-pack';

/**
 * Writes Cabinet's seeded packs into the database, as the schema owner right after migrating
 * (row-level security lets only the table's owner write packs that belong to no organisation).
 * Idempotent: a version already stored is left alone. A stored version whose rules differ from
 * the code is refused, loudly: a published version never changes, a new reading of the source
 * must bump the pack's version so past results keep the rules they were judged by.
 */
export async function syncSeededPacks(owner: DataSource, packs: readonly SeededPack[] = SEEDED_PACKS): Promise<string[]> {
  const added: string[] = [];
  await owner.transaction(async (m) => {
    for (const pack of packs) {
      await m.query(
        `INSERT INTO compliance_pack (organization_id, key, name, description, jurisdiction) VALUES (NULL, $1, $2, $3, $4)
           ON CONFLICT (key) WHERE organization_id IS NULL DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description, jurisdiction = EXCLUDED.jurisdiction`,
        [pack.key, pack.name, pack.description, pack.jurisdiction],
      );
      const [{ id }] = (await m.query(`SELECT id FROM compliance_pack WHERE key = $1 AND organization_id IS NULL`, [pack.key])) as [{ id: string }];
      const [stored] = (await m.query(`SELECT rules FROM compliance_pack_version WHERE pack_id = $1 AND version = $2`, [id, pack.version])) as Array<{ rules: unknown }>;
      if (stored) {
        if (!sameRules(stored.rules as SeededPack['rules'], pack.rules)) {
          throw new Error(`The rules of Cabinet's pack "${pack.key}" version ${pack.version} differ from those stored: give the changed rules a new version.`);
        }
        continue;
      }
      await m.query(`INSERT INTO compliance_pack_version (organization_id, pack_id, version, rules, year_start_month) VALUES (NULL, $1, $2, $3::jsonb, $4)`, [
        id,
        pack.version,
        JSON.stringify(pack.rules),
        yearStartMonthOf(pack.rules),
      ]);
      added.push(`${pack.key} v${pack.version}`);
    }
  });
  return added;
}

