/**
 * What a search box query becomes: the terms and their matching rules, without the index itself
 * (MiniSearch loads after the list has painted; the page knows before that whether a query
 * searches anything).
 *
 * Query cost is what a keystroke costs, so the query is shaped for it. The last term is the word
 * being typed: its first letters are not searched yet (one letter, or two after other words: they
 * would match nearly everything, or nothing), two letters alone match whole words only ("rl"; when
 * no paper has that word, they are the start of a longer one, and the list stays as it was),
 * three letters also start words of the title, authors, venue, tags and note, and from four letters it
 * is a prefix everywhere ("pro" would otherwise expand to half the abstract vocabulary).
 */
import type { Query } from 'minisearch';

export type SearchField = 'title' | 'authors' | 'venue' | 'abstract' | 'tags' | 'note';
export const FIELDS: SearchField[] = ['title', 'authors', 'venue', 'abstract', 'tags', 'note'];
const SHORT_FIELDS: SearchField[] = ['title', 'authors', 'venue', 'tags', 'note'];
/** A title hit says more than an abstract hit; a tag or note is the user's own word for it. */
export const BOOST: Partial<Record<SearchField, number>> = {
  title: 3,
  authors: 2,
  tags: 2,
  note: 2,
};
/** The word being typed matches as a prefix from this length, within SHORT_FIELDS... */
const SHORT_PREFIX_LENGTH = 3;
/** ...and in every field from this length. */
const FULL_PREFIX_LENGTH = 4;
/** From this length a term also matches with one typo (MiniSearch: fuzzy 0.2 × length). */
const FUZZY_LENGTH = 5;

/**
 * English function words: in nearly every abstract, so they rank nothing and only cost time and
 * memory. Kept short on purpose: "learning" or "model" are words someone may search for.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or our than that the their this to was we were which with'.split(
    ' ',
  ),
);

/** Lower case, and accents folded so that "schrodinger" finds "Schrödinger". */
export function normalizeTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  // normalize() is the slow part of indexing; ASCII (most terms) needs none.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, on purpose.
  return /[^\u0000-\u007f]/.test(lower)
    ? lower.normalize('NFD').replace(/\p{Diacritic}/gu, '')
    : lower;
}

/**
 * Between words: spaces and punctuation (MiniSearch's default), and the symbols titles write
 * their maths with, which Unicode files as symbols, not punctuation (`$` is a currency sign,
 * `^ ~ | < > = +` and the backquote are maths or modifier symbols): otherwise "$K$ Arms" is
 * indexed as `$k$` and "3-manifolds" misses "$3$-manifolds". `\ { } _` are punctuation already.
 */
const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}$^~|<>=+`]+/u;

/**
 * The words of a text, for the index (MiniSearch's `tokenize`) and for queries alike, so that a
 * query splits exactly as the papers did. One precompiled split: it runs over every abstract.
 * A text that ends between words ends with an empty string.
 */
export function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR);
}

/** The search terms of a query, and whether its last word is finished (a separator follows). */
function parseQuery(query: string): { terms: string[]; lastWordDone: boolean } {
  const words = tokenize(query);
  const terms = words
    .map((word) => (word ? normalizeTerm(word) : null))
    .filter((term): term is string => !!term);
  return { terms, lastWordDone: words.at(-1) === '' };
}

export function queryTerms(query: string): string[] {
  return parseQuery(query).terms;
}

/**
 * Two letters alone, still being typed: a whole word if some paper has it ("rl"), else only the
 * start of a longer word ("di" of "diffusion"), which searches nothing yet.
 */
export function isWordStart(query: string): boolean {
  const { terms, lastWordDone } = parseQuery(query);
  return terms.length === 1 && terms[0]?.length === 2 && !lastWordDone;
}

/** The MiniSearch query for what the user typed; undefined when it has no searchable term. */
export function buildQuery(query: string): Query | undefined {
  const { terms, lastWordDone } = parseQuery(query);
  // A trailing separator means the last word is finished.
  const typing = lastWordDone ? undefined : terms.pop();
  const queries: Query[] = terms.map((term) => ({
    queries: [term],
    prefix: term.length >= FULL_PREFIX_LENGTH,
    fuzzy: term.length >= FUZZY_LENGTH ? 0.2 : false,
  }));
  if (typing === undefined || typing.length < (terms.length > 0 ? 3 : 2)) {
    // The start of a word is not a search yet: "transformer di" is still "transformer".
  } else if (typing.length >= FULL_PREFIX_LENGTH) {
    queries.push({
      queries: [typing],
      prefix: true,
      fuzzy: typing.length >= FUZZY_LENGTH ? 0.2 : false,
    });
  } else if (typing.length >= SHORT_PREFIX_LENGTH) {
    // The exact word anywhere ("gan"), or a word of the title, authors, tags or note that
    // starts with what has been typed so far.
    queries.push({
      combineWith: 'OR',
      queries: [{ queries: [typing] }, { queries: [typing], prefix: true, fields: SHORT_FIELDS }],
    });
  } else {
    queries.push({ queries: [typing] });
  }
  return queries.length > 0 ? { combineWith: 'AND', queries } : undefined;
}
