// What a server schema's output looks like once it has crossed the wire as JSON: dates are ISO
// strings, and nothing the screen receives is to be changed in place. The *-api.ts modules derive
// their shapes from the server's zod schemas through it, so a changed field cannot drift.
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? readonly Wire<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: Wire<T[K]> }
      : T;
