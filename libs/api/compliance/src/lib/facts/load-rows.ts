/** Rows grouped by a key (a board, a member, a meeting), each group in the order the rows came. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The latest of some instants, or null for none. */
export function latest(instants: readonly Date[]): Date | null {
  return instants.reduce<Date | null>((last, at) => (!last || at > last ? at : last), null);
}
