import type { PackRule } from '@cabinet/shared/contracts';

/** Whether two rule lists say the same, whatever the order of keys inside each rule (jsonb keeps its own). */
export function sameRules(a: readonly PackRule[], b: readonly PackRule[]): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y))) : inner,
  );
}
