export { BoardComplianceApi, CompliancePacksApi } from './lib/compliance.api';
export { GrantsApi, PortfolioApi } from './lib/grants.api';
export { ComplianceExportsApi, type ExportAudience, exportFileUrl } from './lib/exports.api';
export { BoardReportsApi } from './lib/reports.api';
// Test data builders for the compliance libraries' specs (no test-runner dependency).
export { testBoardCompliance, testBoardPackCompliance, testCompliancePack, testComplianceRule } from './lib/testing/compliance-fixtures';
export { testGrant, testGrantPreview, testPortfolio, testPortfolioBoard, testPortfolioPack, testPortfolioRule } from './lib/testing/grant-fixtures';
export { testComplianceExport } from './lib/testing/export-fixtures';
export { testBoardReport } from './lib/testing/report-fixtures';
