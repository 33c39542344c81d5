/** Text helpers shared by the adapters: pages wrap, highlight and pad their text freely. */
import { PREPRINT_VENUE, type VenueType } from '../paper/fields';
import { monthOfName, yearMonth } from '../paper/months';
import { arxivIdOf, arxivIdOfAbsPath, canonicalId } from '../paper/paper-id';
import type { PaperCandidate } from '../paper/schemas';

/**
 * textContent with every run of whitespace (newlines from arXiv's wrapping too) as one space,
 * and typeset math read once, as TeX where the page keeps it (see mathAwareText).
 */
export function cleanText(node: Node | null | undefined): string {
  if (!node) return '';
  return normalizeSpace(hasTypesetMath(node) ? mathAwareText(node) : (node.textContent ?? ''));
}

/**
 * Every run of whitespace as one space, trimmed: `text.replace(/\s+/g, ' ').trim()`, but the
 * runs that already are one space are left alone (a test holds the two equal). On the 2,000
 * abstracts of an arXiv listing, that is a quarter of the time: most runs are single spaces.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/ \s+|[^\S ]\s*/g, ' ').trim();
}

/**
 * textContent of `node` without the children that match `skipSelector` (arXiv's "Title:"), with
 * typeset math read as cleanText reads it.
 */
export function textWithout(node: Element | null | undefined, skipSelector: string): string {
  if (!node) return '';
  let text = '';
  // A sibling walk, not for...of over childNodes: its iterator was a tenth of reading an arXiv
  // entry in a line-level profile.
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (element.matches(skipSelector)) continue;
      // Looked for in the children read, not the node: a raw arXiv title's only child element
      // is its skipped "Title:", so the 2,000 titles of a listing take no query at all.
      if (element.matches(TYPESET_MATH) || hasTypesetMath(element)) {
        return normalizeSpace(mathAwareText(node, skipSelector));
      }
    }
    text += child.textContent ?? '';
  }
  return normalizeSpace(text);
}

/*
 * Typeset math. arXiv runs MathJax 2.7 (HTML-CSS output) over its `.mathjax` titles and
 * abstracts after load, and a 2,000-entry listing is parsed in slices, so later entries are often
 * read after it ran. It turns `$\ell_1$` into a preview, the rendered glyphs ("ℓ1"), hidden
 * assistive MathML ("ℓ1" again) and a `<script type="math/tex">` holding the TeX: textContent
 * reads "ℓ1ℓ1\ell_1". Entries it has not reached yet are already split into a preview (the TeX)
 * and the script. MathJax 3 (OpenReview) keeps no TeX in the page: an `mjx-container` whose
 * glyphs are CSS content, with assistive MathML (`mjx-assistive-mml`) as its only text.
 */

/** What MathJax leaves in the DOM; a node without any is read with plain textContent. */
const TYPESET_MATH = 'script[type^="math/tex"], mjx-container';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * MathJax 2's renderings beside each math/tex script, all dropped for the script's TeX: preview
 * (`MathJax_Preview`), HTML-CSS (`MathJax`, `MathJax_Display`), SVG (`MathJax_SVG*`), CommonHTML
 * (`mjx-chtml`, `MJXc-display`), NativeMML (`MathJax_MathML`), fast preview (`MathJax_PHTML`,
 * `MJXp-display`), assistive MathML (`MJX_Assistive_MathML`). Case matters: arXiv's own
 * containers are `.mathjax`.
 */
const MATHJAX2_OUTPUT = /(?:^|\s)(?:MathJax|MJX|mjx-)/;

/**
 * One query, and only for nodes with child elements: a card's author links and a raw abstract
 * have none, so the 2,000 entries of an arXiv listing mostly skip even that.
 */
function hasTypesetMath(node: Node): boolean {
  const parent = node as Partial<ParentNode>;
  return parent.firstElementChild != null && parent.querySelector?.(TYPESET_MATH) != null;
}

