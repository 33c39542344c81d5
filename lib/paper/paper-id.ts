/**
 * Canonical paper ids: one string per paper, whatever site or URL form it was seen in.
 *
 *   arxiv:<id without version>   arxiv:2403.01234, arxiv:hep-th/9901001
 *   doi:<lower-cased DOI>        (10.48550/arXiv.<id> maps to arxiv:<id>)
 *   openreview:<forum id>  acl:<anthology id>  s2:<40-hex id>  dblp:<key>
 *   url:<normalized URL>         the last resort
 *
 * Id grammar from arXiv's own docs (https://info.arxiv.org/help/arxiv_identifier.html), as
 * summarised in shared/reference/site-markup.md.
 */

/** New-style arXiv id (2007+), capture 1 = id without version. */
const NEW_ARXIV = String.raw`(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v[1-9]\d*)?`;
/** Old-style arXiv id (archive[.subject]/YYMMNNN), capture 1 = id without version. */
const OLD_ARXIV = String.raw`([a-z]+(?:-[a-z]{2,})?(?:\.[A-Za-z-]{2,})?\/\d{7})(?:v[1-9]\d*)?`;

const BARE_ARXIV_RE = new RegExp(
  String.raw`^(?:arxiv:\s*)?(?:${NEW_ARXIV}|${OLD_ARXIV})(?:\.pdf)?$`,
  'i',
);
const ARXIV_DOI_RE = new RegExp(String.raw`^10\.48550\/arxiv\.(?:${NEW_ARXIV}|${OLD_ARXIV})$`, 'i');
/** Path of every arXiv-keyed URL form: /abs/<id>, /pdf/<id>[.pdf], /html/<id>, /papers/<id>. */
const ARXIV_PATH_RE = new RegExp(
  String.raw`^\/(?:abs|pdf|html|papers)\/(?:${NEW_ARXIV}|${OLD_ARXIV})(?:\.pdf)?\/?$`,
);
/** Hosts without `www.` (canonicalIdFromUrl drops it). */
const ARXIV_HOSTS = new Set([
  'arxiv.org',
  'export.arxiv.org',
  'ar5iv.labs.arxiv.org',
  'ar5iv.org',
  'alphaxiv.org',
  'huggingface.co',
]);
const DOI_RE = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
const ACL_ID_RE = /^(?:[A-Z]\d{2}-\d{4}|\d{4}\.[\w]+-[\w]+\.\d+)$/;
const S2_ID_RE = /^[0-9a-f]{40}$/i;
/** Query parameters that only track where a click came from; they never identify a paper. */
const TRACKING_PARAMS = /^(utm_\w+|ref|ref_src|fbclid|gclid|mc_cid|mc_eid)$/i;

/** `/abs/<new-style id>[vN]`, how arXiv's own pages link each entry. */
const ABS_PATH_RE = new RegExp(String.raw`^\/abs\/${NEW_ARXIV}$`);

/**
 * The id (without version) of a link arXiv's pages write as `/abs/2607.01234v2`, read without
 * parsing a URL: a 2,000-entry listing has 2,000 of them. Anything else: undefined.
 */
export function arxivIdOfAbsPath(href: string): string | undefined {
  return ABS_PATH_RE.exec(href)?.[1];
}

/** Canonical id of a bare arXiv id (`2403.01234v2`, `arXiv:hep-th/9901001`), else undefined. */
export function arxivIdFrom(text: string): string | undefined {
  const match = BARE_ARXIV_RE.exec(text.trim());
  if (!match) return undefined;
  const newStyle = match[1];
  const oldStyle = match[2];
  return newStyle ?? (oldStyle ? normalizeOldArxiv(oldStyle) : undefined);
}

/**
 * `math.GT/0309136` -> `math/0309136`: the subject class is not part of the identifier (arXiv's
 * preferred external form of `math.CA/0611800v2` is `arXiv:math/0611800v2`, see
 * https://info.arxiv.org/help/arxiv_identifier_for_services.html), and the arXiv DOI of an old
 * paper is lower-cased with the rest of the DOI, so keeping the class would split one paper in two.
 */
