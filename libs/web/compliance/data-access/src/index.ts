export { BoardComplianceApi, CompliancePacksApi } from './lib/compliance.api';
// Test data builders for the compliance libraries' specs (no test-runner dependency).
export { testBoardCompliance, testBoardPackCompliance, testCompliancePack, testComplianceRule } from './lib/testing/compliance-fixtures';