/**
 * The text of `node` with math as the page wrote it: MathJax 2's TeX as `$…$` (`$$…$$` for
 * display math) in place of its renderings, MathJax 3's math once, from its assistive MathML.
 * Children (not deeper descendants) matching `skipSelector` are left out, as in textWithout.
 */
function mathAwareText(node: Node, skipSelector?: string): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      text += (child as CharacterData).data;
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (!skipSelector || !element.matches(skipSelector)) text += elementText(element);
    }
    // Comments and processing instructions: textContent leaves them out too.
  }
  return text;
}

function elementText(element: Element): string {
  const tag = element.localName;
  if (tag === 'script') {
    const type = element.getAttribute('type') ?? '';
    const tex = element.textContent ?? '';
    if (!type.startsWith('math/tex')) return tex;
    return type.includes('mode=display') ? `$$${tex}$$` : `$${tex}$`;
  }
  if (tag === 'mjx-container') {
    // MathJax 3.2 draws glyphs as CSS content, so the assistive MathML is the only text; a
    // version that writes glyphs as text still gets read once.
    return (element.querySelector('mjx-assistive-mml') ?? element).textContent ?? '';
  }
  if (MATHJAX2_OUTPUT.test(element.getAttribute('class') ?? '')) return '';
  return mathAwareText(element);
}

/**
 * A candidate's venue fields from the name a card shows, with its type when the page says it.
 * None for a blank name or a preprint server (PREPRINT_VENUE: dblp's CoRR, Semantic Scholar's
 * "arXiv.org", Scholar's "arXiv preprint arXiv:…"), which names no venue. The background drops
 * such a venue too (paperCandidateSchema), but would keep its type, and the message is smaller.
 */
export function venueFields(
  name: string | undefined,
  venueType?: VenueType,
): Pick<PaperCandidate, 'venue' | 'venueType'> {
  return name && !PREPRINT_VENUE.test(name) ? { venue: name, ...(venueType && { venueType }) } : {};
}

/** Absolute http(s) URL of `href` against the page, or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/*
 * arXiv links. Several sites list arXiv papers (Hugging Face keys its paper pages by arXiv id),
 * so the id grammar lives in one place: canonicalId knows every URL form.
 */

/**
 * Hrefs already read, by base URL and href. Adapters read a card's title link up to four
 * times a scan (finding the cards, their ids, the parse, the mount point): on a Hugging Face
 * listing each read was two URL parses. Bounded, since a long-lived page keeps rescanning.
 */
const arxivIdsOfHrefs = new Map<string, string | undefined>();
const MAX_REMEMBERED_HREFS = 10_000;

