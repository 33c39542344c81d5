/**
 * Cite keys in the form people already type: first author's family name, year, first word of
 * the title (`lovelace2026bounds`, as Google Scholar writes them), ASCII only so that every
 * BibTeX and biblatex toolchain accepts them.
 *
 * Stable: keys are handed out in the order papers were saved, first come first served. A paper
 * gets its plain key unless an earlier paper holds it (as its own key or with a suffix), and then
 * the first free one of `a`, `b`, ... So a key does not change when the shelf grows: a newer paper
 * never takes a key from an older one. Only exporting a subset that leaves out the first of two
 * clashing papers can give the second the plain key.
 */
import type { Paper } from '../paper/schemas';
import { dateOfPaper, splitName } from './paper-fields';

/** Words a key never starts with: "On the ...", "Towards a ...". */
const STOP_WORDS = new Set(
  'a an the on of for in to with and or from by at via towards toward is are do does can how what when why we your our its as'.split(
    ' ',
  ),
);

const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Any character beyond ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uFFFF]/;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]/g;

/** Lower-case ASCII letters and digits only: `Schrödinger` -> `schrodinger`. */
export function asciiFold(text: string): string {
  const lower = text.toLowerCase();
  // Most words and names are ASCII: no marks to strip, no letters to fold, so no NFD either.
  if (!NON_ASCII.test(lower)) return lower.replace(NOT_ASCII_ALPHANUMERIC, '');
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (char) => FOLDED_LETTERS[char] ?? '')
    .replace(NOT_ASCII_ALPHANUMERIC, '');
}

/** The first word that says something: "On the Theory of X" -> "theory"; TeX math skipped. */
function firstSignificantWord(text: string): string {
  let firstWord = '';
  for (const raw of text.replace(/\$[^$]*\$/g, ' ').split(/[\s\-–—:/]+/)) {
    const word = asciiFold(raw);
    if (word && !STOP_WORDS.has(word)) return word;
    firstWord ||= word;
  }
  return firstWord;
}

function familyOfFirstAuthor(paper: Paper): string {
  const first = paper.authors[0];
  if (!first) return '';
  const parts = splitName(first);
  // "The ATLAS Collaboration" -> "atlas".
  return 'literal' in parts ? firstSignificantWord(parts.literal) : asciiFold(parts.family);
}

/** The key a paper gets when no other paper in the export claims it. */
export function baseCiteKey(paper: Paper): string {
  const year = dateOfPaper(paper)?.year ?? '';
  const key = `${familyOfFirstAuthor(paper)}${year}${firstSignificantWord(paper.title)}`;
  // A title and authors in a script with no ASCII folding (Chinese, Greek) leave only the year.
  return /[a-z]/.test(key) ? key : `${asciiFold(paper.id)}${year}`;
}

function letterSuffix(index: number): string {
  let suffix = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  }
  return suffix;
}

/** A unique key for every paper, by paper id. */
export function citeKeys(papers: readonly Paper[]): Map<string, string> {
  const bySaveOrder = [...papers].sort(
    (a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const taken = new Set<string>();
  const keys = new Map<string, string>();
  /** The next suffix to try per base: a thousand clashing papers stay linear. */
  const nextSuffix = new Map<string, number>();
  for (const paper of bySaveOrder) {
    const base = baseCiteKey(paper);
    let key = base;
    let n = nextSuffix.get(base) ?? 1;
    // Not reserving later papers' plain keys: "Dat B" (smith2024data, after "Dat A") would have
    // to give its key up to a paper "Data ..." saved after it.
    while (taken.has(key)) key = base + letterSuffix(n++);
    nextSuffix.set(base, n);
    taken.add(key);
    keys.set(paper.id, key);
  }
  return keys;
}
