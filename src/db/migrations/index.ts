import * as foundation from './0001-foundation.js';
import * as youthCases from './0002-youth-cases.js';
import * as directory from './0003-directory.js';
import * as referrals from './0004-referrals.js';
import * as directoryWords from './0005-directory-words.js';
import * as secondPerson from './0009-second-person.js';

export interface Migration {
  readonly name: string;
  readonly up: string;
}

/** Every migration, in the order they apply. Append only; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  youthCases,
  directory,
  referrals,
  directoryWords,
  secondPerson,
];