function normalizeOldArxiv(id: string): string {
  const [archive = '', number = ''] = id.split('/');
  const dot = archive.indexOf('.');
  const name = dot === -1 ? archive : archive.slice(0, dot);
  return `${name.toLowerCase()}/${number}`;
}

/**
 * Lower-cased DOI without resolver prefix. Trailing punctuation from prose is dropped, and so is
 * a trailing slash (`https://doi.org/10.1000/xyz/`): DOIs practically never end in either, and
 * dropping them whatever the DOI was written in keeps `doi:<DOI>` its own canonical id (landingUrl
 * writes it back as a doi.org URL). What is left must still be a DOI.
 */
function doiFrom(text: string): string | undefined {
  const doi = DOI_RE.exec(
    decodeFully(text)
      .replace(/[\s.,;/]+$/, '')
      .trim(),
  )?.[1];
  return doi?.toLowerCase();
}

/**
 * `text` percent-decoded until nothing is left to decode, so that a canonical DOI decodes to
 * itself (`a%2541` -> `a%41` -> `aa` at once, not one step per call of canonicalId).
 */
function decodeFully(text: string): string {
  let decoded = text;
  for (;;) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      // A stray % is part of some DOIs; keep it as written.
      return decoded;
    }
    if (next === decoded) return decoded;
    decoded = next;
  }
}

function canonicalFromDoi(doi: string): string {
  const arxiv = ARXIV_DOI_RE.exec(doi);
  if (arxiv) {
    const id = arxiv[1] ?? (arxiv[2] ? normalizeOldArxiv(arxiv[2]) : undefined);
    if (id) return `arxiv:${id}`;
  }
  return `doi:${doi}`;
}

/** Any URL, DOI or "arXiv:..." string to a canonical id, or undefined when it names no paper. */
export function canonicalId(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;

  const already = /^(arxiv|doi|openreview|acl|s2|dblp|url):(.+)$/.exec(text);
  if (already?.[2]) {
    const [, scheme, rest] = already;
    if (scheme === 'arxiv') return canonicalId(rest);
    if (scheme === 'doi') return canonicalId(rest);
    if (scheme === 'url') return canonicalId(rest);
    if (!/^\S+$/.test(rest)) return undefined;
    // Semantic Scholar ids are hex, written in either case (their URLs are read case-blind).
    if (scheme === 's2' && S2_ID_RE.test(rest)) return `s2:${rest.toLowerCase()}`;
    if (scheme === 'acl') return `acl:${anthologyIdCase(rest)}`;
    // The other schemes have no grammar to check here, but an id never holds whitespace.
    return text;
  }

  const arxiv = arxivIdFrom(text);
  if (arxiv) return `arxiv:${arxiv}`;

  const doi = doiFrom(text);
  if (doi) return canonicalFromDoi(doi);

  if (ACL_ID_RE.test(text)) return `acl:${anthologyIdCase(text)}`;
  if (S2_ID_RE.test(text)) return `s2:${text.toLowerCase()}`;

  const url = parseUrl(text);
  return url ? canonicalIdFromUrl(url) : undefined;
}

/**
 * An Anthology id in the case the Anthology writes it (https://aclanthology.org/info/ids/): the
 * collection letter of an old-style id is a capital (`P19-1001`), the venue code of a new-style
 * id is lower-case (`2024.acl-long.1`). Volume names and anything else are kept as written: the
 * Anthology documents no case for them.
 */
function anthologyIdCase(id: string): string {
  if (/^[a-z]\d{2}-\d{4}$/i.test(id)) return id.toUpperCase();
  const newStyle = /^(\d{4}\.)(\w+)(-\w+\.\d+)$/.exec(id);
  return newStyle ? `${newStyle[1]}${newStyle[2]?.toLowerCase()}${newStyle[3]}` : id;
}

