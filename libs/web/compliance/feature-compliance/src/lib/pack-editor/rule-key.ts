const MAX_LENGTH = 60;

/**
 * A rule's key from its title: lowercase ASCII letters, digits and dashes, as the contracts ask
 * (accents dropped: "Reuniões" gives "reunioes"), at most 60 characters, and different from the
 * keys already taken ("-2", "-3"... added). Results are matched across versions by key, so the
 * editor derives it only for rules it has not saved yet.
 */
export function deriveKey(title: string, taken: readonly string[] = []): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  if (base === '' || !taken.includes(base)) return base;
  for (let number = 2; ; number++) {
    const suffix = `-${number}`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
