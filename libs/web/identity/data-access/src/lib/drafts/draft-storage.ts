/** Every stored draft key starts with this, so sign-out can find and remove them all. */
export const DRAFT_KEY_PREFIX = 'cabinet.draft:';

type StorageHolder = Partial<Pick<Window, 'localStorage' | 'sessionStorage'>>;

/**
 * Removes drafts from both storages. On a shared computer in a drop-in centre the next person must
 * not find what the last one was typing.
 */
export function clearStoredDrafts(view: StorageHolder | null | undefined): void {
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = view?.[name];
      if (!storage) continue;
      const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
        (key): key is string => key !== null && key.startsWith(DRAFT_KEY_PREFIX),
      );
      for (const key of keys) storage.removeItem(key);
    } catch {
      // Storage is disabled: nothing was stored.
    }
  }
}
