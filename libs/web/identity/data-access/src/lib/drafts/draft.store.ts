import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, inject } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { SessionStore } from '../session/session.store';
import { DRAFT_KEY_PREFIX } from './draft-storage';

/** Never written to storage, whatever a form says: secrets stay in memory only. */
const SECRET_CONTROL = /password|code|token/i;

interface StoredDraft {
  /** Whose draft: after a timeout on a shared device, only the same person gets it back. */
  owner: string;
  value: Record<string, unknown>;
}

interface KeptForm {
  form: FormGroup;
  exclude: ReadonlySet<string>;
}

/**
 * Keeps what someone was typing when the idle timeout signs them out. Forms opt in with
 * {@link keep}; the session store calls {@link saveAll} just before it signs out, and the form
 * gets its values back when the same person signs in again and returns to the page.
 */
@Injectable({ providedIn: 'root' })
export class DraftStore {
  private readonly session = inject(SessionStore);
  private readonly storage = safeSessionStorage(inject(DOCUMENT).defaultView);
  private readonly kept = new Map<string, KeptForm>();

  constructor() {
    this.session.beforeTimeout(() => this.saveAll());
  }

  /**
   * Lets the idle timeout save this form, and restores a draft saved earlier for this page.
   * Call it from a component's constructor or field initialiser (it needs the component's route
   * and lifetime). Passwords, codes and tokens are never saved; `exclude` names more fields to skip.
   */
  keep(name: string, form: FormGroup, options: { exclude?: readonly string[] } = {}): void {
    const key = `${DRAFT_KEY_PREFIX}${routePath(inject(ActivatedRoute))}#${name}`;
    this.kept.set(key, { form, exclude: new Set(options.exclude ?? []) });
    inject(DestroyRef).onDestroy(() => {
      if (this.kept.get(key)?.form === form) this.kept.delete(key);
    });
    this.restore(key, form);
  }

  /** Writes every kept form that has unsaved changes. */
  saveAll(): void {
    const owner = this.session.session()?.user.id;
    if (!owner || !this.storage) return;
    for (const [key, { form, exclude }] of this.kept) {
      if (!form.dirty) continue;
      const value = Object.fromEntries(
        Object.entries(form.getRawValue() as Record<string, unknown>).filter(([field]) => !exclude.has(field) && !SECRET_CONTROL.test(field)),
      );
      try {
        this.storage.setItem(key, JSON.stringify({ owner, value } satisfies StoredDraft));
      } catch {
        // Full or disabled storage: the draft is lost, as it would be without this store.
      }
    }
  }

  private restore(key: string, form: FormGroup): void {
    const stored = this.read(key);
    if (!stored) return;
    const owner = this.session.session()?.user.id;
    // Someone else's draft stays hidden (and is dropped); a signed-out visit leaves it for later.
    if (!owner) return;
    this.storage?.removeItem(key);
    if (stored.owner !== owner) return;
    form.patchValue(stored.value);
    form.markAsDirty();
  }

  private read(key: string): StoredDraft | null {
    try {
      const raw = this.storage?.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      if (typeof parsed !== 'object' || parsed === null) return null;
      const { owner, value } = parsed as Partial<StoredDraft>;
      return typeof owner === 'string' && typeof value === 'object' && value !== null ? { owner, value } : null;
    } catch {
      return null;
    }
  }
}

function routePath(route: ActivatedRoute): string {
  return (
    '/' +
    route.snapshot.pathFromRoot
      .flatMap((snapshot) => snapshot.url)
      .map((segment) => segment.path)
      .join('/')
  );
}

function safeSessionStorage(view: Window | null): Storage | null {
  try {
    return view?.sessionStorage ?? null;
  } catch {
    return null;
  }
}
