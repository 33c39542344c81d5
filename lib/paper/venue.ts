/**
 * What kind of venue a paper appeared in, for the exports' entry types, and the names a reader
 * searches it by. Pages and files that say the type (dblp's entry classes, BibTeX's
 * `@inproceedings`, RIS's `CPAPER`) set `venueType`; a venue named without it (Semantic Scholar's
 * and Scholar's venue lines, OpenReview's) is read by its name, as reference managers do.
 *
 * Sites name the same venue differently ("NeurIPS", "Neural Information Processing Systems",
 * "Advances in Neural Information Processing Systems"; "J. Mach. Learn. Res." for JMLR), so the
 * venues of the field are known by their acronym, their full name and dblp's abbreviation: a
 * search for "neurips" or "acl" finds every spelling, and each has its type.
 */
import type { Paper, VenueType } from './schemas';

interface KnownVenue {
  acronym: string;
  type: VenueType;
  /** Matches every spelling of the venue's name, the acronym included. */
  name: RegExp;
}

const conference = (acronym: string, fullName: string): KnownVenue => ({
  acronym,
  type: 'conference',
  name: new RegExp(`\\b${acronym}\\b|${fullName}`, 'i'),
});
const journal = (acronym: string, fullName: string): KnownVenue => ({
  ...conference(acronym, fullName),
  type: 'journal',
});

/**
 * The big venues of machine learning, language, vision and robotics, and the journals whose
 * names look like a conference's ("Proceedings of the National Academy of Sciences"). A listing
 * order that matters: the first that matches names the venue (the ACL's chapters before it).
 */
const KNOWN_VENUES: readonly KnownVenue[] = [
  conference('NAACL', 'north american chapter of the association for computational linguistics'),
  conference('EACL', 'european chapter of the association for computational linguistics'),
  conference('AACL', 'asia-pacific chapter of the association for computational linguistics'),
  journal(
    'TACL',
    'transactions of the association for computational linguistics|trans\\. assoc\\. comput\\. linguistics',
  ),
  conference('EMNLP', 'empirical methods in natural language processing'),
  conference('COLING', 'international conference on computational linguistics'),
  conference(
    'ACL',
    'annual meeting of the association for computational linguistics|findings of the association for computational linguistics',
  ),
  // The journal, not the association: its name alone.
  journal('CL', '^computational linguistics|^comput\\. linguistics'),
  conference('NeurIPS', '\\bnips\\b|neural information processing systems'),
  conference('ICML', 'international conference on machine learning'),
  conference(
    'ICLR',
    'international conference on learning representations|learning representations',
  ),
  conference('CVPR', 'computer vision and pattern recognition'),
  conference('ICCV', 'international conference on computer vision'),
  conference('ECCV', 'european conference on computer vision'),
  conference('AAAI', 'aaai conference on artificial intelligence'),
  conference('IJCAI', 'international joint conference on artificial intelligence'),
  conference('AISTATS', 'artificial intelligence and statistics'),
  conference('COLT', 'conference on learning theory'),
  conference('UAI', 'uncertainty in artificial intelligence'),
  conference('KDD', 'knowledge discovery and data mining'),
  conference('CoRL', 'conference on robot learning'),
  conference('COLM', 'conference on language modeling'),
  conference('ICRA', 'international conference on robotics and automation'),
  conference('IROS', 'intelligent robots and systems'),
  conference('RSS', 'robotics: science and systems'),
  journal('JMLR', 'journal of machine learning research|j\\. mach\\. learn\\. res\\.'),
  journal('TMLR', 'transactions on machine learning research|trans\\. mach\\. learn\\. res\\.'),
  journal(
    'TPAMI',
    'pattern analysis and machine intelligence|trans\\. pattern anal\\. mach\\. intell\\.',
  ),
  journal('PNAS', 'proceedings of the national academy of sciences|proc\\. natl\\. acad\\. sci\\.'),
  journal('PVLDB', 'proceedings of the vldb endowment|proc\\. vldb endow\\.'),
];

/**
 * Journals whose names start like a conference's proceedings: Proceedings of the IEEE, of the
 * Royal Society, the ACM's journals "Proceedings of the ACM on …" (Proc. ACM Program. Lang.).
 */
const JOURNAL_PROCEEDINGS =
  /^(?:proceedings of the (?:ieee|royal society|acm on)|proc\. (?:ieee|r\. soc|acm \w))/i;

/** Words that name a conference's proceedings, for the venues no list knows. */
const CONFERENCE_WORDS =
  /\bproc\.|\bconf\.|\b(?:proceedings|conference|workshops?|symposium|meeting|congress|colloquium)\b/i;

function knownVenue(venue: string): KnownVenue | undefined {
  return KNOWN_VENUES.find((known) => known.name.test(venue));
}

/** The type of `paper.venue`: as stored, else read from the venue's name; none without a venue. */
export function venueTypeOf(paper: Pick<Paper, 'venue' | 'venueType'>): VenueType | undefined {
  const { venue } = paper;
  if (!venue) return undefined;
  if (paper.venueType) return paper.venueType;
  const known = knownVenue(venue);
  if (known) return known.type;
  if (JOURNAL_PROCEEDINGS.test(venue)) return 'journal';
  return CONFERENCE_WORDS.test(venue) ? 'conference' : 'journal';
}

/** Whether two names name one known venue ("ACL (1)" and "Proceedings of the … Meeting of the ACL"). */
export function isSameKnownVenue(a: string, b: string): boolean {
  const known = knownVenue(a);
  return known !== undefined && known === knownVenue(b);
}

/**
 * The venue as search indexes it: its name, and the acronym of a known venue the name spells out
 * ("Annual Meeting of the Association for Computational Linguistics ACL"), so that a search for
 * the acronym finds every site's spelling.
 */
export function venueSearchText(venue: string): string {
  const known = knownVenue(venue);
  return known ? `${venue} ${known.acronym}` : venue;
}
