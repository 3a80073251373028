/** The first instant of the standing rule's window: the same time `months` calendar months earlier. */
export function standingSince(now: Date, months: number): Date {
  const since = new Date(now);
  const day = since.getUTCDate();
  since.setUTCDate(1);
  since.setUTCMonth(since.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() + 1, 0)).getUTCDate();
  since.setUTCDate(Math.min(day, lastDay));
  return since;
}

/** The board's standing rule trips at MORE than the allowed number of unexcused absences. */
export function tripsStandingRule(absences: number, allowed: number): boolean {
  return absences > allowed;
}
