export * from './lib/recommendations.module';
export * from './lib/recommendations-worker.module';
export { EscalateOverdueUseCase, type DeadlineSweep } from './lib/escalate-overdue/escalate-overdue.use-case';
export * from './lib/entities';
export { registerEvidenceUploadParser } from './lib/attach-evidence/evidence-upload.parser';
export * from './lib/lifecycle/recommendation-lifecycle';
export * from './lib/lifecycle/response-clock';
export * from './lib/measures/accountability-measures';
export { responseDays, DEFAULT_RESPONSE_DAYS } from './lib/settings/recommendation-settings';
