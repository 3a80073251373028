import { BoardCompliancePack } from './board-compliance-pack.entity';
import { BoardReport } from './board-report.entity';
import { CompliancePackVersion } from './compliance-pack-version.entity';
import { CompliancePack } from './compliance-pack.entity';
import { ComplianceExport } from './compliance-export.entity';
import { ComplianceResult } from './compliance-result.entity';
import { ComplianceWarning } from './compliance-warning.entity';
import { GrantBoard } from './grant-board.entity';
import { GrantPack } from './grant-pack.entity';
import { Grant } from './grant.entity';

export { BoardCompliancePack, BoardReport, ComplianceExport, CompliancePack, CompliancePackVersion, ComplianceResult, ComplianceWarning, Grant, GrantBoard, GrantPack };

export const COMPLIANCE_ENTITIES = [CompliancePack, CompliancePackVersion, BoardCompliancePack, ComplianceResult, Grant, GrantPack, GrantBoard, ComplianceWarning, ComplianceExport, BoardReport];
