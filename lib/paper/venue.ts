/**
 * What kind of venue a paper appeared in, for the exports' entry types. Pages and files that say
 * it (dblp's entry classes, BibTeX's `@inproceedings`, RIS's `CPAPER`) set `venueType`; a venue
 * named without it (Semantic Scholar's and Scholar's venue lines) is read by its words, as
 * reference managers do: proceedings and meetings are conferences, anything else a journal.
 */
import type { Paper, VenueType } from './schemas';

/**
 * Words that name a conference's proceedings. NeurIPS publishes as "Advances in Neural
 * Information Processing Systems" (Semantic Scholar: "Neural Information Processing Systems"),
 * which names no meeting; the abbreviations are the big conferences pages name by acronym.
 */
const CONFERENCE_WORDS = new RegExp(
  [
    String.raw`\bproc\.|\bconf\.|\b(?:proceedings|conference|workshops?|symposium|meeting|congress|colloquium|findings of`,
    // Conferences Semantic Scholar names in full without saying they are one.
    'neural information processing systems|computer vision and pattern recognition',
    'knowledge discovery and data mining|uncertainty in artificial intelligence',
    'robotics: science and systems|chapter of the association for computational linguistics',
    String.raw`neurips|nips|icml|iclr|aaai|ijcai|acl|naacl|eacl|emnlp|coling|cvpr|iccv|eccv|kdd|sigir|www|chi|interspeech|icassp)\b`,
  ].join('|'),
  'i',
);

/** The type of `paper.venue`: as stored, else read from the venue's name; none without a venue. */
export function venueTypeOf(paper: Pick<Paper, 'venue' | 'venueType'>): VenueType | undefined {
  if (!paper.venue) return undefined;
  return paper.venueType ?? (CONFERENCE_WORDS.test(paper.venue) ? 'conference' : 'journal');
}
