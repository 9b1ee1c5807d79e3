/** The outcome of every rule in domain/: allowed, or denied with a reason a person can read. */
export type Decision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

export const allow: Decision = Object.freeze({ allowed: true });

export function deny(reason: string): Decision {
  return { allowed: false, reason };
}

/** The first denial wins; allowed only when every rule allows. */
export function all(...decisions: readonly Decision[]): Decision {
  return decisions.find((d) => !d.allowed) ?? allow;
}
