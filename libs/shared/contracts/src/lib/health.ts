export type DependencyStatus = 'up' | 'down';

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: { postgres: DependencyStatus; redis: DependencyStatus };
}

export interface LivenessReport {
  status: 'live';
}