function parseUrl(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function canonicalIdFromUrl(url: URL): string | undefined {
  // Without `www.`, as normalizeUrl writes the url: fallback: otherwise the fallback of
  // www.openreview.net/forum?id=X would be url:https://openreview.net/forum?id=X, whose own
  // canonical id is openreview:X, and the background refuses an id that is not its canonical id.
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // One trailing slash at most: the rules below allow one, and the url: fallback drops them all.
  const path = decodeSafely(url.pathname).replace(/(.)\/+$/, '$1/');

  if (ARXIV_HOSTS.has(host)) {
    const match = ARXIV_PATH_RE.exec(path);
    const id = match?.[1] ?? (match?.[2] ? normalizeOldArxiv(match[2]) : undefined);
    if (id) return `arxiv:${id}`;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const doi = doiFrom(path.slice(1));
    if (doi) return canonicalFromDoi(doi);
  }
  if (host === 'openreview.net') {
    const forum = url.searchParams.get('id');
    // A submission's PDF is /pdf?id=<forum> or /attachment?id=<forum>&name=pdf.
    const isPdf = path === '/attachment' && url.searchParams.get('name') === 'pdf';
    if (forum && (/^\/(forum|pdf)\/?$/.test(path) || isPdf)) return `openreview:${forum}`;
  }
  if (host === 'aclanthology.org' || host === 'aclweb.org') {
    // Revised PDFs carry the revision: 2024.acl-long.1v2.pdf is still 2024.acl-long.1.
    const match = /^\/(?:anthology\/)?([^/]+?)(?:(?:v\d+)?\.pdf|\.bib)?\/?$/.exec(path);
    if (match?.[1] && ACL_ID_RE.test(match[1])) return `acl:${anthologyIdCase(match[1])}`;
  }
  if (host === 'semanticscholar.org') {
    const match = /\/paper\/(?:[^/]+\/)?([0-9a-f]{40})\/?$/i.exec(path);
    if (match?.[1]) return `s2:${match[1].toLowerCase()}`;
  }
  if (host === 'dblp.org' || host === 'dblp.uni-trier.de') {
    const match = /^\/rec\/(.+?)(?:\.html|\.bib|\.xml)?$/.exec(path);
    if (match?.[1]) return `dblp:${match[1]}`;
  }
  const publisherDoi = doiOfPublisherUrl(host, path, url.searchParams);
  if (publisherDoi) return canonicalFromDoi(publisherDoi);
  // IEEE Xplore shows one article at /document/<n>, /abstract/document/<n> and /document/<n>/.
  if (host === 'ieeexplore.ieee.org') {
    const article = /^\/(?:abstract\/|stamp\/)?document\/(\d+)\/?$/.exec(path);
    if (article?.[1]) return `url:https://ieeexplore.ieee.org/document/${article[1]}`;
  }
  return `url:${normalizeUrl(url)}`;
}

/**
 * The DOI a publisher's landing or PDF page names, as Google Scholar and dblp link them: the DOI
 * in the path (ACM, Springer, Wiley, Science, T&F, bioRxiv, IOP), in a query parameter (PLOS), or
 * implied by the article slug (Nature, whose DOIs are 10.1038/<slug>).
 */
function doiOfPublisherUrl(host: string, path: string, query: URLSearchParams): string | undefined {
  const doiInPath = /\/(10\.\d{4,9}\/[^?#\s]+)$/.exec(path)?.[1];
  if (doiInPath) {
    let doi = doiInPath
      .replace(/\/+$/, '')
      .replace(/\/(?:full|abstract|pdf|epdf)$/i, '')
      .replace(/\.pdf$/i, '');
    // IOP shows an article's abstract at /article/<DOI>/meta, its accepted manuscript at /ampdf.
    if (host === 'iopscience.iop.org') doi = doi.replace(/\/(?:meta|ampdf)$/i, '');
    // bioRxiv and medRxiv append the version and view: 10.1101/2020.01.01.123456v2.full.pdf
    if (/(^|\.)(biorxiv|medrxiv)\.org$/.test(host)) {
      doi = doi.replace(/v\d+(?:\.(?:full|abstract|supplementary-material)(?:\.pdf)?)?$/i, '');
    }
    const found = doiFrom(doi);
    if (found) return found;
  }
  for (const key of ['doi', 'id']) {
    const value = query.get(key);
    const found = value && /^10\.\d{4,9}\//.test(value) ? doiFrom(value) : undefined;
    if (found) return found;
  }
  if (host === 'nature.com') {
    const slug = /^\/articles\/([a-z]+[\w.-]*\d)(?:\.pdf)?\/?$/i.exec(path)?.[1];
    if (slug) return doiFrom(`10.1038/${slug}`);
  }
  return undefined;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** https, no www., no fragment, no tracking parameters, sorted query, no trailing slash. */
export function normalizeUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.protocol = 'https:';
  copy.hostname = copy.hostname.toLowerCase().replace(/^www\./, '');
  copy.hash = '';
  for (const key of [...copy.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) copy.searchParams.delete(key);
  }
  copy.searchParams.sort();
  // Every trailing slash, not just one: `/a//` and `/a` must not take two calls to agree.
  copy.pathname = copy.pathname.replace(/\/+$/, '') || '/';
  return copy.href.replace(/\/\?/, '?');
}

/** Canonical ids of every input that names a paper, first seen first, without repeats. */
export function canonicalIds(inputs: Iterable<string | undefined | null>): string[] {
  const ids = new Set<string>();
  for (const input of inputs) {
    const id = input ? canonicalId(input) : undefined;
    if (id) ids.add(id);
  }
  return [...ids];
}

/**
 * How strongly an id names a paper, strongest first: the record is keyed by the strongest id it
 * is known by, so an arXiv id outlives a DOI, and both outlive the URL a paper was first seen at.
 */
const ID_STRENGTH = ['arxiv:', 'doi:', 'openreview:', 'acl:', 's2:', 'dblp:', 'url:'];

export function idStrength(id: string): number {
  const rank = ID_STRENGTH.findIndex((prefix) => id.startsWith(prefix));
  return rank === -1 ? ID_STRENGTH.length : rank;
}

/** `ids` without repeats, strongest first (ties keep their order). */
export function byStrength(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => idStrength(a) - idStrength(b));
}

/** The strongest of `ids`, or '' when there are none. */
export function preferredId(ids: Iterable<string>): string {
  return byStrength(ids)[0] ?? '';
}

/**
 * A card that shows several ids (an arXiv PDF next to a publisher DOI) as a candidate's `id` and
 * `aliases`: the strongest names it, the others let a record saved elsewhere find it.
 */
export function identityOf(ids: Iterable<string>): { id: string; aliases?: string[] } | undefined {
  const [id, ...aliases] = byStrength(ids);
  if (!id) return undefined;
  return aliases.length ? { id, aliases } : { id };
}

/** Every id a candidate (or an identity) carries, its own id first, then its aliases. */
export function candidateIds(candidate: { id: string; aliases?: string[] }): string[] {
  return [candidate.id, ...(candidate.aliases ?? [])];
}

/** The canonical ids of one paper, its id first, as a candidate carries them (id, aliases). */
export function idsOf(...inputs: string[]): string[] | undefined {
  const identity = identityOf(canonicalIds(inputs));
  return identity ? candidateIds(identity) : undefined;
}

/** The arXiv id (without prefix) of a canonical id, when it is one. */
export function arxivIdOf(id: string): string | undefined {
  return id.startsWith('arxiv:') ? id.slice('arxiv:'.length) : undefined;
}

/** The page a canonical id stands for: where an imported paper without a URL links to. */
export function landingUrl(id: string): string | undefined {
  const colon = id.indexOf(':');
  const scheme = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (!rest) return undefined;
  switch (scheme) {
    case 'arxiv':
      return `https://arxiv.org/abs/${rest}`;
    case 'doi':
      return `https://doi.org/${rest}`;
    case 'openreview':
      return `https://openreview.net/forum?id=${encodeURIComponent(rest)}`;
    case 'acl':
      return `https://aclanthology.org/${rest}/`;
    case 's2':
      return `https://www.semanticscholar.org/paper/${rest}`;
    case 'dblp':
      return `https://dblp.org/rec/${rest}`;
    case 'url':
      return /^https?:\/\//.test(rest) ? rest : undefined;
    default:
      return undefined;
  }
}
