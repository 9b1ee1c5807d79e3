// Nicknames for the duplicate check (src/domain/name-match.ts): common Spanish and English short
// forms and the given names they stand for, so "Pepe Rivera" finds "José Rivera". Pure: no I/O.
import { normalizeName } from './verified-contacts.js';

/**
 * Common Spanish and English short forms and the given names they stand for. Written here, not
 * loaded: a county that needs more asks for them in code, with a test. A short form may stand for
 * several names (Beto: Alberto, Roberto, Humberto); two short forms of one name are related too
 * (Lupe, Lupita).
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  // Spanish
  Lupe: ['Guadalupe'],
  Lupita: ['Guadalupe'],
  Pepe: ['José'],
  Chepe: ['José'],
  Pepa: ['Josefa'],
  Pepita: ['Josefa'],
  Paco: ['Francisco'],
  Pancho: ['Francisco'],
  Paquita: ['Francisca'],
  Chuy: ['Jesús'],
  Chucho: ['Jesús'],
  Memo: ['Guillermo'],
  Nacho: ['Ignacio'],
  Lalo: ['Eduardo'],
  Beto: ['Alberto', 'Roberto', 'Humberto'],
  Toño: ['Antonio'],
  Toña: ['Antonia'],
  Quique: ['Enrique'],
  Kike: ['Enrique'],
  Rafa: ['Rafael'],
  Santi: ['Santiago'],
  Chela: ['Graciela', 'Marcela'],
  Chelo: ['Consuelo'],
  Lola: ['Dolores'],
  Lolita: ['Dolores'],
  Concha: ['Concepción'],
  Conchita: ['Concepción'],
  Charo: ['Rosario'],
  Chayo: ['Rosario'],
  Pili: ['Pilar'],
  Tere: ['Teresa'],
  Cata: ['Catalina'],
  Vero: ['Verónica'],
  Caro: ['Carolina'],
  Nati: ['Natalia'],
  Paty: ['Patricia'],
  Yoli: ['Yolanda'],
  Luchi: ['Lucía', 'Luz'],
  Mimi: ['María', 'Maya', 'Miriam', 'Noemí'],
  Gaby: ['Gabriela', 'Gabriel'],
  Dani: ['Daniela', 'Daniel'],
  Ale: ['Alejandra', 'Alejandro'],
  Fer: ['Fernanda', 'Fernando'],
  // English
  Liz: ['Elizabeth'],
  Lizzie: ['Elizabeth'],
  Beth: ['Elizabeth'],
  Betty: ['Elizabeth'],
  Kate: ['Katherine', 'Catherine', 'Kathryn'],
  Katie: ['Katherine', 'Catherine', 'Kathryn'],
  Kathy: ['Katherine', 'Catherine', 'Kathryn'],
  Cathy: ['Catherine', 'Katherine'],
  Jenny: ['Jennifer'],
  Jen: ['Jennifer'],
  Jess: ['Jessica'],
  Jessie: ['Jessica'],
  Maggie: ['Margaret'],
  Peggy: ['Margaret'],
  Becky: ['Rebecca'],
  Abby: ['Abigail'],
  Mandy: ['Amanda'],
  Vicky: ['Victoria'],
  Sam: ['Samantha', 'Samuel'],
  Alex: ['Alexandra', 'Alexander', 'Alejandra', 'Alejandro'],
  Chris: ['Christina', 'Christine', 'Christopher'],
  Tony: ['Anthony', 'Antonio'],
  Mike: ['Michael'],
  Will: ['William'],
  Billy: ['William'],
  Bobby: ['Robert'],
  Rob: ['Robert'],
  Jimmy: ['James'],
};

/** Normalized short form -> the normalized names it stands for. */
const STANDS_FOR: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(SHORT_FORMS).map(([short, names]) => [
    normalizeName(short),
    names.map((n) => normalizeName(n)),
  ]),
);

/** A word and the given names it may stand for. */
const formsOf = (word: string): readonly string[] => [word, ...(STANDS_FOR.get(word) ?? [])];

/** Whether two normalized words may name one person: a short form and its name, or two short forms of one name. */
export function sameNameByNickname(a: string, b: string): boolean {
  const forms = formsOf(a);
  return formsOf(b).some((f) => forms.includes(f));
}

/** Every word standing for one of the forms of `word`: what narrowing must look for. */
export function relatedForms(word: string): string[] {
  const forms = new Set(formsOf(word));
  const related = new Set(forms);
  for (const [short, names] of STANDS_FOR) {
    if (forms.has(short) || names.some((n) => forms.has(n))) {
      related.add(short);
      for (const n of names) related.add(n);
    }
  }
  return [...related];
}
