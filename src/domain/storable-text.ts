// Text PostgreSQL cannot store. Its text type refuses U+0000 (the request failed with a 500),
// and UTF-8 has no encoding for half a surrogate pair, which both drivers would silently turn
// into U+FFFD. Such input is found here, wherever it sits in a request, so the edge can refuse
// it by where it is, never by what it says.

/** A key of an object or an index of an array, from the root of a value. */
export type PathSegment = string | number;

export interface UnstorableText {
  /** Where the string is: for a key, the object holding it. */
  readonly path: readonly PathSegment[];
  /** The character is in a key (a field name) of the object at `path`, not in a value. */
  readonly inKey: boolean;
  /** The character as U+XXXX. */
  readonly codePoint: string;
  readonly kind: 'nul' | 'lone_surrogate';
  /** Its 1-based line when the string has several (a CSV file), else null. */
  readonly line: number | null;
}

// Without the u flag a regular expression sees UTF-16 code units, so a high surrogate not
// followed by a low one, or a low one not preceded by a high one, is found one unit at a time.
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what it looks for.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The index of the first character PostgreSQL cannot store, or -1. */
export function firstUnstorableIndex(text: string): number {
  return UNSTORABLE.exec(text)?.index ?? -1;
}

function describeAt(
  text: string,
  index: number,
): Pick<UnstorableText, 'codePoint' | 'kind' | 'line'> {
  const unit = text.charCodeAt(index);
  let line: number | null = null;
  if (text.includes('\n')) {
    line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
      line += 1;
    }
  }
  return {
    codePoint: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`,
    kind: unit === 0 ? 'nul' : 'lone_surrogate',
    line,
  };
}

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | null;
  readonly key: PathSegment | null;
}

function pathOf(frame: Frame): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Frame | null = frame; at !== null && at.key !== null; at = at.parent) {
    path.push(at.key);
  }
  return path.reverse();
}

/**
 * The first string or key that PostgreSQL cannot store in a parsed JSON value (or a query or
 * path parameter object), in document order; null when every one can be stored. Iterative: a
 * deeply nested body must not overflow the stack.
 */
export function findUnstorableText(value: unknown): UnstorableText | null {
  const stack: Frame[] = [{ value, parent: null, key: null }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const current = frame.value;
    if (typeof current === 'string') {
      const index = firstUnstorableIndex(current);
      if (index !== -1) return { path: pathOf(frame), inKey: false, ...describeAt(current, index) };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) {
        stack.push({ value: current[i] as unknown, parent: frame, key: i });
      }
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (const key of keys) {
        const index = firstUnstorableIndex(key);
        if (index !== -1) return { path: pathOf(frame), inKey: true, ...describeAt(key, index) };
      }
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i] as string;
        stack.push({ value: (current as Record<string, unknown>)[key], parent: frame, key });
      }
    }
  }
  return null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const LONGEST_KEY = 60;

const LONGEST_PATH = 16;

/**
 * A path as a person reads it: `people[0].givenName`, `files["services.csv"]`. Keys that are
 * not plain names are quoted, and cut at 60 characters, and a path deeper than 16 shows its
 * first and last 8 steps, so no input can fill a message.
 */
export function fieldPath(path: readonly PathSegment[]): string {
  const steps = path.map((segment, i) => {
    if (typeof segment === 'number') return `[${String(segment)}]`;
    const characters = Array.from(segment);
    if (characters.length <= LONGEST_KEY && IDENTIFIER.test(segment)) {
      return i === 0 ? segment : `.${segment}`;
    }
    const shown =
      characters.length > LONGEST_KEY ? `${characters.slice(0, LONGEST_KEY).join('')}…` : segment;
    return `[${JSON.stringify(shown)}]`;
  });
  if (steps.length <= LONGEST_PATH) return steps.join('');
  const half = LONGEST_PATH / 2;
  return `${steps.slice(0, half).join('')}…${steps.slice(-half).join('')}`;
}
