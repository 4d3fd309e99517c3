import type { FieldText, LocatedField } from '../adapters/types';
import type { WatchChange } from '../adapters/watch';

/**
 * Each field's text as last read, so a keystroke in one field does not walk every other field's
 * DOM again. An entry is dropped when the watcher reports a change inside its element, and all
 * are dropped when the fields are found again (the elements may be new).
 */
export class FieldCache {
  private readonly texts = new Map<HTMLElement, FieldText>();

  constructor(private readonly readText: (el: HTMLElement) => FieldText) {}

  read(f: LocatedField): FieldText {
    let t = this.texts.get(f.el);
    if (!t) {
      t = this.readText(f.el);
      this.texts.set(f.el, t);
    }
    return t;
  }

  /** Forget the fields that hold (or are) any of these changed nodes. */
  invalidate(targets: Set<Node>): void {
    if (targets.size === 0) return;
    for (const el of Array.from(this.texts.keys())) {
      for (const t of targets) {
        if (t === el || el.contains(t)) {
          this.texts.delete(el);
          break;
        }
      }
    }
  }

  clear(): void {
    this.texts.clear();
  }
}

/**
 * True when the change is text typed into a narrative field (not a select or flag): only then is
 * the full update worth postponing until typing pauses.
 */
export function isNarrativeTyping(
  change: WatchChange,
  narrative: readonly LocatedField[],
): boolean {
  for (const t of change.targets) {
    if (narrative.some((f) => f.el === t || f.el.contains(t))) return true;
  }
  return false;
}
