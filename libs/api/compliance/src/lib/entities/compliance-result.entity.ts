import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { ComplianceEvidenceView, RuleResult } from '@cabinet/shared/contracts';
import type { RuleEvaluation } from '../facts/evaluation';
import { CompliancePackVersion } from './compliance-pack-version.entity';

/** Postgres returns numeric as text (it may exceed a double); verdicts fit a number. */
const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/** A board's verdict on one rule of a pack version for one reporting year: the latest evaluation of that year. */
@Entity('compliance_result')
@Check('CHK_compliance_result_result', `"result" IN ('pass', 'fail', 'at_risk', 'not_enough_data')`)
@Check('CHK_compliance_result_unit', `"unit" IN ('percent', 'count', 'days', 'members')`)
@Check('CHK_compliance_result_period', `"period_to" >= "period_from"`)
@Index('IDX_compliance_result_organization', ['organizationId', 'boardId', 'periodFrom'])
@Index('IDX_compliance_result_pack_version', ['packVersionId'])
export class ComplianceResult {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_compliance_result' })
  boardId!: string;

  @PrimaryColumn({ name: 'pack_version_id', type: 'uuid', primaryKeyConstraintName: 'PK_compliance_result' })
  packVersionId!: string;

  @PrimaryColumn({ name: 'rule_key', type: 'varchar', length: 60, primaryKeyConstraintName: 'PK_compliance_result' })
  ruleKey!: string;

  @PrimaryColumn({ name: 'period_from', type: 'date', primaryKeyConstraintName: 'PK_compliance_result' })
  periodFrom!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf!: Date;

  @Column({ type: 'varchar', length: 20 })
  result!: RuleResult;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  measured!: number | null;

  @Column({ type: 'numeric', transformer: numeric })
  threshold!: number;

  @Column({ type: 'varchar', length: 10 })
  unit!: RuleEvaluation['unit'];

  @Column({ type: 'jsonb' })
  /** The rows the verdict rests on, labelled when evaluated. */
  evidence!: ComplianceEvidenceView[];

  @Column({ name: 'evaluated_at', type: 'timestamptz', default: () => 'now()' })
  evaluatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_compliance_result_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_compliance_result_board' })
  board?: Board;

  @ManyToOne(() => CompliancePackVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pack_version_id', foreignKeyConstraintName: 'FK_compliance_result_pack_version' })
  packVersion?: CompliancePackVersion;
}
