import * as foundation from './0001-foundation.js';

export interface Migration {
  readonly name: string;
  readonly up: string;
}

/** Every migration, in the order they apply. Append only; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [foundation];
