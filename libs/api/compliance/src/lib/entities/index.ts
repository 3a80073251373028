import { BoardCompliancePack } from './board-compliance-pack.entity';
import { CompliancePackVersion } from './compliance-pack-version.entity';
import { CompliancePack } from './compliance-pack.entity';
import { ComplianceResult } from './compliance-result.entity';

export { BoardCompliancePack, CompliancePack, CompliancePackVersion, ComplianceResult };

export const COMPLIANCE_ENTITIES = [CompliancePack, CompliancePackVersion, BoardCompliancePack, ComplianceResult];
