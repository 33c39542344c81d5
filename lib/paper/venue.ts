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
  /** The venue's full name, as search also indexes it ("journal machine learning" finds JMLR). */
  fullName: string;
  /** Matches every spelling of the venue's name, the acronym included. */
  name: RegExp;
}

/**
 * A known venue, matched by its acronym and, unless `spellings` (a pattern) says otherwise, its
 * full name.
 */
function known(
  type: VenueType,
  acronym: string,
  fullName: string,
  spellings = fullName,
): KnownVenue {
  return { acronym, type, fullName, name: new RegExp(`\\b${acronym}\\b|${spellings}`, 'i') };
}
const conference = (acronym: string, fullName: string, spellings?: string) =>
  known('conference', acronym, fullName, spellings);
const journal = (acronym: string, fullName: string, spellings?: string) =>
  known('journal', acronym, fullName, spellings);

const ACL = 'Association for Computational Linguistics';

/**
 * The big venues of machine learning, language, vision and robotics, and the journals whose
 * names look like a conference's ("Proceedings of the National Academy of Sciences"). A listing
 * order that matters: the first that matches names the venue (the ACL's chapters before it).
 */
const KNOWN_VENUES: readonly KnownVenue[] = [
  conference('NAACL', `North American Chapter of the ${ACL}`),
  conference('EACL', `European Chapter of the ${ACL}`),
  conference('AACL', `Asia-Pacific Chapter of the ${ACL}`),
  journal(
    'TACL',
    `Transactions of the ${ACL}`,
    `transactions of the ${ACL}|trans\\. assoc\\. comput\\. linguistics`,
  ),
  conference('EMNLP', 'Empirical Methods in Natural Language Processing'),
  conference('COLING', 'International Conference on Computational Linguistics'),
  conference(
    'ACL',
    `Annual Meeting of the ${ACL}`,
    `annual meeting of the ${ACL}|findings of the ${ACL}`,
  ),
  // The journal, not the association: its name alone.
  journal('CL', 'Computational Linguistics', '^computational linguistics|^comput\\. linguistics'),
  conference(
    'NeurIPS',
    'Neural Information Processing Systems',
    '\\bnips\\b|neural information processing systems',
  ),
  conference('ICML', 'International Conference on Machine Learning'),
  conference(
    'ICLR',
    'International Conference on Learning Representations',
    'learning representations',
  ),
  conference('CVPR', 'Computer Vision and Pattern Recognition'),
  conference('ICCV', 'International Conference on Computer Vision'),
  conference('ECCV', 'European Conference on Computer Vision'),
  conference('AAAI', 'AAAI Conference on Artificial Intelligence'),
  conference('IJCAI', 'International Joint Conference on Artificial Intelligence'),
  conference('AISTATS', 'Artificial Intelligence and Statistics'),
  conference('COLT', 'Conference on Learning Theory'),
  conference('UAI', 'Uncertainty in Artificial Intelligence'),
  conference('KDD', 'Knowledge Discovery and Data Mining'),
  conference('CoRL', 'Conference on Robot Learning'),
  conference('COLM', 'Conference on Language Modeling'),
  conference('ICRA', 'International Conference on Robotics and Automation'),
  conference('IROS', 'Intelligent Robots and Systems'),
  conference('RSS', 'Robotics: Science and Systems'),
  conference('MICCAI', 'Medical Image Computing and Computer Assisted Intervention'),
  journal(
    'JMLR',
    'Journal of Machine Learning Research',
    'journal of machine learning research|j\\. mach\\. learn\\. res\\.',
  ),
  journal(
    'TMLR',
    'Transactions on Machine Learning Research',
    'transactions on machine learning research|trans\\. mach\\. learn\\. res\\.',
  ),
  journal(
    'TPAMI',
    'IEEE Transactions on Pattern Analysis and Machine Intelligence',
    'pattern analysis and machine intelligence|trans\\. pattern anal\\. mach\\. intell\\.',
  ),
  journal(
    'PNAS',
    'Proceedings of the National Academy of Sciences',
    'proceedings of the national academy of sciences|proc\\. natl\\. acad\\. sci\\.',
  ),
  journal(
    'PVLDB',
    'Proceedings of the VLDB Endowment',
    'proceedings of the vldb endowment|proc\\. vldb endow\\.',
  ),
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
 * The venue as search indexes it: its name, and the acronym and full name of a known venue it
 * spells ("J. Mach. Learn. Res. JMLR Journal of Machine Learning Research"), so that a search for
 * either finds every site's spelling.
 */
export function venueSearchText(venue: string): string {
  const known = knownVenue(venue);
  if (!known) return venue;
  const spelledOut = venue.toLowerCase().includes(known.fullName.toLowerCase());
  return spelledOut ? `${venue} ${known.acronym}` : `${venue} ${known.acronym} ${known.fullName}`;
}