/** The arXiv id (no `arxiv:`, no version) an href points to, or undefined for anything else. */
export function arxivIdOfHref(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  // arXiv's own relative links, the common case, give the same id as the full parse below.
  const direct = base.hostname === 'arxiv.org' ? arxivIdOfAbsPath(href) : undefined;
  if (direct) return direct;
  const key = `${base.href} ${href}`;
  if (arxivIdsOfHrefs.has(key)) return arxivIdsOfHrefs.get(key);
  const url = absoluteUrl(href, base);
  const id = url ? canonicalId(url) : undefined;
  const arxivId = id ? arxivIdOf(id) : undefined;
  if (arxivIdsOfHrefs.size >= MAX_REMEMBERED_HREFS) arxivIdsOfHrefs.clear();
  arxivIdsOfHrefs.set(key, arxivId);
  return arxivId;
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/** Unversioned, so it always opens the latest version. */
export function arxivPdfUrl(arxivId: string): string {
  return `https://arxiv.org/pdf/${arxivId}`;
}

/*
 * Page metadata. Paper pages (arXiv abstracts, OpenReview forums) carry Highwire Press
 * `citation_*` meta tags for Google Scholar's indexer: the most stable facts a page offers.
 */

/** Contents of every `<meta name="...">` with this name, in document order, blanks skipped. */
export function metaContents(root: ParentNode, name: string): string[] {
  return [...root.querySelectorAll(`meta[name="${name}"]`)].flatMap((meta) => {
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    return content ? [content] : [];
  });
}

/** What a page's `citation_*` meta tags say about its paper. */
export interface CitationMeta {
  title?: string;
  /** As people write them ("First Last"); see personNameFromCitation. */
  authors: string[];
  abstract?: string;
  /**
   * The publication date, else the first version's, else the online date: YYYY-MM-DD, or YYYY-MM
   * and YYYY when the tag says no more (the ACL Anthology writes `2024/8`).
   */
  published?: string;
  pdfUrl?: string;
  doi?: string;
  /** `citation_arxiv_id` (arXiv and Semantic Scholar paper pages), as written. */
  arxivId?: string;
}

export function readCitationMeta(root: ParentNode, base: URL): CitationMeta {
  const first = (name: string) => metaContents(root, name)[0];
  const date =
    first('citation_publication_date') ?? first('citation_date') ?? first('citation_online_date');
  return {
    title: first('citation_title'),
    authors: metaContents(root, 'citation_author').map(personNameFromCitation),
    abstract: first('citation_abstract'),
    published: date ? publishedIn(date) : undefined,
    pdfUrl: absoluteUrl(first('citation_pdf_url'), base),
    doi: first('citation_doi'),
    arxivId: first('citation_arxiv_id'),
  };
}

const NAME_SUFFIX = /^(?:jr|sr|i{2,3}|iv)\.?$/i;

/**
 * A `citation_author` name as people write it: "Lovelace, Ada" -> "Ada Lovelace", with a
 * generational suffix kept last ("King, Jr., Martin" -> "Martin King Jr."). Names without a comma
 * (collaborations, mononyms) stay as written, and so does anything else this cannot be sure of.
 */
export function personNameFromCitation(name: string): string {
  const parts = normalizeSpace(name)
    .split(/\s*,\s*/)
    .filter(Boolean);
  const [family, second, third] = parts;
  if (parts.length === 2 && family && second) return `${second} ${family}`;
  if (parts.length === 3 && family && second && third) {
    if (NAME_SUFFIX.test(second)) return `${third} ${family} ${second}`;
    if (NAME_SUFFIX.test(third)) return `${second} ${family} ${third}`;
  }
  return parts.join(', ');
}

/**
 * The first calendar date in `text` as YYYY-MM-DD: "2026/07/13" (citation meta tags),
 * "2026-07-13", "13 July, 2026" (arXiv search) or "13 Jul 2026" (OpenReview). Undefined when
 * there is none or it is not a real date.
 */
export function isoDateIn(text: string): string | undefined {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const numeric = /\b(\d{4})[/-](\d{2})[/-](\d{2})(?!\d)/.exec(text);
  const written = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (numeric && (!written || numeric.index <= written.index)) {
    [year, month, day] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  } else if (written) {
    [year, month, day] = [Number(written[3]), monthOfName(written[2] ?? ''), Number(written[1])];
  }
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The publication date `text` states, as precisely as it states it: a full date as isoDateIn
 * finds it, else a month ("June 2017", "2024/8") as YYYY-MM, else a year as YYYY. A partial date
 * must be the whole text, so a number in prose is never taken for a year.
 */
export function publishedIn(text: string): string | undefined {
  const full = isoDateIn(text);
  if (full) return full;
  const trimmed = normalizeSpace(text);
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const numeric = /^(\d{4})[/-](\d{1,2})$/.exec(trimmed);
  const written = /^([A-Za-z]{3,9})\.?,?\s(\d{4})$/.exec(trimmed);
  const year = numeric?.[1] ?? written?.[2];
  const month = numeric ? Number(numeric[2]) : monthOfName(written?.[1] ?? '');
  if (!year || !month || month > 12) return undefined;
  return yearMonth(year, month);
}
