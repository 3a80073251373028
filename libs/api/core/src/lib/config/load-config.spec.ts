import { ConfigError, loadAppConfig } from './load-config';

const valid = {
  APP_URL: 'http://localhost:3000',
  DATABASE_APP_URL: 'postgres://cabinet_app:pw@localhost:5432/cabinet',
  REDIS_URL: 'redis://localhost:6379',
  SMTP_URL: 'smtp://localhost:1025',
  AUDIT_HMAC_KEY: 'y'.repeat(32),
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadAppConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadAppConfig', () => {
  it('accepts a complete environment and fills in defaults', () => {
    const config = loadAppConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.QUEUE_PREFIX).toBe('cabinet');
  });

  it('names a missing variable', () => {
    const { REDIS_URL: _omitted, ...env } = valid;
    expect(problemsOf(env)).toEqual([expect.stringMatching(/^REDIS_URL /)]);
  });

  it('names a variable with the wrong kind of URL', () => {
    expect(problemsOf({ ...valid, DATABASE_APP_URL: 'mysql://x@y/z' })).toEqual([
      expect.stringMatching(/^DATABASE_APP_URL must be a URL starting with postgres:/),
    ]);
  });

  it('refuses a port that is not a number', () => {
    expect(problemsOf({ ...valid, PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT must be a whole number/)]);
  });

  it('never repeats a secret value in its message', () => {
    const problems = problemsOf({ ...valid, AUDIT_HMAC_KEY: 'short-secret-value' });
    expect(problems.join()).toMatch(/^AUDIT_HMAC_KEY must be at least 32 characters/);
    expect(problems.join()).not.toContain('short-secret-value');
  });

  it('treats an empty value as unset', () => {
    expect(loadAppConfig({ ...valid, PORT: '' }).PORT).toBe(3000);
  });
});
