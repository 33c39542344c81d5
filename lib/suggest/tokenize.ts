/**
 * Text to terms for the suggestion model: lower-cased words with a light suffix stemmer, common
 * English and boilerplate research words dropped, plus the bigrams of neighbouring words, which
 * carry most of what names a topic ("federated learning", "model merging", "reward model").
 *
 * Deliberately small and dependency-free: it runs in the background worker over every card of a
 * listing (2,000 on a large arXiv page), so it must cost microseconds per abstract.
 */

/** Words that say nothing about a topic: function words and the phrasing of every abstract. */
const STOPWORDS = new Set(
  `a about above across after again against all almost along also although always am among an
and another any are around as at be because been before being below between both but by can
cannot could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers him his how however i if in into is it its itself
just less like made make makes many may might more most much must my neither no nor not now of
off often on once one only onto or other others our ours out over own per rather same she should
since so some such than that the their theirs them then there these they this those through thus
to too toward towards under until up upon us very via was we were what when where whether which
while who whom whose why will with within without would yet you your
abstract approach approaches based demonstrate demonstrates experiment experiments extensive
find finds first furthermore introduce introduces method methods moreover new novel paper
present presents propose proposed proposes result results show shows significantly state study
studies substantially two three use used uses using work works well wide widely`.split(/\s+/),
);

const MIN_WORD_LENGTH = 2;

/**
 * A tiny suffix stemmer: enough to make "merging", "merged" and "merge" one term, and plurals
 * singular, without Porter's tables. Stems only need to be consistent, not real words.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The words of `text` as stems, stopwords and bare numbers removed, in order. */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const result: string[] = [];
  for (const raw of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < MIN_WORD_LENGTH || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    result.push(stem(raw));
  }
  return result;
}

/** Unigrams and the bigrams of neighbouring kept words ("federat learn"). */
export function terms(text: string): string[] {
  const stems = words(text);
  const result = [...stems];
  for (let index = 1; index < stems.length; index += 1) {
    result.push(`${stems[index - 1]} ${stems[index]}`);
  }
  return result;
}
