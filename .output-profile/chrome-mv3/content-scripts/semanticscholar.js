(function() {
	// node_modules/wxt/dist/utils/define-content-script.mjs
	function defineContentScript(definition) {
		return definition;
	}
	// lib/paper/paper-id.ts
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
	var NEW_ARXIV = String.raw`(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v[1-9]\d*)?`;
	/** Old-style arXiv id (archive[.subject]/YYMMNNN), capture 1 = id without version. */
	var OLD_ARXIV = String.raw`([a-z]+(?:-[a-z]{2,})?(?:\.[A-Za-z-]{2,})?\/\d{7})(?:v[1-9]\d*)?`;
	var BARE_ARXIV_RE = new RegExp(String.raw`^(?:arxiv:\s*)?(?:${NEW_ARXIV}|${OLD_ARXIV})(?:\.pdf)?$`, "i");
	var ARXIV_DOI_RE = new RegExp(String.raw`^10\.48550\/arxiv\.(?:${NEW_ARXIV}|${OLD_ARXIV})$`, "i");
	/** Path of every arXiv-keyed URL form: /abs/<id>, /pdf/<id>[.pdf], /html/<id>, /papers/<id>. */
	var ARXIV_PATH_RE = new RegExp(String.raw`^\/(?:abs|pdf|html|papers)\/(?:${NEW_ARXIV}|${OLD_ARXIV})(?:\.pdf)?\/?$`);
	var ARXIV_HOSTS = /* @__PURE__ */ new Set([
		"arxiv.org",
		"www.arxiv.org",
		"export.arxiv.org",
		"ar5iv.labs.arxiv.org",
		"ar5iv.org",
		"alphaxiv.org",
		"www.alphaxiv.org",
		"huggingface.co"
	]);
	var DOI_RE = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
	var ACL_ID_RE = /^(?:[A-Z]\d{2}-\d{4}|\d{4}\.[\w]+-[\w]+\.\d+)$/;
	var S2_ID_RE = /^[0-9a-f]{40}$/i;
	/** Query parameters that only track where a click came from; they never identify a paper. */
	var TRACKING_PARAMS = /^(utm_\w+|ref|ref_src|fbclid|gclid|mc_cid|mc_eid)$/i;
	/** Canonical id of a bare arXiv id (`2403.01234v2`, `arXiv:hep-th/9901001`), else undefined. */
	function arxivIdFrom(text) {
		const match = BARE_ARXIV_RE.exec(text.trim());
		if (!match) return void 0;
		const newStyle = match[1];
		const oldStyle = match[2];
		return newStyle ?? (oldStyle ? normalizeOldArxiv(oldStyle) : void 0);
	}
	/**
	* `math.GT/0309136` -> `math/0309136`: the subject class is not part of the identifier (arXiv's
	* preferred external form of `math.CA/0611800v2` is `arXiv:math/0611800v2`, see
	* https://info.arxiv.org/help/arxiv_identifier_for_services.html), and the arXiv DOI of an old
	* paper is lower-cased with the rest of the DOI, so keeping the class would split one paper in two.
	*/
	function normalizeOldArxiv(id) {
		const [archive = "", number = ""] = id.split("/");
		const dot = archive.indexOf(".");
		return `${(dot === -1 ? archive : archive.slice(0, dot)).toLowerCase()}/${number}`;
	}
	/** Lower-cased DOI without resolver prefix; trailing punctuation from prose is dropped. */
	function doiFrom(text) {
		const match = DOI_RE.exec(text.trim());
		if (!match?.[1]) return void 0;
		let doi = match[1];
		try {
			doi = decodeURIComponent(doi);
		} catch {}
		return doi.replace(/[.,;]+$/, "").toLowerCase();
	}
	function canonicalFromDoi(doi) {
		const arxiv = ARXIV_DOI_RE.exec(doi);
		if (arxiv) {
			const id = arxiv[1] ?? (arxiv[2] ? normalizeOldArxiv(arxiv[2]) : void 0);
			if (id) return `arxiv:${id}`;
		}
		return `doi:${doi}`;
	}
	/** Any URL, DOI or "arXiv:..." string to a canonical id, or undefined when it names no paper. */
	function canonicalId(input) {
		const text = input.trim();
		if (!text) return void 0;
		const already = /^(arxiv|doi|openreview|acl|s2|dblp|url):(.+)$/.exec(text);
		if (already?.[2]) {
			const [, scheme, rest] = already;
			if (scheme === "arxiv") return canonicalId(rest);
			if (scheme === "doi") return canonicalId(rest);
			if (scheme === "url") return canonicalId(rest);
			return /^\S+$/.test(rest) ? text : void 0;
		}
		const arxiv = arxivIdFrom(text);
		if (arxiv) return `arxiv:${arxiv}`;
		const doi = doiFrom(text);
		if (doi) return canonicalFromDoi(doi);
		if (ACL_ID_RE.test(text)) return `acl:${text}`;
		if (S2_ID_RE.test(text)) return `s2:${text.toLowerCase()}`;
		const url = parseUrl(text);
		return url ? canonicalIdFromUrl(url) : void 0;
	}
	function parseUrl(text) {
		if (!/^https?:\/\//i.test(text)) return void 0;
		try {
			return new URL(text);
		} catch {
			return;
		}
	}
	function canonicalIdFromUrl(url) {
		const host = url.hostname.toLowerCase();
		const path = decodeSafely(url.pathname);
		if (ARXIV_HOSTS.has(host)) {
			const match = ARXIV_PATH_RE.exec(path);
			const id = match?.[1] ?? (match?.[2] ? normalizeOldArxiv(match[2]) : void 0);
			if (id) return `arxiv:${id}`;
		}
		if (host === "doi.org" || host === "dx.doi.org") {
			const doi = doiFrom(path.slice(1));
			if (doi) return canonicalFromDoi(doi);
		}
		if (host === "openreview.net") {
			const forum = url.searchParams.get("id");
			const isPdf = path === "/attachment" && url.searchParams.get("name") === "pdf";
			if (forum && (/^\/(forum|pdf)\/?$/.test(path) || isPdf)) return `openreview:${forum}`;
		}
		if (host === "aclanthology.org" || host === "www.aclweb.org") {
			const match = /^\/(?:anthology\/)?([^/]+?)(?:(?:v\d+)?\.pdf|\.bib)?\/?$/.exec(path);
			if (match?.[1] && ACL_ID_RE.test(match[1])) return `acl:${match[1]}`;
		}
		if (host === "www.semanticscholar.org" || host === "semanticscholar.org") {
			const match = /\/paper\/(?:[^/]+\/)?([0-9a-f]{40})\/?$/i.exec(path);
			if (match?.[1]) return `s2:${match[1].toLowerCase()}`;
		}
		if (host === "dblp.org" || host === "dblp.uni-trier.de") {
			const match = /^\/rec\/(.+?)(?:\.html|\.bib|\.xml)?$/.exec(path);
			if (match?.[1]) return `dblp:${match[1]}`;
		}
		const publisherDoi = doiOfPublisherUrl(host, path, url.searchParams);
		if (publisherDoi) return canonicalFromDoi(publisherDoi);
		if (host === "ieeexplore.ieee.org") {
			const article = /^\/(?:abstract\/|stamp\/)?document\/(\d+)\/?$/.exec(path);
			if (article?.[1]) return `url:https://ieeexplore.ieee.org/document/${article[1]}`;
		}
		return `url:${normalizeUrl(url)}`;
	}
	/**
	* The DOI a publisher's landing or PDF page names, as Google Scholar and dblp link them: the DOI
	* in the path (ACM, Springer, Wiley, Science, T&F, bioRxiv), in a query parameter (PLOS), or
	* implied by the article slug (Nature, whose DOIs are 10.1038/<slug>).
	*/
	function doiOfPublisherUrl(host, path, query) {
		const doiInPath = /\/(10\.\d{4,9}\/[^?#\s]+)$/.exec(path)?.[1];
		if (doiInPath) {
			let doi = doiInPath.replace(/\/(?:full|abstract|pdf|epdf)$/i, "").replace(/\.pdf$/i, "");
			if (/(^|\.)(biorxiv|medrxiv)\.org$/.test(host)) doi = doi.replace(/v\d+(?:\.(?:full|abstract|supplementary-material)(?:\.pdf)?)?$/i, "");
			const found = doiFrom(doi);
			if (found) return found;
		}
		for (const key of ["doi", "id"]) {
			const value = query.get(key);
			const found = value && /^10\.\d{4,9}\//.test(value) ? doiFrom(value) : void 0;
			if (found) return found;
		}
		if (host === "www.nature.com" || host === "nature.com") {
			const slug = /^\/articles\/([a-z]+[\w.-]*\d)(?:\.pdf)?\/?$/i.exec(path)?.[1];
			if (slug) return doiFrom(`10.1038/${slug}`);
		}
	}
	function decodeSafely(path) {
		try {
			return decodeURIComponent(path);
		} catch {
			return path;
		}
	}
	/** https, no www., no fragment, no tracking parameters, sorted query, no trailing slash. */
	function normalizeUrl(url) {
		const copy = new URL(url.href);
		copy.protocol = "https:";
		copy.hostname = copy.hostname.toLowerCase().replace(/^www\./, "");
		copy.hash = "";
		for (const key of [...copy.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) copy.searchParams.delete(key);
		copy.searchParams.sort();
		let text = copy.href;
		if (copy.pathname.length > 1 && text.endsWith("/")) text = text.slice(0, -1);
		return text.replace(/\/\?/, "?");
	}
	/** Canonical ids of every input that names a paper, first seen first, without repeats. */
	function canonicalIds(inputs) {
		const ids = /* @__PURE__ */ new Set();
		for (const input of inputs) {
			const id = input ? canonicalId(input) : void 0;
			if (id) ids.add(id);
		}
		return [...ids];
	}
	/**
	* How strongly an id names a paper, strongest first: the record is keyed by the strongest id it
	* is known by, so an arXiv id outlives a DOI, and both outlive the URL a paper was first seen at.
	*/
	var ID_STRENGTH = [
		"arxiv:",
		"doi:",
		"openreview:",
		"acl:",
		"s2:",
		"dblp:",
		"url:"
	];
	function idStrength(id) {
		const rank = ID_STRENGTH.findIndex((prefix) => id.startsWith(prefix));
		return rank === -1 ? ID_STRENGTH.length : rank;
	}
	/** `ids` without repeats, strongest first (ties keep their order). */
	function byStrength(ids) {
		return [...new Set(ids)].sort((a, b) => idStrength(a) - idStrength(b));
	}
	/**
	* A card that shows several ids (an arXiv PDF next to a publisher DOI) as a candidate's `id` and
	* `aliases`: the strongest names it, the others let a record saved elsewhere find it.
	*/
	function identityOf(ids) {
		const [id, ...aliases] = byStrength(ids);
		if (!id) return void 0;
		return aliases.length ? {
			id,
			aliases
		} : { id };
	}
	/** The arXiv id (without prefix) of a canonical id, when it is one. */
	function arxivIdOf(id) {
		return id.startsWith("arxiv:") ? id.slice(6) : void 0;
	}
	// lib/sites/dom-text.ts
	/** Text helpers shared by the adapters: pages wrap, highlight and pad their text freely. */
	/** textContent with every run of whitespace (newlines from arXiv's wrapping too) as one space. */
	function cleanText(node) {
		return normalizeSpace(node?.textContent ?? "");
	}
	function normalizeSpace(text) {
		return text.replace(/\s+/g, " ").trim();
	}
	/** Absolute http(s) URL of `href` against the page, or undefined. */
	function absoluteUrl(href, base) {
		if (!href) return void 0;
		try {
			const url = new URL(href, base);
			return url.protocol === "http:" || url.protocol === "https:" ? url.href : void 0;
		} catch {
			return;
		}
	}
	/** The arXiv id (no `arxiv:`, no version) an href points to, or undefined for anything else. */
	function arxivIdOfHref(href, base) {
		const url = absoluteUrl(href, base);
		const id = url ? canonicalId(url) : void 0;
		return id ? arxivIdOf(id) : void 0;
	}
	/** Unversioned, so it always opens the latest version. */
	function arxivPdfUrl(arxivId) {
		return `https://arxiv.org/pdf/${arxivId}`;
	}
	/** Contents of every `<meta name="...">` with this name, in document order, blanks skipped. */
	function metaContents(root, name) {
		return [...root.querySelectorAll(`meta[name="${name}"]`)].flatMap((meta) => {
			const content = normalizeSpace(meta.getAttribute("content") ?? "");
			return content ? [content] : [];
		});
	}
	function readCitationMeta(root, base) {
		const first = (name) => metaContents(root, name)[0];
		const date = first("citation_publication_date") ?? first("citation_date") ?? first("citation_online_date");
		return {
			title: first("citation_title"),
			authors: metaContents(root, "citation_author").map(personNameFromCitation),
			abstract: first("citation_abstract"),
			published: date ? publishedIn(date) : void 0,
			pdfUrl: absoluteUrl(first("citation_pdf_url"), base),
			doi: first("citation_doi"),
			arxivId: first("citation_arxiv_id")
		};
	}
	var NAME_SUFFIX = /^(?:jr|sr|i{2,3}|iv)\.?$/i;
	/**
	* A `citation_author` name as people write it: "Lovelace, Ada" -> "Ada Lovelace", with a
	* generational suffix kept last ("King, Jr., Martin" -> "Martin King Jr."). Names without a comma
	* (collaborations, mononyms) stay as written, and so does anything else this cannot be sure of.
	*/
	function personNameFromCitation(name) {
		const parts = normalizeSpace(name).split(/\s*,\s*/).filter(Boolean);
		const [family, second, third] = parts;
		if (parts.length === 2 && family && second) return `${second} ${family}`;
		if (parts.length === 3 && family && second && third) {
			if (NAME_SUFFIX.test(second)) return `${third} ${family} ${second}`;
			if (NAME_SUFFIX.test(third)) return `${second} ${family} ${third}`;
		}
		return parts.join(", ");
	}
	var MONTHS = [
		"january",
		"february",
		"march",
		"april",
		"may",
		"june",
		"july",
		"august",
		"september",
		"october",
		"november",
		"december"
	];
	/** 1-12 for a month name written in full or as its first three letters ("Jul", "July"). */
	function monthNumber(name) {
		const lower = name.toLowerCase();
		const index = MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower);
		return index === -1 ? void 0 : index + 1;
	}
	/**
	* The first calendar date in `text` as YYYY-MM-DD: "2026/07/13" (citation meta tags),
	* "2026-07-13", "13 July, 2026" (arXiv search) or "13 Jul 2026" (OpenReview). Undefined when
	* there is none or it is not a real date.
	*/
	function isoDateIn(text) {
		let year;
		let month;
		let day;
		const numeric = /\b(\d{4})[/-](\d{2})[/-](\d{2})(?!\d)/.exec(text);
		const written = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
		if (numeric && (!written || numeric.index <= written.index)) [year, month, day] = [
			Number(numeric[1]),
			Number(numeric[2]),
			Number(numeric[3])
		];
		else if (written) [year, month, day] = [
			Number(written[3]),
			monthNumber(written[2] ?? ""),
			Number(written[1])
		];
		if (year === void 0 || month === void 0 || day === void 0) return void 0;
		const date = new Date(Date.UTC(year, month - 1, day));
		if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return void 0;
		return date.toISOString().slice(0, 10);
	}
	/**
	* The publication date `text` states, as precisely as it states it: a full date as isoDateIn
	* finds it, else a month ("June 2017", "2024/8") as YYYY-MM, else a year as YYYY. A partial date
	* must be the whole text, so a number in prose is never taken for a year.
	*/
	function publishedIn(text) {
		const full = isoDateIn(text);
		if (full) return full;
		const trimmed = normalizeSpace(text);
		if (/^\d{4}$/.test(trimmed)) return trimmed;
		const numeric = /^(\d{4})[/-](\d{1,2})$/.exec(trimmed);
		const written = /^([A-Za-z]{3,9})\.?,?\s(\d{4})$/.exec(trimmed);
		const year = numeric?.[1] ?? written?.[2];
		const month = numeric ? Number(numeric[2]) : monthNumber(written?.[1] ?? "");
		if (!year || !month || month > 12) return void 0;
		return `${year}-${String(month).padStart(2, "0")}`;
	}
	// lib/sites/types.ts
	/** Declares an adapter with its context type checked against its own functions. */
	function defineSiteAdapter(adapter) {
		return adapter;
	}
	// lib/sites/semanticscholar.ts
	/**
	* Semantic Scholar: search results (`/search?q=`) and paper pages (`/paper/<slug>/<40-hex id>`).
	* Markup notes: shared/reference/site-markup.md ("Semantic Scholar"). A React app: results and
	* paging re-render without a reload, so everything here is read from the DOM as it is when a scan
	* runs, and the page session rescans on mutations and URL changes.
	*
	* Identity: a card names its paper by the Semantic Scholar id of its title link. When the card
	* also links the arXiv version, the arXiv id becomes the card's `id` and `s2:<hex>` an alias, so
	* that the same paper saved on Hugging Face or arXiv shows as saved here: `id` is always the
	* strongest id the card shows, in the order the database keys records by (arXiv, DOI, S2).
	*
	* The TLDR (`.tldr-abstract-replacement`) is not stored as the abstract: it is a one-sentence
	* summary written by Semantic Scholar's model, not the authors' abstract, and the database keeps
	* the first abstract it is given, so a TLDR saved here would keep the real abstract (from arXiv,
	* Hugging Face or this site's paper page) out of the record and out of every export.
	*/
	var S2_ORIGIN = new URL("https://www.semanticscholar.org");
	/** `/paper/<slug>/<id>`, or `/paper/<id>` as links from elsewhere write it. */
	var PAPER_PATH = /^\/paper\/(?:[^/]+\/)?[0-9a-f]{40}\/?$/i;
	function onSemanticScholar(url) {
		return url.protocol === "https:" && url.hostname === S2_ORIGIN.hostname;
	}
	/** The paper rows of search results and of a paper page's citations and references. */
	var ROW = "div.cl-paper-row";
	var TITLE_LINK = "a[data-test-id=\"title-link\"]";
	var ARXIV_LINK = "a[data-heap-link-type=\"arxiv\"]";
	/** The paper page's own title; the header around it is the card of the page's paper. */
	var PAGE_TITLE = "h1[data-test-id=\"paper-detail-title\"]";
	/** The row's title link and the Semantic Scholar id it points to. */
	function titleLinkOf(row) {
		const link = row.querySelector(TITLE_LINK);
		const url = absoluteUrl(link?.getAttribute("href"), S2_ORIGIN);
		if (!link || !url) return void 0;
		const [s2Id] = canonicalIds([url]);
		return s2Id?.startsWith("s2:") ? {
			link,
			s2Id,
			url
		} : void 0;
	}
	function s2IdOfPage(url) {
		const [id] = canonicalIds([new URL(url.pathname, S2_ORIGIN).href]);
		return id?.startsWith("s2:") ? id : void 0;
	}
	function parseRow(row) {
		const titleLink = titleLinkOf(row);
		if (!titleLink) return void 0;
		const { link, s2Id, url } = titleLink;
		const title = cleanText(link.querySelector("h2.cl-paper-title") ?? link);
		const arxivId = arxivIdOfHref(row.querySelector(ARXIV_LINK)?.getAttribute("href"), S2_ORIGIN);
		const ids = identityOf(canonicalIds([arxivId && `arxiv:${arxivId}`, s2Id]));
		if (!title || !ids) return void 0;
		const authors = [...row.querySelectorAll("a.cl-paper-authors__author-link")].map(cleanText).filter(Boolean);
		const published = publishedIn(cleanText(row.querySelector(".cl-paper-pubdates")));
		return {
			...ids,
			title,
			authors,
			url,
			site: "semanticscholar",
			...arxivId && { pdfUrl: arxivPdfUrl(arxivId) },
			...published && { published }
		};
	}
	/**
	* The paper page's own card, from its `citation_*` meta tags. A client-side move from one paper
	* to another renders the new title before the head is updated: meta tags that name another title
	* are stale, and then only what the page shows (title, the id in the URL) is used.
	*/
	function parsePaperHeader(header, meta, url) {
		const title = cleanText(header.querySelector(PAGE_TITLE));
		const s2Id = s2IdOfPage(url);
		if (!title || !s2Id) return void 0;
		const page = meta.title?.toLowerCase() === title.toLowerCase() ? meta : { authors: [] };
		const ids = identityOf(canonicalIds([
			page.arxivId && `arXiv:${page.arxivId}`,
			page.doi && `doi:${page.doi}`,
			s2Id
		]));
		if (!ids) return void 0;
		const arxivId = arxivIdOf(ids.id);
		const pdfUrl = page.pdfUrl ?? (arxivId && arxivPdfUrl(arxivId));
		return {
			...ids,
			title,
			authors: page.authors,
			url: new URL(url.pathname, S2_ORIGIN).href,
			site: "semanticscholar",
			...page.abstract && { abstract: page.abstract },
			...pdfUrl && { pdfUrl },
			...page.published && { published: page.published }
		};
	}
	var semanticscholarAdapter = defineSiteAdapter({
		id: "semanticscholar",
		name: "Semantic Scholar",
		matches: ["https://www.semanticscholar.org/*"],
		paperLinks: ["https://www.semanticscholar.org/paper/*"],
		pageTypes: {
			search: (url) => onSemanticScholar(url) && /^\/search\/?$/.test(url.pathname) && Boolean(url.searchParams.get("q")?.trim()),
			paper: (url) => onSemanticScholar(url) && PAPER_PATH.test(url.pathname)
		},
		testUrls: {
			search: [
				"https://www.semanticscholar.org/search?q=reward%20model%20overfitting&sort=relevance",
				"https://www.semanticscholar.org/search?q=preference+data&sort=relevance&page=2",
				"https://www.semanticscholar.org/search/?q=scaling&year%5B0%5D=2024&year%5B1%5D=2026"
			],
			paper: [
				"https://www.semanticscholar.org/paper/When-Do-Reward-Models-Overfit-A-Scaling-Study-of-Mbeki-Mbeki/3f1c0d6b2a9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a",
				"https://www.semanticscholar.org/paper/3f1c0d6b2a9e8f7c6b5a4d3e2f1a0b9c8d7e6f5a",
				"https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776?utm_source=direct_link#citing-papers"
			]
		},
		readPage: (url, root) => readCitationMeta(root, url),
		findCards(root) {
			const header = root.querySelector(PAGE_TITLE)?.parentElement;
			const rows = [...root.querySelectorAll(ROW)].filter((row) => titleLinkOf(row) !== void 0);
			return header ? [header, ...rows] : rows;
		},
		parseCard: (card, meta, url) => card.matches(ROW) ? parseRow(card) : parsePaperHeader(card, meta, url),
		mountPoint(card) {
			const title = card.matches(ROW) ? titleLinkOf(card)?.link : card.querySelector(PAGE_TITLE);
			const parent = title?.parentElement;
			return title && parent ? {
				parent,
				before: title.nextSibling
			} : void 0;
		}
	});
	// node_modules/@aklinker1/zero-serialize-error/dist/index.mjs
	var e$2 = `string`;
	var t$2 = `object`;
	function n$1(n) {
		return n != null && typeof n === t$2 && typeof n.name === e$2 && typeof n.message === e$2 && typeof n.stack === e$2;
	}
	function r$2(e) {
		if (typeof e !== t$2 || e == null) return e;
		if (e instanceof Error) return {
			name: e.name,
			message: e.message,
			stack: e.stack ?? ``,
			...e.cause ? { cause: r$2(e.cause) } : {},
			...r$2({ ...e })
		};
		if (Array.isArray(e)) {
			let t = [];
			for (let n of e) t.push(r$2(n));
			return t;
		}
		let n = Object.create(null);
		for (let [t, i] of Object.entries(e)) n[t] = r$2(i);
		return n;
	}
	function i$2(e) {
		if (n$1(e)) {
			let t = Error(e.message, e.cause ? { cause: i$2(e.cause) } : void 0);
			t.name = e.name, t.stack = e.stack;
			for (let [n, r] of Object.entries(e)) n !== `name` && n !== `message` && n !== `stack` && n !== `cause` && (t[n] = r);
			return t;
		}
		if (e == null || typeof e !== t$2) return e;
		if (Array.isArray(e)) {
			let t = [];
			for (let n of e) t.push(i$2(n));
			return t;
		}
		let r = Object.create(null);
		for (let [t, n] of Object.entries(e)) r[t] = i$2(n);
		return r;
	}
	// node_modules/@webext-core/messaging/dist/generic-67DrFc4U.mjs
	function defineGenericMessanging(config) {
		let removeRootListener;
		let perTypeListeners = {};
		function cleanupRootListener() {
			if (Object.entries(perTypeListeners).length === 0) {
				removeRootListener?.();
				removeRootListener = void 0;
			}
		}
		let idSeq = Math.floor(Math.random() * 1e4);
		function getNextId() {
			return idSeq++;
		}
		return {
			async sendMessage(type, data, ...args) {
				const _message = {
					id: getNextId(),
					type,
					data,
					timestamp: Date.now()
				};
				const message = await config.verifyMessageData?.(_message) ?? _message;
				config.logger?.debug(`[messaging] sendMessage {id=${message.id}} ─ᐅ`, message, ...args);
				const { res, err } = await config.sendMessage(message, ...args) ?? { err: /* @__PURE__ */ new Error("No response") };
				config.logger?.debug(`[messaging] sendMessage {id=${message.id}} ᐊ─`, {
					res,
					err
				});
				if (err != null) throw i$2(err);
				return res;
			},
			onMessage(type, onReceived) {
				if (removeRootListener == null) {
					config.logger?.debug(`[messaging] "${type}" initialized the message listener for this context`);
					removeRootListener = config.addRootListener((message) => {
						if (typeof message.type != "string" || typeof message.timestamp !== "number") if (config.throwOnUnknownMessageFormat) {
							const err = Error(`[messaging] Unknown message format, must include the 'type' & 'timestamp' fields, received: ${JSON.stringify(message)}`);
							config.logger?.error(err);
							throw err;
						} else return;
						config?.logger?.debug("[messaging] Received message", message);
						const listener = perTypeListeners[message.type];
						if (listener == null) return;
						return (async () => {
							try {
								const raw = await listener(message);
								const res = config.verifyMessageData?.(raw) ?? raw;
								config?.logger?.debug(`[messaging] onMessage {id=${message.id}} ─ᐅ`, { res });
								return { res };
							} catch (err) {
								config?.logger?.debug(`[messaging] onMessage {id=${message.id}} ─ᐅ`, { err });
								return { err: r$2(err) };
							}
						})();
					});
				}
				if (perTypeListeners[type] != null) {
					const err = Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
					config.logger?.error(err);
					throw err;
				}
				perTypeListeners[type] = onReceived;
				config.logger?.log(`[messaging] Added listener for ${type}`);
				return () => {
					delete perTypeListeners[type];
					cleanupRootListener();
				};
			},
			removeAllListeners() {
				Object.keys(perTypeListeners).forEach((type) => {
					delete perTypeListeners[type];
				});
				cleanupRootListener();
			}
		};
	}
	// node_modules/@webext-core/messaging/dist/index.mjs
	/**
	* Returns an `ExtensionMessenger` that is backed by the `browser.runtime.sendMessage` and
	* `browser.tabs.sendMessage` APIs.
	*
	* It can be used to send messages to and from the background page/service worker.
	*/
	function defineExtensionMessaging(config) {
		return defineGenericMessanging({
			...config,
			sendMessage(message, arg) {
				if (arg == null) return new Promise((resolve, reject) => chrome.runtime.sendMessage(message, (response) => {
					if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
					else resolve(response);
				}));
				const options = typeof arg === "number" ? { tabId: arg } : arg;
				return new Promise((res) => chrome.tabs.sendMessage(options.tabId, message, options.frameId != null ? { frameId: options.frameId } : void 0, res));
			},
			addRootListener(processMessage) {
				const listener = (message, sender, sendResponse) => {
					const res = processMessage(typeof message === "object" ? {
						...message,
						sender
					} : message);
					if (res instanceof Promise) {
						res.then(sendResponse);
						return true;
					}
					return false;
				};
				chrome.runtime.onMessage.addListener(listener);
				return () => chrome.runtime.onMessage.removeListener(listener);
			}
		});
	}
	// lib/messaging/protocol.ts
	/**
	* Every message between the content script, the extension pages and the background, in one
	* ProtocolMap (names verbNoun, one object argument). The background parses each payload with
	* its zod schema (./schemas.ts) before it touches the database: the types say what a
	* well-behaved sender sends, the schemas say what a page that got hold of the content script
	* can send. Only types come from ./schemas.ts, so the content script bundle carries no zod.
	*/
	var { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging({ logger: void 0 });
	// lib/paper/fields.ts
	/**
	* The plain facts the schemas of ./schemas.ts are built from: site ids, statuses, length bounds
	* and field patterns. No zod here, on purpose: the content script needs these on every listing
	* page and must stay small (content script ≤ 25 KB gzip, bench/README.md), so it imports this
	* module and ./sanitize.ts, never the schemas; every message it sends is checked with the zod
	* schemas in the background.
	*
	* The length bounds are generous for real papers (the longest arXiv abstracts are under 2,000
	* characters; ATLAS papers list ~3,000 authors) but keep one hostile page from filling the disk.
	*/
	var SITE_IDS = [
		"huggingface",
		"arxiv",
		"openreview",
		"scholar",
		"semanticscholar",
		"acl",
		"dblp",
		"imported"
	];
	var LIMITS = {
		idLength: 512,
		aliases: 16,
		titleLength: 2e3,
		authors: 5e3,
		authorLength: 300,
		abstractLength: 2e4,
		urlLength: 4096,
		tagLength: 64,
		tagsPerPaper: 64,
		noteLength: 1e5,
		idsPerLookup: 5e3,
		rulePatternLength: 1e3
	};
	/** `arxiv:2607.01234`, `doi:10.1145/...`: the canonical ids of shared/DESIGN.md. */
	var PAPER_ID_PATTERN = /^(arxiv|doi|openreview|acl|s2|dblp|url):\S+$/;
	var HTTP_URL_PATTERN = /^https?:\/\//i;
	/** Publication dates as YYYY-MM-DD, YYYY-MM or YYYY. */
	var PUBLISHED_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
	/** An arXiv category as arXiv spells it: `cs.LG`, `hep-th`, `astro-ph.CO`, `cond-mat.stat-mech`. */
	var ARXIV_CATEGORY = /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[a-z]+)?)?$/;
	var PAPER_STATUSES = [
		"to-read",
		"reading",
		"read"
	];
	var STATUS_LABELS = {
		"to-read": "To read",
		reading: "Reading",
		read: "Read"
	};
	/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
	var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
	/** C0 and C1 control characters, except tab and line feed (\r is turned into \n first). */
	var CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
	/** Anything cleanControlCharacters changes: controls but tab and LF, CR, surrogates (even paired). */
	var MAY_NEED_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/;
	/** Vertical tab and form feed separate words: they become spaces, not nothing. */
	var SPACE_LIKE_CONTROL = /[\u000B\u000C]/g;
	/**
	* Text without control characters (tab and line feed kept; CR and CRLF become LF) or unpaired
	* surrogates, which IndexedDB stores but UTF-8 exports and downloads cannot encode.
	*/
	function cleanControlCharacters(text) {
		if (!MAY_NEED_CLEANING.test(text)) return text;
		return text.replace(LONE_SURROGATE, "").replace(/\r\n?/g, "\n").replace(SPACE_LIKE_CONTROL, " ").replace(CONTROL, "");
	}
	var graphemes;
	/** The largest index ≤ `index` that does not split a user-perceived character (👨‍👩‍👧, 🇯🇵, é). */
	function graphemeBoundaryAtOrBefore(text, index) {
		graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
		return graphemes.segment(text).containing(index)?.index ?? index;
	}
	/**
	* `text` cleaned (see cleanControlCharacters) and at most `maxLength` UTF-16 code units long:
	* longer text is cut at a character boundary and ends with an ellipsis.
	*/
	function clampText(text, maxLength) {
		const clean = cleanControlCharacters(text);
		if (clean.length <= maxLength) return clean;
		if (maxLength < 1) return "";
		const keep = graphemeBoundaryAtOrBefore(clean, maxLength - 1);
		return `${clean.slice(0, keep).trimEnd()}…`;
	}
	var isString = (value) => typeof value === "string";
	/** Titles and names are one line: what removing controls left of their spacing is one space. */
	function clampLine(text, maxLength) {
		return clampText(cleanControlCharacters(text).replace(/\s+/g, " ").trim(), maxLength);
	}
	/**
	* A candidate whose page-derived fields fit the schema's bounds: text clamped (clampText; titles
	* and author names also kept on one line), the author list and aliases cut to their maximum
	* count, an over-long PDF link dropped. Fields of the wrong type are left alone for the schema
	* to reject; ids and the landing URL are never changed, since a cut id would name another paper.
	*/
	function clampCandidate(candidate) {
		const clamped = { ...candidate };
		if (isString(candidate.title)) clamped.title = clampLine(candidate.title, LIMITS.titleLength);
		if (Array.isArray(candidate.authors)) clamped.authors = candidate.authors.slice(0, LIMITS.authors).map((author) => isString(author) ? clampLine(author, LIMITS.authorLength) : author);
		if (isString(candidate.abstract)) clamped.abstract = clampText(candidate.abstract, LIMITS.abstractLength);
		if (Array.isArray(candidate.aliases)) clamped.aliases = candidate.aliases.slice(0, LIMITS.aliases);
		if (isString(candidate.pdfUrl) && candidate.pdfUrl.length > LIMITS.urlLength) delete clamped.pdfUrl;
		return clamped;
	}
	var isPaperId = (value) => isString(value) && value.length <= LIMITS.idLength && PAPER_ID_PATTERN.test(value);
	var isHttpUrl = (value) => isString(value) && value.length <= LIMITS.urlLength && HTTP_URL_PATTERN.test(value);
	var SITES = new Set(SITE_IDS);
	/**
	* What an adapter read off a card, made storable (clampCandidate), or undefined when the card
	* cannot be saved at all: no canonical id, no title left, no http(s) link, an unknown site.
	* Optional fields that would not pass the schema (a `javascript:` PDF link, a date in another
	* format, an alias that is not an id, an author that is not text) are left out rather than
	* costing the card its Save button; fields the schema does not know are not carried along.
	*/
	function storableCandidate(candidate) {
		if (!candidate || typeof candidate !== "object") return void 0;
		const clamped = clampCandidate(candidate);
		const { id, title, url, site } = clamped;
		if (!isPaperId(id) || !isString(title) || !title || !isHttpUrl(url)) return void 0;
		if (!isString(site) || !SITES.has(site)) return void 0;
		const storable = {
			id,
			title,
			authors: Array.isArray(clamped.authors) ? clamped.authors.filter(isString) : [],
			url,
			site
		};
		if (Array.isArray(clamped.aliases)) storable.aliases = clamped.aliases.filter(isPaperId);
		if (isString(clamped.abstract)) storable.abstract = clamped.abstract;
		if (isHttpUrl(clamped.pdfUrl)) storable.pdfUrl = clamped.pdfUrl;
		if (isString(clamped.published) && PUBLISHED_DATE_PATTERN.test(clamped.published)) storable.published = clamped.published;
		const category = clamped.primaryCategory;
		if (isString(category) && category.length <= 32 && ARXIV_CATEGORY.test(category)) storable.primaryCategory = category;
		return storable;
	}
	// lib/sites/adapter-match.ts
	/**
	* One adapter at work on one page, without the registry: each site's content script carries only
	* its own adapter (entrypoints/<site>.content.ts), so nothing here may import lib/sites/index.ts,
	* which imports them all.
	*/
	/** The page type `adapter` sees at `url`, or undefined when it has nothing to do there. */
	function matchPage(adapter, url) {
		for (const [pageType, accepts] of Object.entries(adapter.pageTypes)) if (accepts(url)) return {
			adapter,
			pageType
		};
	}
	/**
	* parseCard, made storable (lib/paper/sanitize.ts: a 100,000-character abstract still gets a
	* Save button), and a throwing adapter or a card with nothing storable (no id, no title) turned
	* into a skipped card: one malformed card never stops the others.
	*/
	function parseCardSafely(adapter, card, context, url) {
		try {
			const candidate = adapter.parseCard(card, context, url);
			if (!candidate) return void 0;
			return storableCandidate(candidate);
		} catch {
			return;
		}
	}
	// lib/messaging/revision.ts
	/** True when `incoming` is older than `known` (states without a revision are never older). */
	function isOlderState(incoming, known) {
		return incoming.revision !== void 0 && known?.revision !== void 0 && incoming.revision < known.revision;
	}
	// node_modules/preact/dist/preact.mjs
	var n;
	var t$1;
	var u$2;
	var i$1;
	var f$2;
	var o$2;
	var e$1;
	var l$1;
	var c$1;
	var a$2;
	var h$1 = Symbol.for("pv");
	var p$1 = {};
	var y$1 = [];
	var v$1 = /^m(i|n|o|s|text|space)$/;
	var w$1 = Array.isArray;
	var d$1 = y$1.slice;
	var _$1 = Object.assign;
	function g$1(n) {
		n && n.parentNode && n.remove();
	}
	function k$1(n, t, r) {
		var u, i, f, o = {}, e = arguments.length;
		for (f in t) "key" == f ? u = t[f] : "ref" == f && "function" != typeof n ? i = t[f] : o[f] = t[f];
		return e > 2 && (o.children = e > 3 ? d$1.call(arguments, 2) : r), m$1(n, o, u, i, null);
	}
	function m$1(r, u, i, f, o) {
		var e = {
			type: r,
			props: u,
			key: i,
			ref: f,
			__k: null,
			__: null,
			__b: 0,
			__e: null,
			__c: null,
			constructor: h$1,
			__v: o || ++t$1,
			__i: -1,
			__u: 0
		};
		return !o && n.vnode && n.vnode(e), e;
	}
	function $(n) {
		return n.children;
	}
	function x(n, t) {
		this.props = n, this.context = t, this.__g = 0;
	}
	function S(n, t) {
		if (null == t) return n.__ && S(n.__, n.__i + 1);
		for (var r; t < n.__k.length; t++) if ((r = n.__k[t]) && r.__e) return r.__e;
		return "function" != typeof n.type || n.props.__P ? null : S(n);
	}
	function C$1(t) {
		var r, u = t.__v, i = u.__e, f = [], o = [], e = t.__P;
		e && ((r = _$1({ constructor: h$1 }, u)).__v = u.__v + 1, n.vnode && n.vnode(r), z$1(e, r, u, t.__n, e.namespaceURI, 32 & u.__u ? [i] : null, f, i || S(u), 32 & u.__u, o), r.__v = u.__v, r.__.__k[r.__i] = r, E$1(f, r, o), u.__ = u.__e = null, r.__e != i && j(r));
	}
	function j(n) {
		if ((n = n.__) && n.__c && !n.props.__P) return n.__e = null, n.__k.some(function(t) {
			return t && (n.__e = t.__e);
		}), j(n);
	}
	function L(t) {
		(8 & t.__g || (t.__g |= 8, u$2.push(t), f$2++)) && i$1 == n.debounceRendering || ((i$1 = n.debounceRendering) || queueMicrotask)(H);
	}
	function H() {
		try {
			for (var n, t = 1; u$2.length;) u$2.length > t && u$2.sort(o$2), n = u$2.shift(), t = u$2.length, 8 & n.__g && C$1(n);
		} finally {
			(f$2 = u$2.length) && (i$1 || queueMicrotask)(H);
		}
	}
	function I(n, t, r, u, i, f, o, e, l, c, a) {
		var s, h, v, w, d, _, g = u.__k || y$1, k = t.length;
		for (l = q(r, t, g, l, k), s = 0; s < k; s++) null != (v = r.__k[s]) && (h = ~v.__i && g[v.__i] || p$1, v.__i = s, _ = z$1(n, v, h, i, f, o, e, l, c, a), w = v.__e, (h.ref != v.ref || 8 & h.__u) && (h.ref && G$1(h.ref, null, v, h), v.ref && a.push(v.ref, v.__c || w, v)), d = d || w, 4 & v.__u ? (l = A$1(v, l, n, !h.__v), h.__e && (h.__e = null)) : "function" == typeof v.type && void 0 !== _ ? l = _ : w && (l = w.nextSibling), v.__u &= -21);
		return r.__e = d, l;
	}
	function q(n, t, r, u, i) {
		var f, o, e, l, c, a, s, p, y, v = r.length, d = v, _ = 0, g = 0, k = n.__k = Array(i);
		for (f = 0; f < i; f++) null != (o = t[f]) && "boolean" != typeof o && "function" != typeof o ? ("object" != typeof o || o.constructor === String ? o = k[f] = m$1(null, o) : w$1(o) ? o = k[f] = m$1($, { children: o }) : o.constructor === h$1 && o.__b ? o = k[f] = m$1(o.type, o.props, o.key, o.ref, o.__v) : k[f] = o, l = f + _, o.__ = n, o.__b = n.__b + 1, e = null, ~(c = o.__i = P$1(o, r, l, d)) && (d--, (e = r[c]) && (e.__u |= 2)), e && e.__v ? (o.__u |= 16, c == l - 1 ? _-- : c == l + 1 ? _++ : c != l && (c > l ? _-- : _++, g = 1)) : (~c || (i > v ? _-- : i < v && _++), "function" != typeof o.type && (o.__u |= 4))) : k[f] = null;
		if (g) {
			for (a = [], s = [], f = 0; f < i; f++) if ((o = k[f]) && 16 & o.__u) {
				for (_ = 0, p = a.length; _ < p;) a[y = _ + p >> 1] < o.__i ? _ = y + 1 : p = y;
				a[_] = o.__i, s[f] = _ + 1;
			}
			for (_ = a.length; f--;) s[f] && (s[f] == _ ? _-- : k[f].__u |= 4);
		}
		if (d) for (f = 0; f < v; f++) !(e = r[f]) || 2 & e.__u || (e.__e == u && (u = S(e)), J(e, e));
		return u;
	}
	function A$1(n, t, r, u) {
		var i, f, o, e;
		if ("function" == typeof n.type) {
			if (n.props.__P) return t;
			if (i = n.__k) for (f = 0; f < i.length; f++) i[f] && (i[f].__ = n, t = A$1(i[f], t, r, !1));
			return t;
		}
		for (t && !t.parentNode && (t = S(n)) && !t.parentNode && (t = null), o = n.__e, e = t; e && 8 == e.nodeType;) e = e.nextSibling;
		for (o != e && (!u && r.moveBefore && o.parentNode ? r.moveBefore(o, t) : r.insertBefore(o, t || null)), t = o; (t = t && t.nextSibling) && 8 == t.nodeType && !t.data.startsWith("$s"););
		return t;
	}
	function P$1(n, t, r, u) {
		var i, f = n.key, o = n.type, e = t[r], l = e && !(2 & e.__u);
		if (null === e && null == f || l && f == e.key && o == e.type) return r;
		if (u > (l ? 1 : 0)) {
			for (i = r - 1; i >= 0; i--) if ((e = t[i]) && !(2 & e.__u) && f == e.key && o == e.type) return i;
			for (i = r + 1; i < t.length; i++) if ((e = t[i]) && !(2 & e.__u) && f == e.key && o == e.type) return i;
		}
		return -1;
	}
	function T$1(n, t, r) {
		r ??= "", "-" == t[0] ? n.setProperty(t, r) : n[t] = r;
	}
	function N(n, t, r, u, i) {
		var f, o;
		if ("style" == t) if ("string" == typeof r) n.style.cssText = r;
		else {
			if ("string" == typeof u && (n.style.cssText = u = ""), u) for (t in u) r && t in r || T$1(n.style, t);
			if (r) for (t in r) u && r[t] == u[t] || T$1(n.style, t, r[t]);
		}
		else if ("o" == t[0] && "n" == t[1]) "function" != typeof r && (r = null), "function" != typeof u && (u = null), (n.__e || (n.__e = {}))[t] = r, r && u || (o = a$2[t] || (a$2[t] = V(t)), (n.__a || (n.__a = {}))[t] = c$1, f = t != (t = t.replace(l$1, "$1")), (t = t.slice(2))[0] < "a" && (t = t.toLowerCase()), r ? n.addEventListener(t, o, f) : n.removeEventListener(t, o, f));
		else {
			if ("http://www.w3.org/2000/svg" == i) t = t.replace(/xlink(H|:h)/, "h").replace(/sName$/, "s");
			else if ("width" != t && "height" != t && "href" != t && "list" != t && "form" != t && "tabIndex" != t && "download" != t && "rowSpan" != t && "colSpan" != t && "role" != t && "popover" != t && t in n) try {
				n[t] = null == r ? "" : r;
				return;
			} catch (n) {}
			if ("function" == typeof r) return;
			null == r || !1 === r && "-" != t[4] ? n.removeAttribute(t) : n.setAttribute(t, "popover" == t && 1 == r ? "" : r);
		}
	}
	function V(t) {
		return function(r) {
			var u = this.__e;
			if (u) {
				if (u = u[t], null == r[e$1]) r[e$1] = c$1++;
				else if (r[e$1] < this.__a[t]) return;
				return u(n.event ? n.event(r) : r);
			}
		};
	}
	function z$1(t, r, u, i, f, o, e, l, c, a) {
		var s, p, v, d, k, b, m, M, C, j, L, H, q, A, O, P, T, N, V = r.type;
		if (r.constructor !== h$1) return null;
		128 & u.__u && (c = 32 & u.__u, s = u.__c.__z) && (r.__u |= c, p = o = [], 8 == s.nodeType ? l = B$1(s, o) : o.push(s), l = o[0] || l), (s = n.__b) && s(r);
		n: if ("function" == typeof V) {
			v = e.length;
			try {
				if (M = r.props, C = (s = V.prototype) && s.render, j = (s = V.contextType) && i[s.__c], L = s ? j ? j.props.value : s.__ : i, (d = u.__c) ? (r.__c = d, 2 & d.__g && (d.__g |= 1)) : (C ? r.__c = d = new V(M, L) : (r.__c = d = new x(M, L), d.constructor = V, d.render = K), j && j.sub(d), d.state || (d.state = {}), d.__n = i, d.__g |= 8, d.__h = [], d.__k = []), C && (d.__s || (d.__s = d.state), V.getDerivedStateFromProps && (d.__s == d.state && (d.__s = _$1({}, d.__s)), _$1(d.__s, V.getDerivedStateFromProps(M, d.__s)))), k = d.props, b = d.state, d.__v = r, u.__c) {
					if (M !== k && C && !V.getDerivedStateFromProps && d.componentWillReceiveProps && d.componentWillReceiveProps(M, L), r.__v == u.__v && !(8 & d.__g) || !(4 & d.__g) && d.shouldComponentUpdate && !1 === d.shouldComponentUpdate(M, d.__s, L)) {
						r.__v != u.__v && (d.props = M, d.state = d.__s, d.__g &= -9), r.__e = u.__e, r.__k = u.__k, r.__k.some(function(n) {
							n && (n.__ = r);
						}), y$1.push.apply(d.__h, d.__k), d.__k = [], d.__h.length && e.push(d), l = S(u);
						break n;
					}
					d.componentWillUpdate && d.componentWillUpdate(M, d.__s, L), C && d.componentDidUpdate && d.__h.push(function() {
						d.componentDidUpdate(k, b, m);
					});
				} else C && !V.getDerivedStateFromProps && d.componentWillMount && d.componentWillMount(), C && d.componentDidMount && d.__h.push(d.componentDidMount);
				d.context = L, d.props = M, d.__P = t, d.__g &= -5, H = n.__r, q = C ? 25 : 0;
				do
					d.__g &= -9, H && H(r), s = d.render(d.props, d.state = d.__s, d.context);
				while (8 & d.__g && ++q < 25);
				C && (y$1.push.apply(d.__h, d.__k), d.__k = []), d.state = d.__s, d.getChildContext && (i = _$1({}, i, d.getChildContext())), C && u.__c && d.getSnapshotBeforeUpdate && (m = d.getSnapshotBeforeUpdate(k, b)), A = s && s.type === $ && null == s.key ? s.props.children : s, M.__P && (s = l, f = (t = M.__P).namespaceURI, c = o = null, u.props && u.props.__P != t && (u.__k.some(function(n) {
					n && J(n, n);
				}), u.__k = null), l = u.__k ? S(u, 0) : null), l = I(t, w$1(A) ? A : [A], r, u, i, f, o, e, l, c, a), M.__P && (r.__e = null, l = s), r.__u &= -161, p && p.some(g$1), d.__h.length && e.push(d), 1 & d.__g && (d.__g &= -4);
			} catch (t) {
				if (e.length = v, r.__v = null, c || o) if (t && t.then) {
					if (r.__u |= 128 | c, o) {
						for (~(T = o.indexOf(l || void 0)) || (T = o.length); (N = o[T - 1]) && 8 == N.nodeType;) T--;
						for (; T < o.length; T++) if (N = o[T]) if (o[T] = null, O) {
							if (N == P) break;
						} else {
							if (8 != N.nodeType) break;
							N.data.startsWith("$s") && (P = B$1(O = N));
						}
					}
					if (!O) {
						for (; l && 8 == l.nodeType && l.nextSibling;) l = l.nextSibling;
						O = l;
					}
					(s = B$1(O = r.__c.__z || (r.__c.__z = O))) ? (r.__e = O, l = s) : r.__e = l, l = l && l.nextSibling;
				} else o && o.some(g$1);
				else r.__e = u.__e;
				r.__k || (r.__k = u.__k || []), t && t.then || D$1(r), n.__e(t, r, u);
			}
		} else l = r.__e = F(u.__e, r, u, i, f, o, e, c, a, t);
		return (s = n.diffed) && s(r), l;
	}
	function B$1(n, t) {
		if (n && 8 == n.nodeType && n.data.startsWith("$s")) for (var r = 1; n = n.nextSibling;) {
			if (8 == n.nodeType) {
				if (n.data.startsWith("$s")) r++;
				else if (n.data.startsWith("/$s") && !--r) return n;
			}
			t && t.push(n);
		}
	}
	function D$1(n) {
		n && (n.__c && (n.__c.__g |= 4), n.__k && n.__k.some(D$1));
	}
	function E$1(t, r, u) {
		for (var i = 0; i < u.length;) G$1(u[i++], u[i++], u[i++]);
		n.__c && n.__c(r, t), t.some(function(r) {
			try {
				t = r.__h, r.__h = [], t.some(function(n) {
					n.call(r);
				});
			} catch (t) {
				n.__e(t, r.__v);
			}
		});
	}
	function F(t, r, u, i, f, o, e, l, c, a) {
		var s, h, y, _, k, b, m, M, $ = u.props || p$1, x = r.props, C = r.type;
		if ("svg" == C ? f = "http://www.w3.org/2000/svg" : "math" == C ? f = "http://www.w3.org/1998/Math/MathML" : f || (f = "http://www.w3.org/1999/xhtml"), o) {
			for (s = 0; s < o.length; s++) if ((k = o[s]) && (C ? k.localName == C : 3 == k.nodeType)) {
				t = k, o[s] = null;
				break;
			}
		}
		if (!t) {
			if (M = a.ownerDocument || document, !C) return M.createTextNode(x);
			t = M.createElementNS(f, C, x.is ? x : a), l && (n.__m && n.__m(r, o), l = !1), o = null;
		}
		if (C) {
			if (a = "template" == C && t.content || t, o = "textarea" == C && null != x.defaultValue ? null : o && d$1.call(a.childNodes), !l && o) for ($ = {}, s = 0; s < t.attributes.length; s++) $[(k = t.attributes[s]).name] = k.value;
			for (s in $) k = $[s], "dangerouslySetInnerHTML" == s ? y = k : "children" == s || s in x || "value" == s && "defaultValue" in x || "checked" == s && "defaultChecked" in x || N(t, s, null, k, f);
			for (s in x) k = x[s], "children" == s ? _ = k : "dangerouslySetInnerHTML" == s ? h = k : "value" == s ? b = k : "checked" == s ? m = k : l && "function" != typeof k || $[s] === k || N(t, s, k, $[s], f);
			h ? (l || y && (h.__html == y.__html || h.__html == t.innerHTML) || (t.innerHTML = h.__html), r.__k = []) : (y && (t.textContent = ""), ("foreignObject" == C || "http://www.w3.org/1998/Math/MathML" == f && v$1.test(C)) && (f = "http://www.w3.org/1999/xhtml"), I(a, w$1(_) ? _ : [_], r, u, i, f, o, e, o ? o[0] : u.__k && S(u, 0), l, c), o && o.some(g$1)), l && "textarea" != C || (s = "value", "progress" == C && null == b ? t.removeAttribute(s) : null == b || b === t[s] && ("progress" != C || b) || N(t, s, b, $[s], f), s = "checked", null != m && m != t[s] && N(t, s, m, $[s], f));
		} else $ === x || l && t.data == x || (t.data = x);
		return t;
	}
	function G$1(t, r, u, i) {
		try {
			"function" == typeof t ? r ? r.__x = t(r) || 1 : i && (i = i.__c || i.__e) && (r = i.__x) && (i.__x = null, "function" == typeof r ? r() : t(null)) : t.current = r;
		} catch (t) {
			n.__e(t, u);
		}
	}
	function J(t, r, u) {
		var i, f, o, e;
		if (n.unmount && n.unmount(t), !(i = t.ref) || i.current && i.current != t.__e || G$1(i, null, r, t), i = t.__c) {
			if (i.componentWillUnmount) try {
				i.componentWillUnmount();
			} catch (t) {
				n.__e(t, r);
			}
			i.__P = i.__n = null;
		}
		if (i = t.__k) for (e = 0; e < i.length; e++) i[e] && J(i[e], r, "function" != typeof t.type || u && !t.props.__P);
		!u && (i = t.__c) && (i = i.__z) && (f = B$1(i, o = [])) && (i == t.__e && o.some(g$1), g$1(f), g$1(i)), u || g$1(t.__e), t.__e = t.__c = t.__ = null;
	}
	function K(n, t, r) {
		return this.constructor(n, r);
	}
	function Q(t, r) {
		var u, i, f, o;
		n.__ && n.__(t, r), 9 == r.nodeType && (r = r.documentElement), i = (u = t && 32 & t.__u) ? null : r.__k, r.__k = m$1($, { children: [t] }), f = [], o = [], z$1(r, r.__k, i || p$1, p$1, r.namespaceURI, i ? null : r.firstChild ? d$1.call(r.childNodes) : null, f, i ? i.__e : r.firstChild, u, o), E$1(f, r.__k, o), r.__k.props.children = null;
	}
	function R(n, t) {
		n && "object" == typeof n && (n.__u |= 32), Q(n, t);
	}
	n = { __e: function(n, t, r, u) {
		for (var i, o, e; t = t.__;) if ((i = t.__c) && !(1 & i.__g)) {
			i.__g |= 4;
			try {
				if ((e = (o = i.constructor) && o.getDerivedStateFromError) && i.setState(o.getDerivedStateFromError(n)), i.componentDidCatch && (i.componentDidCatch(n, u || {}), e = 1), e && 8 & i.__g) return void (i.__g |= 2);
			} catch (t) {
				n = t;
			}
		}
		throw f$2 = 0, n;
	} }, t$1 = 0, x.prototype.setState = function(n, t) {
		var r = this.__s;
		r && r != this.state || (r = this.__s = _$1({}, this.state)), "function" == typeof n && (n = n(_$1({}, r), this.props)), n && (_$1(r, n), this.__v && (t && this.__k.push(t), L(this)));
	}, x.prototype.forceUpdate = function(n) {
		this.__v && (this.__g |= 4, n && this.__h.push(n), L(this));
	}, x.prototype.render = $, u$2 = [], f$2 = 0, o$2 = function(n, t) {
		return n.__v.__b - t.__v.__b;
	}, e$1 = Symbol(), l$1 = /(PointerCapture)$|Capture$/i, c$1 = 0, a$2 = {};
	// node_modules/preact/hooks/dist/hooks.mjs
	var t;
	var r;
	var u$1;
	var i;
	var o$1 = Object.is;
	var f$1 = 0;
	var c = [];
	var e = [];
	var a$1 = n;
	var v = a$1.__b;
	var l = a$1.__r;
	var m = a$1.diffed;
	var h = a$1.__c;
	var s = a$1.unmount;
	var p = a$1.__;
	function y(n, t) {
		a$1.__h && a$1.__h(r, n, f$1 || t), f$1 = 0;
		var u = r.__H || (r.__H = {
			__: [],
			__h: []
		});
		return n >= u.__.length && u.__.push({}), u.__[n];
	}
	function d(n) {
		return f$1 = 1, _(G, n);
	}
	function _(n, u, i) {
		var f = y(t++, 2);
		if (f.t = n, !f.__c && (f.__ = [i ? i(u) : G(void 0, u), function(n) {
			var t = (f.__N || f.__)[0], r = f.t(t, n);
			o$1(t, r) || (f.__N = [r, f.__[1]], f.__c.setState({}));
		}], f.__c = r, !r.__f)) {
			r.__f = !0;
			var c = r.shouldComponentUpdate;
			r.shouldComponentUpdate = function(n, t, r) {
				var u = this.__H;
				if (!u) return !0;
				var i = !1, f = this.props != n;
				if (u.__.some(function(n) {
					n.__N && (i = !0, o$1(n.__[0], n.__N[0]) || (f = !0));
				}), c) {
					var e = c.call(this, n, t, r);
					return i ? e || f : e;
				}
				return !i || f;
			};
		}
		return f.__;
	}
	function A(n, u) {
		var i = y(t++, 3);
		!a$1.__s && E(i.__H, u) && (i.__P = !0, i.__ = n, i.u = u, r.__H.__h.push(i));
	}
	function T(n) {
		return f$1 = 5, w(function() {
			return { current: n };
		}, []);
	}
	function w(n, r) {
		var u = y(t++, 7);
		return E(u.__H, r) && (u.__ = n(), u.__H = r), u.__;
	}
	function P() {
		var n = y(t++, 11);
		if (!n.__) {
			for (var u = r.__v; !u.__m && u.__;) u = u.__;
			var i = u.__m || (u.__m = [0, 0]);
			n.__ = "P" + i[0] + "-" + i[1]++;
		}
		return n.__;
	}
	function g() {
		var n;
		do {
			for (; n = e.shift();) try {
				C(n);
			} catch (t) {
				a$1.__e(t, { __: (n = n.__P) && n.__v });
			}
			for (; n = c.shift();) {
				var t = n.__H;
				if (n.__P && t) try {
					t.__h.some(C), t.__h.some(D), t.__h = [];
				} catch (r) {
					t.__h = [], a$1.__e(r, n.__v);
				}
			}
		} while (e.length);
	}
	a$1.__b = function(n) {
		r = null, v && v(n);
	}, a$1.__ = function(n, t) {
		n && t.__k && t.__k.__m && (n.__m = t.__k.__m), p && p(n, t);
	}, a$1.__r = function(n) {
		l && l(n), t = 0;
		var i = (r = n.__c).__H;
		i && (u$1 == r ? r.__h = [] : (i.__h.some(C), i.__h.some(D), t = 0), i.__h = [], i.__.some(function(n) {
			n.__N && (n.__ = n.__N), n.u = n.__N = void 0;
		})), u$1 = r;
	}, a$1.diffed = function(n) {
		m && m(n);
		var t = n.__c;
		t && t.__H && (t.__H.__h.length && B(c.push(t)), t.__H.__.some(function(n) {
			n.u && (n.__H = n.u);
		})), u$1 = r = null;
	}, a$1.__c = function(n, t) {
		t.some(function(n) {
			try {
				n.__h.some(C), n.__h = n.__h.filter(function(n) {
					return !n.__ || D(n);
				});
			} catch (t) {
				n.__h = [function() {
					throw t;
				}];
			}
		}), h && h(n, t);
	}, a$1.unmount = function(n) {
		s && s(n);
		var t, r, u = n.__c;
		u && u.__H && (u.__H.__.some(function(u) {
			try {
				if (u.__P && u.__c) {
					if (void 0 === r) {
						for (r = n.__; r && (!r.__c || !r.__c.__P);) r = r.__;
						r = r && r.__c;
					}
					u.__P = r, B(e.push(u));
				} else C(u);
			} catch (n) {
				t = n;
			}
		}), u.__H = void 0, t && a$1.__e(t, u.__v));
	};
	var k = "function" == typeof requestAnimationFrame;
	function z(n) {
		var t, r = function() {
			clearTimeout(u), k && cancelAnimationFrame(t), setTimeout(n);
		}, u = setTimeout(r, 35);
		k && (t = requestAnimationFrame(r));
	}
	function B(n) {
		1 != n && i == a$1.requestAnimationFrame || ((i = a$1.requestAnimationFrame) || z)(g);
	}
	function C(n) {
		var t = r, u = n.__c;
		"function" == typeof u && (n.__c = void 0, u()), r = t;
	}
	function D(n) {
		var t = r;
		n.__c = n.__(), r = t;
	}
	function E(n, t) {
		return !n || n.length != t.length || t.some(function(t, r) {
			return !o$1(t, n[r]);
		});
	}
	function G(n, t) {
		return "function" == typeof t ? t(n) : t;
	}
	// lib/paper/tag-colors.ts
	/** Chip colours with enough contrast for white text in both themes (WCAG AA at 12px bold). */
	var TAG_PALETTE = [
		"#1d4ed8",
		"#6d28d9",
		"#be185d",
		"#b91c1c",
		"#9a3412",
		"#166534",
		"#115e59",
		"#374151"
	];
	/** A stable colour per tag name, so a new tag looks the same in every tab before it is stored. */
	function defaultTagColor(name) {
		let hash = 0;
		for (const char of name.toLowerCase()) hash = hash * 31 + (char.codePointAt(0) ?? 0) >>> 0;
		return TAG_PALETTE[hash % TAG_PALETTE.length] ?? TAG_PALETTE[0];
	}
	// node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs
	var f = Symbol.for("pv");
	var o = 0;
	Array.isArray;
	function a(t, e, n$2, u, a, i) {
		e || (e = {});
		var c, l, p = e;
		if ("ref" in p && "function" != typeof t) for (l in p = {}, e) "ref" == l ? c = e[l] : p[l] = e[l];
		var s = {
			type: t,
			props: p,
			key: n$2,
			ref: c,
			__k: null,
			__: null,
			__b: 0,
			__e: null,
			__c: null,
			constructor: f,
			__v: --o,
			__i: -1,
			__u: 0
		};
		return (a || i) && (s.__source = a, s.__self = i), n.vnode && n.vnode(s), s;
	}
	// components/TagChip.tsx
	/** A tag as a coloured chip; the name is always rendered as text. */
	function TagChip({ name, color, onRemove }) {
		return /* @__PURE__ */ a("span", {
			class: "chip",
			style: { "--chip-color": color ?? defaultTagColor(name) },
			children: [/* @__PURE__ */ a("span", {
				class: "chip-name",
				children: name
			}), onRemove && /* @__PURE__ */ a("button", {
				type: "button",
				class: "chip-remove",
				"aria-label": `Remove tag ${name}`,
				onClick: onRemove,
				children: "×"
			})]
		});
	}
	// components/CardWidget.tsx
	/**
	* The Save / Tag control on every listing card. It lives in a shadow root (see
	* entrypoints/listing/card-host.ts) and knows nothing of messaging: the host passes the
	* state in and the actions out, so the same component renders in tests and the demo.
	*
	* Test contract (shared/DESIGN.md): the button's accessible name starts with "Save" or "Saved",
	* aria-pressed mirrors it; a "Tag" button opens a picker whose input is named "Add tag".
	*/
	var MAX_OPTIONS = 6;
	function CardWidget(props) {
		const { state, problem } = props;
		const saved = state?.saved ?? false;
		const tags = state?.tags ?? [];
		const [pickerOpen, setPickerOpen] = d(false);
		const tagButton = T(null);
		const status = state?.status ?? "to-read";
		const [statusMenuOpen, setStatusMenuOpen] = d(false);
		const statusButton = T(null);
		return /* @__PURE__ */ a("div", {
			class: "widget",
			"data-state": state ? saved ? "saved" : "unsaved" : "loading",
			children: [
				/* @__PURE__ */ a("button", {
					type: "button",
					class: `save ${saved ? "is-saved" : ""}`,
					"aria-pressed": saved,
					disabled: !state,
					title: saved ? "On your shelf: click to remove it" : "Save to Paper Shelf",
					onClick: props.onToggleSave,
					children: saved ? "Saved" : "Save"
				}),
				/* @__PURE__ */ a("button", {
					type: "button",
					class: "tag-toggle",
					ref: tagButton,
					"aria-expanded": pickerOpen,
					disabled: !state,
					title: "Tag this paper",
					onClick: () => setPickerOpen(!pickerOpen),
					children: "Tag"
				}),
				saved && props.onSetStatus && /* @__PURE__ */ a("button", {
					type: "button",
					class: "status",
					ref: statusButton,
					"aria-haspopup": "menu",
					"aria-expanded": statusMenuOpen,
					"aria-label": `Reading status: ${STATUS_LABELS[status]}`,
					"data-status": status,
					title: "Reading status",
					onClick: () => setStatusMenuOpen(!statusMenuOpen),
					onKeyDown: (event) => {
						event.stopPropagation();
						if (event.key === "ArrowDown" || event.key === "ArrowUp") {
							event.preventDefault();
							setStatusMenuOpen(true);
						}
					},
					children: STATUS_LABELS[status]
				}),
				tags.map((tag) => /* @__PURE__ */ a(TagChip, { name: tag }, tag)),
				props.suggestedTags?.map((tag) => /* @__PURE__ */ a(SuggestedTag, {
					name: tag,
					onAccept: () => props.onAddTag(tag)
				}, tag)),
				problem && /* @__PURE__ */ a("span", {
					class: "problem",
					role: "status",
					children: problem
				}),
				saved && statusMenuOpen && props.onSetStatus && /* @__PURE__ */ a(StatusMenu, {
					status,
					onChoose: (chosen) => {
						setStatusMenuOpen(false);
						statusButton.current?.focus();
						if (chosen !== status) props.onSetStatus?.(chosen);
					},
					onClose: () => {
						setStatusMenuOpen(false);
						statusButton.current?.focus();
					}
				}),
				pickerOpen && /* @__PURE__ */ a(TagPicker, {
					tags,
					loadTagNames: props.loadTagNames,
					onAdd: props.onAddTag,
					onRemove: props.onRemoveTag,
					onClose: () => {
						setPickerOpen(false);
						tagButton.current?.focus();
					}
				})
			]
		});
	}
	/**
	* The reading status of a saved card, as a menu button (WAI-ARIA menu button pattern) rather than
	* a native <select>: Chromium relaid the whole page once per <select> when widgets left the
	* viewport under content-visibility: auto, a 2-second task on a 2,000-entry listing
	* (bench/README.md). The menu opens in the widget's flow, like the tag picker, since the host
	* clips what overflows it.
	*/
	function StatusMenu({ status, onChoose, onClose }) {
		const menu = T(null);
		const items = () => [...menu.current?.querySelectorAll("[role=\"menuitemradio\"]") ?? []];
		A(() => {
			items()[PAPER_STATUSES.indexOf(status)]?.focus();
		}, []);
		const onKeyDown = (event) => {
			event.stopPropagation();
			const all = items();
			const focused = all.indexOf(event.target);
			const moveTo = (index) => {
				event.preventDefault();
				all[(index + all.length) % all.length]?.focus();
			};
			if (event.key === "ArrowDown" || event.key === "ArrowRight") moveTo(focused + 1);
			else if (event.key === "ArrowUp" || event.key === "ArrowLeft") moveTo(focused - 1);
			else if (event.key === "Home") moveTo(0);
			else if (event.key === "End") moveTo(all.length - 1);
			else if (event.key === "Escape" || event.key === "Tab") {
				if (event.key === "Escape") event.preventDefault();
				onClose();
			}
		};
		return /* @__PURE__ */ a("div", {
			class: "status-menu",
			role: "menu",
			"aria-label": "Reading status",
			ref: menu,
			onKeyDown,
			children: PAPER_STATUSES.map((option) => /* @__PURE__ */ a("button", {
				type: "button",
				role: "menuitemradio",
				"aria-checked": option === status,
				tabIndex: -1,
				onClick: () => onChoose(option),
				children: STATUS_LABELS[option]
			}, option))
		});
	}
	/** A suggestion from the user's own tags: a dashed chip that applies the tag when pressed. */
	function SuggestedTag({ name, onAccept }) {
		return /* @__PURE__ */ a("button", {
			type: "button",
			class: "suggested",
			"aria-label": `Add suggested tag ${name}`,
			title: "Suggested from the papers you tagged: click to apply",
			onClick: onAccept,
			children: [/* @__PURE__ */ a("span", {
				"aria-hidden": "true",
				children: "+"
			}), /* @__PURE__ */ a("span", {
				class: "chip-name",
				children: name
			})]
		});
	}
	function TagPicker({ tags, loadTagNames, onAdd, onRemove, onClose }) {
		const [query, setQuery] = d("");
		const [known, setKnown] = d([]);
		/** The highlighted option; -1 until the user moves into the list with the arrow keys. */
		const [active, setActive] = d(-1);
		const input = T(null);
		A(() => {
			input.current?.focus();
			let live = true;
			loadTagNames().then((names) => live && setKnown(names)).catch(() => {});
			return () => {
				live = false;
			};
		}, [loadTagNames]);
		const options = w(() => {
			const typed = query.trim().toLowerCase();
			const applied = new Set(tags.map((tag) => tag.toLowerCase()));
			return known.filter((name) => !applied.has(name.toLowerCase())).filter((name) => !typed || name.toLowerCase().includes(typed)).sort((a, b) => rankMatch(a, typed) - rankMatch(b, typed) || a.localeCompare(b)).slice(0, MAX_OPTIONS);
		}, [
			known,
			query,
			tags
		]);
		const apply = (name) => {
			const tag = name.replace(/\s+/g, " ").trim();
			if (!tag) return;
			onAdd(tag);
			setQuery("");
			setActive(-1);
		};
		const onKeyDown = (event) => {
			event.stopPropagation();
			if (event.key === "Enter") {
				event.preventDefault();
				const highlighted = options[active];
				apply(highlighted ?? (query || (options[0] ?? "")));
			} else if (event.key === "ArrowDown") {
				event.preventDefault();
				setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
			} else if (event.key === "ArrowUp") {
				event.preventDefault();
				setActive((index) => Math.max(index - 1, -1));
			} else if (event.key === "Escape") {
				event.preventDefault();
				onClose();
			}
		};
		const listId = "paper-shelf-tag-options";
		return /* @__PURE__ */ a("div", {
			class: "picker",
			children: [
				/* @__PURE__ */ a("input", {
					ref: input,
					type: "text",
					"aria-label": "Add tag",
					placeholder: "Add tag…",
					role: "combobox",
					"aria-expanded": options.length > 0,
					"aria-controls": listId,
					"aria-activedescendant": active >= 0 ? `${listId}-${active}` : void 0,
					"aria-autocomplete": "list",
					maxLength: 64,
					value: query,
					onInput: (event) => {
						setQuery(event.target.value);
						setActive(-1);
					},
					onKeyDown,
					onKeyUp: (event) => event.stopPropagation(),
					onKeyPress: (event) => event.stopPropagation()
				}),
				options.length > 0 && /* @__PURE__ */ a("div", {
					id: listId,
					role: "listbox",
					"aria-label": "Existing tags",
					class: "options",
					children: options.map((name, index) => /* @__PURE__ */ a("div", {
						id: `${listId}-${index}`,
						role: "option",
						tabIndex: -1,
						"aria-selected": index === active,
						onMouseDown: (event) => event.preventDefault(),
						onClick: () => apply(name),
						children: name
					}, name))
				}),
				tags.length > 0 && /* @__PURE__ */ a("fieldset", {
					class: "applied",
					"aria-label": "Tags on this paper",
					children: tags.map((tag) => /* @__PURE__ */ a(TagChip, {
						name: tag,
						onRemove: () => onRemove(tag)
					}, tag))
				})
			]
		});
	}
	/** Prefix matches before substring matches. */
	function rankMatch(name, typed) {
		return typed && name.toLowerCase().startsWith(typed) ? 0 : 1;
	}
	// components/card-widget.css?inline
	var card_widget_default = "/*\n * Styles of the card widget, adopted once as a shared constructable stylesheet by every shadow\n * root. The host sits in the page's DOM, so page rules such as `* { display: none !important }`\n * or `h3 + * { margin-top: -40px !important }` reach it; `!important` declarations of a shadow\n * tree beat the page's, hence the :host block, which pins every property that shapes the host's\n * box. Page rules cannot reach inside the shadow tree: only inherited properties cross it, so\n * .widget resets exactly those.\n *\n * Not `all: initial`, on :host or .widget: it resolves every CSS property for every widget, and\n * a 2,000-entry listing lays out all 2,000 once when they go in (bench/README.md).\n */\n:host {\n  display: block !important;\n  position: static !important;\n  float: none !important;\n  inset: auto !important;\n  z-index: auto !important;\n  visibility: visible !important;\n  opacity: 1 !important;\n  margin: 6px 0 !important;\n  padding: 0 !important;\n  border: 0 none !important;\n  width: auto !important;\n  height: auto !important;\n  min-width: 0 !important;\n  min-height: 0 !important;\n  max-width: none !important;\n  max-height: none !important;\n  writing-mode: horizontal-tb !important;\n  columns: auto !important;\n  background: none !important;\n  box-shadow: none !important;\n  outline: none !important;\n  transform: none !important;\n  translate: none !important;\n  rotate: none !important;\n  scale: none !important;\n  filter: none !important;\n  clip-path: none !important;\n  mask: none !important;\n  animation: none !important;\n  transition: none !important;\n  pointer-events: auto !important;\n  contain: layout style !important;\n  /* A 2,000-entry listing has 2,000 widgets: those off screen skip style, layout and paint until\n     scrolled to, holding the height of one row of buttons (24px) meanwhile. Paint containment\n     comes with it; the clip margin keeps focus rings (2px + 1px offset) whole. */\n  content-visibility: auto !important;\n  contain-intrinsic-block-size: auto 24px !important;\n  overflow: visible !important;\n  overflow-clip-margin: 4px !important;\n}\n\n.widget {\n  /* Every inherited property a page could set on an ancestor of the host, back to its initial\n     value (font and colours just below, the font shorthand resetting the font-* ones); nothing\n     else crosses into the shadow tree. */\n  accent-color: initial;\n  border-collapse: initial;\n  border-spacing: initial;\n  caption-side: initial;\n  caret-color: initial;\n  cursor: initial;\n  direction: ltr;\n  empty-cells: initial;\n  font-palette: initial;\n  font-synthesis: initial;\n  hyphens: initial;\n  image-rendering: initial;\n  letter-spacing: initial;\n  line-break: initial;\n  list-style: initial;\n  orphans: initial;\n  overflow-wrap: initial;\n  paint-order: initial;\n  pointer-events: auto;\n  quotes: initial;\n  tab-size: initial;\n  text-align: initial;\n  text-align-last: initial;\n  text-decoration-color: initial;\n  text-emphasis: initial;\n  text-indent: initial;\n  text-orientation: initial;\n  text-rendering: initial;\n  text-shadow: initial;\n  text-transform: initial;\n  text-underline-offset: initial;\n  text-underline-position: initial;\n  text-wrap: initial;\n  user-select: auto;\n  visibility: visible;\n  white-space: initial;\n  widows: initial;\n  word-break: initial;\n  word-spacing: initial;\n  writing-mode: initial;\n  -webkit-tap-highlight-color: initial;\n  -webkit-text-fill-color: initial;\n  -webkit-text-stroke: initial;\n  display: flex;\n  flex-wrap: wrap;\n  align-items: center;\n  gap: 4px;\n  box-sizing: border-box;\n  font:\n    12px / 1.4 system-ui,\n    -apple-system,\n    \"Segoe UI\",\n    Roboto,\n    sans-serif;\n  color: #1f2937;\n  color-scheme: light dark;\n  --accent: #b45309;\n  --accent-bg: #fef3c7;\n  --line: #d1d5db;\n  --surface: #ffffff;\n  --text: #1f2937;\n  --muted: #6b7280;\n}\n\n@media (prefers-color-scheme: dark) {\n  .widget {\n    color: #e5e7eb;\n    --accent: #fbbf24;\n    --accent-bg: #422006;\n    --line: #4b5563;\n    --surface: #111827;\n    --text: #e5e7eb;\n    --muted: #9ca3af;\n  }\n}\n\n* {\n  box-sizing: border-box;\n}\n\nbutton {\n  font: inherit;\n  display: inline-flex;\n  align-items: center;\n  gap: 4px;\n  padding: 2px 8px;\n  min-height: 24px;\n  border: 1px solid var(--line);\n  border-radius: 999px;\n  background: var(--surface);\n  color: var(--text);\n  cursor: pointer;\n  white-space: nowrap;\n}\n\nbutton:hover {\n  border-color: var(--accent);\n}\n\nbutton:focus-visible,\ninput:focus-visible {\n  outline: 2px solid var(--accent);\n  outline-offset: 1px;\n}\n\nbutton:disabled {\n  cursor: progress;\n  opacity: 0.6;\n}\n\n.save.is-saved {\n  background: var(--accent-bg);\n  border-color: var(--accent);\n  color: var(--text);\n  font-weight: 600;\n}\n\n/* The icons are content with empty alternative text (after the slash): seen, not read out. */\n.save::before,\n.tag-toggle::before {\n  content: \"☆\" / \"\";\n  font-size: 13px;\n  line-height: 1;\n}\n\n.tag-toggle::before {\n  content: \"#\" / \"\";\n}\n\n.status::after {\n  content: \"▾\" / \"\";\n  font-size: 10px;\n  color: var(--muted);\n}\n\n.save.is-saved::before {\n  content: \"★\" / \"\";\n  color: var(--accent);\n}\n\n.status-menu {\n  display: flex;\n  flex-wrap: wrap;\n  flex-basis: 100%;\n  gap: 4px;\n  margin-top: 2px;\n}\n\n.status-menu [aria-checked=\"true\"] {\n  background: var(--accent-bg);\n  border-color: var(--accent);\n  font-weight: 600;\n}\n\n.chip {\n  display: inline-flex;\n  align-items: center;\n  gap: 2px;\n  max-width: 16em;\n  padding: 1px 8px;\n  border-radius: 999px;\n  background: var(--chip-color, #374151);\n  color: #fff;\n  font-weight: 600;\n  font-size: 11px;\n}\n\n.chip-name {\n  overflow: hidden;\n  text-overflow: ellipsis;\n  white-space: nowrap;\n  unicode-bidi: isolate;\n}\n\n.chip-remove {\n  border: 0;\n  min-height: 0;\n  padding: 0 2px;\n  background: transparent;\n  color: inherit;\n  font-size: 13px;\n}\n\n.suggested {\n  border-style: dashed;\n  border-color: var(--muted);\n  color: var(--muted);\n  max-width: 16em;\n  font-size: 11px;\n  min-height: 20px;\n}\n\n.suggested:hover {\n  color: var(--text);\n}\n\n.problem {\n  color: #b91c1c;\n  font-size: 11px;\n}\n\n.picker {\n  /* On a line of its own in the widget's row, at most 320px wide: the margin takes the rest. */\n  width: 100%;\n  max-width: 320px;\n  margin: 2px max(0px, calc(100% - 320px)) 0 0;\n  padding: 6px;\n  border: 1px solid var(--line);\n  border-radius: 8px;\n  background: var(--surface);\n  color: var(--text);\n}\n\n.picker input {\n  font: inherit;\n  width: 100%;\n  padding: 4px 6px;\n  border: 1px solid var(--line);\n  border-radius: 6px;\n  background: var(--surface);\n  color: var(--text);\n}\n\n.options {\n  margin: 4px 0 0;\n}\n\n.options [role=\"option\"] {\n  padding: 3px 6px;\n  border-radius: 4px;\n  cursor: pointer;\n}\n\n.options [role=\"option\"][aria-selected=\"true\"],\n.options [role=\"option\"]:hover {\n  background: var(--accent-bg);\n}\n\n.applied {\n  border: 0;\n  padding: 0;\n  min-width: 0;\n  display: flex;\n  flex-wrap: wrap;\n  gap: 4px;\n  margin-top: 6px;\n}\n";
	// entrypoints/listing/card-host.ts
	/**
	* One `<paper-shelf-card>` host per annotated card: an open shadow root (test contract in
	* shared/DESIGN.md) with the Preact widget inside, styled by one stylesheet shared by all hosts.
	*
	* Content scripts run in an isolated world where `customElements` is null, so the host is a plain
	* element with a valid custom-element name, which is all attachShadow needs.
	*/
	var HOST_TAG = "paper-shelf-card";
	var sharedSheet;
	/** Run on every new shadow root: the content script guards them (./user-events.ts). */
	var prepareShadowRoot;
	function onEveryShadowRoot(prepare) {
		prepareShadowRoot = prepare;
	}
	function styleShadowRoot(root) {
		try {
			if (!sharedSheet) {
				sharedSheet = new CSSStyleSheet();
				sharedSheet.replaceSync(card_widget_default);
			}
			root.adoptedStyleSheets = [sharedSheet];
		} catch {
			const style = document.createElement("style");
			style.textContent = card_widget_default;
			root.append(style);
		}
	}
	var stillMarkup = /* @__PURE__ */ new Map();
	/** The state whose markup can be copied for these props, or undefined when it must be rendered. */
	function stillStateOf(props) {
		if (props.problem || props.suggestedTags?.length) return void 0;
		if (!props.state) return "loading";
		return !props.state.saved && props.state.tags.length === 0 ? "unsaved" : void 0;
	}
	function copyOfStillMarkup(still, props) {
		let markup = stillMarkup.get(still);
		if (!markup) {
			const container = document.createElement("div");
			Q(k$1(CardWidget, props), container);
			markup = container.firstChild?.cloneNode(true);
			Q(null, container);
			stillMarkup.set(still, markup);
		}
		return markup.cloneNode(true);
	}
	/** What reaches a widget before any of its buttons: the moment to give it its handlers. */
	var FIRST_USE_EVENTS = [
		"pointerover",
		"focusin",
		"click"
	];
	var CardHost = class {
		card;
		candidate;
		actions;
		point;
		element;
		/** Every canonical id of the card's paper, its own id first. */
		ids;
		shadow;
		state;
		problem;
		/** Tags the model suggests for this paper; undefined until the page's suggestions arrive. */
		suggestions;
		onToggleSave = () => this.actions.toggleSave(this);
		onAddTag = (tag) => this.actions.addTag(this, tag);
		onRemoveTag = (tag) => this.actions.removeTag(this, tag);
		onSetStatus = (status) => this.actions.setStatus(this, status);
		/** The copied markup the shadow root holds, and the props it shows, until Preact takes over. */
		still;
		rendered = false;
		onFirstUse = () => this.renderWithPreact(this.widgetProps());
		constructor(card, candidate, actions, point) {
			this.card = card;
			this.candidate = candidate;
			this.actions = actions;
			this.point = point;
			this.ids = [candidate.id, ...candidate.aliases ?? []];
			this.element = document.createElement(HOST_TAG);
			this.element.dataset.paperId = candidate.id;
			this.shadow = this.element.attachShadow({ mode: "open" });
			styleShadowRoot(this.shadow);
			prepareShadowRoot?.(this.shadow);
		}
		get currentState() {
			return this.state;
		}
		/**
		* Renders the widget while the host is still off the page, already showing `state` when it
		* is known: one render per card instead of a "loading" render and then the real one.
		*/
		prepare(state) {
			if (state) this.writeState(state);
			this.render();
		}
		/** Puts the host in the card; false when the card changed and the mount point is gone. */
		attach() {
			const { parent, before } = this.point;
			if (before && before.parentNode !== parent) return false;
			parent.insertBefore(this.element, before ?? null);
			return true;
		}
		get isMounted() {
			return this.element.isConnected && this.card.contains(this.element);
		}
		/** True when the widget already shows `state` and no problem: rendering it again changes nothing. */
		shows(state) {
			const current = this.state;
			return this.problem === void 0 && current !== void 0 && current.saved === state.saved && current.tags.length === state.tags.length && current.tags.every((tag, index) => tag === state.tags[index]);
		}
		setState(state, problem) {
			this.problem = problem;
			if (state) this.writeState(state);
			else this.state = void 0;
			this.render();
		}
		/** Suggested tags the paper does not carry yet: what the card offers. */
		get suggestedTags() {
			const applied = new Set(this.state?.tags.map((tag) => tag.toLowerCase()));
			return (this.suggestions ?? []).filter((tag) => !applied.has(tag.toLowerCase()));
		}
		setSuggestions(tags) {
			const shown = this.suggestedTags.join(",");
			this.suggestions = tags;
			const next = this.suggestedTags.join(",");
			this.element.dataset.suggestedTags = next;
			if (next !== shown) this.render();
		}
		writeState(state) {
			this.state = state;
			this.element.dataset.saved = String(state.saved);
			this.element.dataset.tags = state.tags.join(",");
		}
		setProblem(problem) {
			this.problem = problem;
			this.render();
		}
		unmount() {
			if (this.rendered) Q(null, this.shadow);
			this.still?.node.parentNode?.removeChild(this.still.node);
			this.still = void 0;
			this.element.remove();
		}
		/** Whether Preact renders this widget (false while it shows a copy of still markup). */
		get isRendered() {
			return this.rendered;
		}
		widgetProps() {
			return {
				state: this.state,
				problem: this.problem,
				onToggleSave: this.onToggleSave,
				onAddTag: this.onAddTag,
				onRemoveTag: this.onRemoveTag,
				onSetStatus: this.onSetStatus,
				suggestedTags: this.suggestedTags,
				loadTagNames: this.actions.loadTagNames
			};
		}
		render() {
			if (this.suggestions) this.element.dataset.suggestedTags = this.suggestedTags.join(",");
			const props = this.widgetProps();
			const still = this.rendered ? void 0 : stillStateOf(props);
			if (still) this.showStill(copyOfStillMarkup(still, props), props);
			else this.renderWithPreact(props);
		}
		showStill(node, props) {
			if (this.still) this.still.node.parentNode?.replaceChild(node, this.still.node);
			else {
				this.shadow.prepend(node);
				for (const type of FIRST_USE_EVENTS) this.shadow.addEventListener(type, this.onFirstUse, {
					capture: true,
					once: true
				});
			}
			this.still = {
				node,
				props
			};
		}
		renderWithPreact(props) {
			if (!this.rendered && this.still) {
				for (const type of FIRST_USE_EVENTS) this.shadow.removeEventListener(type, this.onFirstUse, { capture: true });
				R(k$1(CardWidget, this.still.props), this.shadow);
				this.still = void 0;
			}
			this.rendered = true;
			Q(k$1(CardWidget, props), this.shadow);
		}
	};
	/** Mutations are batched: a re-rendering island fires hundreds at once. */
	var RESCAN_DELAY_MS = 120;
	/**
	* Yields to the event loop so input, rendering and the background's reply can run between
	* slices. Not scheduler.yield(): its continuations go ahead of ordinary tasks, so the reply to
	* getSavedStates waited until the last slice and every card then had to render a second time.
	* A posted task takes its turn among the others, and, unlike setTimeout, is never clamped.
	*/
	function yieldToPage() {
		const scheduler = globalThis.scheduler;
		if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: "user-visible" });
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
	/** Cuts a loop into slices of SLICE_MS: call next() after each step of work. */
	var Slices = class {
		signal;
		sliceStart = performance.now();
		constructor(signal) {
			this.signal = signal;
		}
		/** Yields when the slice is used up; false once the page view has ended. */
		async next() {
			if (performance.now() - this.sliceStart > 8) {
				await yieldToPage();
				this.sliceStart = performance.now();
			}
			return !this.signal.aborted;
		}
	};
	/** False for the mutations our own widgets cause, so mounting never triggers a rescan loop. */
	function changesPageContent(record) {
		const isHost = (node) => node.nodeName === HOST_TAG.toUpperCase();
		for (const node of record.addedNodes) if (!isHost(node)) return true;
		for (const node of record.removedNodes) if (!isHost(node)) return true;
		return false;
	}
	var PageSession = class {
		match;
		url;
		client;
		root;
		controller = new AbortController();
		hosts = /* @__PURE__ */ new Map();
		hostsById = /* @__PURE__ */ new Map();
		states = /* @__PURE__ */ new Map();
		observer;
		rescanTimer;
		scanning;
		rescanRequested = false;
		actions;
		observers = /* @__PURE__ */ new Set();
		constructor(match, url, client, root = document) {
			this.match = match;
			this.url = url;
			this.client = client;
			this.root = root;
			this.actions = {
				toggleSave: (host) => void this.toggleSave(host),
				addTag: (host, tag) => void this.editTags(host, { add: [tag] }),
				removeTag: (host, tag) => void this.editTags(host, { remove: [tag] }),
				setStatus: (host, status) => void this.request(host, () => this.client.setPaperStatus(host.candidate.id, status)),
				loadTagNames: () => this.client.listTagNames()
			};
		}
		get signal() {
			return this.controller.signal;
		}
		/** Number of cards with a widget, for tests and the toolbar. */
		get cardCount() {
			return this.hosts.size;
		}
		/** Every card with a widget. */
		get cardHosts() {
			return [...this.hosts.values()];
		}
		observe(observer) {
			this.observers.add(observer);
		}
		notify(tell) {
			for (const observer of this.observers) try {
				tell(observer);
			} catch {}
		}
		start() {
			this.observer = new MutationObserver((records) => {
				if (records.some(changesPageContent)) this.scheduleRescan();
			});
			this.observer.observe(this.root.body ?? this.root.documentElement, {
				childList: true,
				subtree: true
			});
			this.signal.addEventListener("abort", () => this.observer?.disconnect());
			return this.scan();
		}
		/** Ends the page view: observers stop, widgets go, late replies are ignored. */
		stop() {
			this.controller.abort();
			clearTimeout(this.rescanTimer);
			for (const host of this.hosts.values()) host.unmount();
			this.hosts.clear();
			this.hostsById.clear();
		}
		/** Re-reads the states of every card (the tab became visible again, the worker restarted). */
		async refreshStates() {
			const ids = [...this.hostsById.keys()];
			if (ids.length === 0 || this.signal.aborted) return;
			const states = await this.client.getSavedStates(ids);
			this.applyStates(states);
		}
		/** A change broadcast by the background (another tab, the popup). */
		applyChanges(changes) {
			for (const change of changes) {
				const states = {};
				for (const id of change.ids) states[id] = change.state;
				this.applyStates(states);
			}
		}
		scheduleRescan() {
			if (this.signal.aborted) return;
			clearTimeout(this.rescanTimer);
			this.rescanTimer = setTimeout(() => void this.scan(), RESCAN_DELAY_MS);
		}
		/** Idempotent: cards that already carry a live widget are left alone. */
		scan() {
			if (this.scanning) {
				this.rescanRequested = true;
				return this.scanning;
			}
			this.scanning = this.runScan().catch(() => {}).finally(() => {
				this.scanning = void 0;
				if (this.rescanRequested && !this.signal.aborted) {
					this.rescanRequested = false;
					this.scheduleRescan();
				}
			});
			return this.scanning;
		}
		async runScan() {
			await yieldToPage();
			if (this.signal.aborted) return;
			const { adapter } = this.match;
			this.forgetDetachedHosts();
			const mayHaveStaleHosts = this.root.querySelector(HOST_TAG) !== null;
			const cards = adapter.findCards(this.root, this.url).filter((card) => !this.hosts.get(card)?.isMounted);
			if (cards.length === 0) return;
			const context = adapter.readPage?.(this.url, this.root);
			const found = [];
			const slices = new Slices(this.signal);
			for (const card of cards) {
				const candidate = parseCardSafely(adapter, card, context, this.url);
				if (candidate) found.push({
					card,
					candidate
				});
				if (!await slices.next()) return;
			}
			const unknownIds = [...new Set(found.flatMap(({ candidate }) => [candidate.id, ...candidate.aliases ?? []]))].filter((id) => !this.states.has(id));
			let answered = unknownIds.length === 0;
			const statesReply = answered ? Promise.resolve({}) : this.client.getSavedStates(unknownIds).then((states) => {
				answered = true;
				if (!this.signal.aborted) this.rememberStates(states);
				return states;
			}, () => {
				answered = true;
			});
			const built = [];
			for (const { card, candidate } of found) {
				const host = this.buildHost(card, candidate, mayHaveStaleHosts);
				if (host) built.push(host);
				if (!await slices.next()) return;
			}
			if (answered && !await this.showStates(built, await statesReply, slices)) return;
			const mounted = built.filter((host) => host.attach());
			if (!answered) {
				const states = await statesReply;
				if (this.signal.aborted) return;
				await this.showStates(mounted, states, slices);
			}
			await yieldToPage();
			if (this.signal.aborted) return;
			this.notify((observer) => observer.cardsAdded?.(mounted));
		}
		/**
		* Shows each host its known state (or the problem, when the lookup failed), a slice at a
		* time; hosts that already show it are skipped. False once the page view has ended.
		*/
		async showStates(hosts, states, slices) {
			for (const host of hosts) {
				if (!states) host.setProblem("Paper Shelf is unavailable: reload the page");
				else if (!this.showCurrentState(host)) continue;
				if (!await slices.next()) return false;
			}
			return !this.signal.aborted;
		}
		/** A host for the card with its widget rendered, not yet in the page; undefined if it can't take one. */
		buildHost(card, candidate, mayHaveStaleHosts) {
			try {
				if (mayHaveStaleHosts) for (const stale of card.querySelectorAll(HOST_TAG)) stale.remove();
				const point = this.match.adapter.mountPoint(card);
				if (!point) return void 0;
				const host = new CardHost(card, candidate, this.actions, point);
				host.prepare(this.stateFor(host));
				this.hosts.set(card, host);
				for (const id of host.ids) {
					const sameId = this.hostsById.get(id) ?? /* @__PURE__ */ new Set();
					sameId.add(host);
					this.hostsById.set(id, sameId);
				}
				return host;
			} catch {
				return;
			}
		}
		/** The state of a card: saved under any of its ids counts. */
		stateFor(host) {
			let unsaved;
			for (const id of host.ids) {
				const state = this.states.get(id);
				if (state?.saved) return state;
				unsaved ??= state;
			}
			return unsaved;
		}
		rememberStates(states) {
			const touched = /* @__PURE__ */ new Set();
			for (const [id, state] of Object.entries(states)) {
				if (isOlderState(state, this.states.get(id))) continue;
				this.states.set(id, state);
				for (const host of this.hostsById.get(id) ?? []) touched.add(host);
			}
			return touched;
		}
		applyStates(states) {
			const touched = this.rememberStates(states);
			for (const host of touched) {
				const state = this.stateFor(host);
				if (state) host.setState(state);
			}
			if (touched.size) this.notify((observer) => observer.statesChanged?.([...touched]));
		}
		/** Renders the host's known state unless it already shows it; true when it rendered. */
		showCurrentState(host) {
			const state = this.stateFor(host);
			if (!state || host.shows(state)) return false;
			host.setState(state);
			return true;
		}
		/** Cards the page removed (or whose widget an island re-render wiped) are forgotten. */
		forgetDetachedHosts() {
			for (const [card, host] of this.hosts) {
				if (card.isConnected && host.isMounted) continue;
				host.unmount();
				this.hosts.delete(card);
				for (const id of host.ids) this.hostsById.get(id)?.delete(host);
			}
		}
		async toggleSave(host) {
			const wasSaved = host.currentState?.saved ?? false;
			await this.request(host, () => wasSaved ? this.client.removePaper(host.candidate.id) : this.client.savePaper(host.candidate));
		}
		async editTags(host, edit) {
			await this.request(host, () => this.client.editPaperTags(host.candidate, edit));
		}
		/** Runs one user action; its reply updates every card of the same paper. */
		async request(host, send) {
			try {
				const state = await send();
				if (this.signal.aborted) return;
				const states = {};
				for (const id of host.ids) states[id] = state;
				this.applyStates(states);
				host.setProblem(void 0);
			} catch {
				if (!this.signal.aborted) host.setProblem("Could not reach Paper Shelf: try again or reload");
			}
		}
	};
	// entrypoints/listing/resilient-client.ts
	/** Long enough for Chrome to finish stopping the old worker before the message starts a new one. */
	var RETRY_DELAY_MS = 250;
	/** Errors the background raised on purpose (a malformed or forbidden message): final. */
	var BACKGROUND_ERRORS = /* @__PURE__ */ new Set(["InvalidMessageError", "MessageRefusedError"]);
	function isBackgroundError(error) {
		return error instanceof Error && BACKGROUND_ERRORS.has(error.name);
	}
	var delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
	function resilientClient(client, ctx) {
		const call = async (send) => {
			try {
				return await send();
			} catch (error) {
				if (ctx.isInvalid || isBackgroundError(error)) throw error;
				await delay(RETRY_DELAY_MS);
				if (ctx.isInvalid) throw error;
				return send();
			}
		};
		return {
			getSavedStates: (ids) => call(() => client.getSavedStates(ids)),
			savePaper: (candidate) => call(() => client.savePaper(candidate)),
			removePaper: (id) => call(() => client.removePaper(id)),
			editPaperTags: (candidate, edit) => call(() => client.editPaperTags(candidate, edit)),
			setPaperStatus: (id, status) => call(() => client.setPaperStatus(id, status)),
			listTagNames: () => call(() => client.listTagNames())
		};
	}
	// components/ListingToolbar.tsx
	/**
	* The small toolbar in a corner of every supported listing (in its own shadow root, see
	* entrypoints/listing/listing-toolbar.ts). Collapsed it is one pill with the counts;
	* open, it highlights the cards suggested for a tag, saves them all (with undo), and dims or
	* hides the cards already saved. Like CardWidget it knows nothing of messaging.
	*/
	var SAVED_VIEWS = [
		{
			view: "show",
			label: "Show"
		},
		{
			view: "dim",
			label: "Dim"
		},
		{
			view: "hide",
			label: "Hide"
		}
	];
	function plural(count, word) {
		return `${count} ${word}${count === 1 ? "" : "s"}`;
	}
	function ListingToolbar(props) {
		const { cardCount, savedCount, suggestedTags, highlightTag, savedView } = props;
		const selectId = P();
		const summary = `${plural(cardCount, "card")} · ${savedCount} saved`;
		if (!props.expanded) return /* @__PURE__ */ a("button", {
			type: "button",
			class: "pill",
			"aria-expanded": "false",
			"aria-label": `Paper Shelf: ${summary}. Open the listing toolbar`,
			onClick: props.onToggle,
			children: [
				/* @__PURE__ */ a("span", {
					"aria-hidden": "true",
					children: "★"
				}),
				" ",
				summary
			]
		});
		const highlighted = suggestedTags.find((entry) => entry.tag === highlightTag);
		return /* @__PURE__ */ a("section", {
			class: "panel",
			"aria-label": "Paper Shelf listing toolbar",
			onKeyDown: (event) => {
				event.stopPropagation();
				if (event.key === "Escape") props.onToggle();
			},
			children: [
				/* @__PURE__ */ a("div", {
					class: "header",
					children: [/* @__PURE__ */ a("span", {
						class: "summary",
						"aria-live": "polite",
						children: summary
					}), /* @__PURE__ */ a("button", {
						type: "button",
						class: "close",
						"aria-expanded": "true",
						"aria-label": "Collapse the listing toolbar",
						onClick: props.onToggle,
						children: "×"
					})]
				}),
				/* @__PURE__ */ a("fieldset", {
					class: "views",
					children: [/* @__PURE__ */ a("legend", { children: "Saved cards" }), /* @__PURE__ */ a("div", {
						class: "choices",
						children: SAVED_VIEWS.map(({ view, label }) => /* @__PURE__ */ a("label", { children: [/* @__PURE__ */ a("input", {
							type: "radio",
							name: "saved-view",
							value: view,
							checked: savedView === view,
							onChange: () => props.onSavedView(view)
						}), label] }, view))
					})]
				}),
				suggestedTags.length === 0 ? /* @__PURE__ */ a("p", {
					class: "hint",
					children: "No suggestions here yet. Tag a few papers and cards like them will offer your tags."
				}) : /* @__PURE__ */ a("div", {
					class: "suggest",
					children: [/* @__PURE__ */ a("label", {
						for: selectId,
						children: "Highlight cards suggested for"
					}), /* @__PURE__ */ a("div", {
						class: "suggest-row",
						children: [/* @__PURE__ */ a("select", {
							id: selectId,
							value: highlightTag ?? "",
							onChange: (event) => props.onHighlight(event.target.value || void 0),
							children: [/* @__PURE__ */ a("option", {
								value: "",
								children: "(no tag)"
							}), suggestedTags.map(({ tag, cards }) => /* @__PURE__ */ a("option", {
								value: tag,
								children: [
									tag,
									" (",
									cards,
									")"
								]
							}, tag))]
						}), /* @__PURE__ */ a("button", {
							type: "button",
							class: "save-all",
							disabled: !highlighted || props.busy,
							"aria-label": highlighted ? `Save all ${plural(highlighted.cards, "card")} suggested for ${highlighted.tag}` : "Save all suggested (choose a tag first)",
							onClick: () => highlighted && props.onSaveAll(highlighted.tag),
							children: ["Save all", highlighted ? ` ${highlighted.cards}` : ""]
						})]
					})]
				}),
				/* @__PURE__ */ a("div", {
					class: "status",
					role: "status",
					children: [props.status?.message, props.status?.onUndo && /* @__PURE__ */ a("button", {
						type: "button",
						class: "undo",
						disabled: props.busy,
						onClick: props.status.onUndo,
						children: "Undo"
					})]
				})
			]
		});
	}
	// components/listing-toolbar.css?inline
	var listing_toolbar_default = "/*\n * The listing toolbar's shadow root. Fixed in the bottom-right corner, a single pill until\n * opened. The host sits in the page's DOM: page rules such as `* { display: none !important }`\n * reach it, and the :host block's !important declarations are what beat them.\n */\n:host {\n  all: initial !important;\n  display: block !important;\n  position: fixed !important;\n  right: 12px !important;\n  bottom: 12px !important;\n  left: auto !important;\n  top: auto !important;\n  z-index: 2147483646 !important;\n  visibility: visible !important;\n  opacity: 1 !important;\n  font:\n    12px / 1.4 system-ui,\n    -apple-system,\n    \"Segoe UI\",\n    Roboto,\n    sans-serif !important;\n  color-scheme: light dark;\n  --accent: #b45309;\n  --accent-bg: #fef3c7;\n  --line: #d1d5db;\n  --surface: #ffffff;\n  --text: #1f2937;\n  --muted: #4b5563;\n}\n\n@media (prefers-color-scheme: dark) {\n  :host {\n    --accent: #fbbf24;\n    --accent-bg: #422006;\n    --line: #4b5563;\n    --surface: #111827;\n    --text: #e5e7eb;\n    --muted: #9ca3af;\n  }\n}\n\n* {\n  box-sizing: border-box;\n}\n\nbutton,\nselect {\n  font: inherit;\n  color: var(--text);\n  background: var(--surface);\n  border: 1px solid var(--line);\n  border-radius: 999px;\n  padding: 2px 10px;\n  min-height: 26px;\n  cursor: pointer;\n}\n\nselect {\n  border-radius: 6px;\n  max-width: 14em;\n}\n\nbutton:hover,\nselect:hover {\n  border-color: var(--accent);\n}\n\nbutton:focus-visible,\nselect:focus-visible,\ninput:focus-visible {\n  outline: 2px solid var(--accent);\n  outline-offset: 1px;\n}\n\nbutton:disabled {\n  cursor: default;\n  opacity: 0.55;\n}\n\n.pill {\n  box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);\n  color: var(--muted);\n}\n\n.panel {\n  width: 280px;\n  max-width: calc(100vw - 24px);\n  padding: 10px 12px;\n  border: 1px solid var(--line);\n  border-radius: 10px;\n  background: var(--surface);\n  color: var(--text);\n  box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);\n  display: grid;\n  gap: 8px;\n}\n\n.header {\n  display: flex;\n  align-items: center;\n  justify-content: space-between;\n  font-weight: 600;\n}\n\n.close {\n  border: 0;\n  padding: 0 6px;\n  font-size: 16px;\n  line-height: 1;\n}\n\n.views {\n  border: 0;\n  margin: 0;\n  padding: 0;\n  min-width: 0;\n}\n\n.views legend {\n  padding: 0;\n  margin-bottom: 2px;\n  color: var(--muted);\n}\n\n.choices {\n  display: flex;\n  flex-wrap: wrap;\n  gap: 4px 12px;\n}\n\n.views label {\n  display: inline-flex;\n  align-items: center;\n  gap: 2px;\n}\n\n.suggest {\n  display: grid;\n  gap: 4px;\n}\n\n.suggest label,\n.hint {\n  color: var(--muted);\n  margin: 0;\n}\n\n.suggest-row {\n  display: flex;\n  gap: 6px;\n}\n\n.save-all {\n  background: var(--accent-bg);\n  border-color: var(--accent);\n  white-space: nowrap;\n}\n\n.status {\n  min-height: 1.4em;\n  display: flex;\n  gap: 6px;\n  align-items: center;\n  color: var(--muted);\n}\n\n.status:empty {\n  display: none;\n}\n\n.undo {\n  padding: 0 8px;\n  min-height: 22px;\n}\n";
	// entrypoints/listing/listing-toolbar.ts
	/**
	* Mounts the listing toolbar (components/ListingToolbar.tsx) in its own shadow root and does
	* what it asks on the page: counts, highlighting the cards suggested for a tag, dimming or hiding
	* saved cards, and "save all suggested" with undo through the background.
	*
	* The host goes on <html>, outside <body>, so the session's MutationObserver never sees it.
	* Card styling is inline (`!important`), undone exactly when the session ends: no stylesheet is
	* added to the page, and no node is inserted that could trigger a rescan.
	*/
	var TOOLBAR_TAG = "paper-shelf-toolbar";
	/** Below this many cards the page is not a listing and the toolbar stays out of the way. */
	var MIN_CARDS = 2;
	var HIGHLIGHT = {
		outline: "2px solid #f59e0b",
		"outline-offset": "2px"
	};
	var ListingToolbarController = class {
		session;
		suggestions;
		client;
		adapter;
		element;
		shadow;
		expanded = false;
		highlightTag;
		savedView = "show";
		busy = false;
		status;
		/** What each styled element looked like before, to restore it exactly. */
		originals = /* @__PURE__ */ new Map();
		renderQueued = false;
		constructor(session, suggestions, client, adapter) {
			this.session = session;
			this.suggestions = suggestions;
			this.client = client;
			this.adapter = adapter;
			this.element = document.createElement(TOOLBAR_TAG);
			this.shadow = this.element.attachShadow({ mode: "open" });
			const style = document.createElement("style");
			style.textContent = listing_toolbar_default;
			this.shadow.append(style);
			suggestions.onChange(() => this.refresh());
			session.signal.addEventListener("abort", () => this.unmount());
		}
		mount() {
			for (const stale of document.querySelectorAll(TOOLBAR_TAG)) stale.remove();
			document.documentElement.append(this.element);
			this.render();
		}
		cardsAdded(hosts) {
			if (hosts.length) this.refresh(hosts);
		}
		statesChanged(hosts) {
			this.refresh(hosts);
		}
		unmount() {
			Q(null, this.shadow);
			this.element.remove();
			for (const [element, saved] of this.originals) for (const [property, [value, priority]] of saved) if (value) element.style.setProperty(property, value, priority);
			else element.style.removeProperty(property);
			this.originals.clear();
		}
		/** Restyles `hosts` (all cards by default) and re-renders once per frame at most. */
		refresh(hosts = this.session.cardHosts) {
			if (this.session.signal.aborted) return;
			if (this.highlightTag || this.savedView !== "show" || this.originals.size > 0) for (const host of hosts) this.styleCard(host);
			if (this.renderQueued) return;
			this.renderQueued = true;
			queueMicrotask(() => {
				this.renderQueued = false;
				if (!this.session.signal.aborted) this.render();
			});
		}
		styleCard(host) {
			const saved = host.currentState?.saved ?? false;
			const highlighted = !!this.highlightTag && host.suggestedTags.includes(this.highlightTag);
			host.element.toggleAttribute("data-highlighted", highlighted);
			const overrides = {
				...saved && this.savedView === "dim" && { opacity: "0.4" },
				...saved && this.savedView === "hide" && { display: "none" },
				...highlighted && HIGHLIGHT
			};
			const elements = this.adapter.cardElements?.(host.card) ?? [host.card];
			for (const element of elements) if (element instanceof HTMLElement) this.override(element, overrides);
		}
		override(element, overrides) {
			let saved = this.originals.get(element);
			for (const property of [
				"opacity",
				"display",
				"outline",
				"outline-offset"
			]) {
				const value = overrides[property];
				if (value !== void 0) {
					if (!saved) {
						saved = /* @__PURE__ */ new Map();
						this.originals.set(element, saved);
					}
					if (!saved.has(property)) saved.set(property, [element.style.getPropertyValue(property), element.style.getPropertyPriority(property)]);
					element.style.setProperty(property, value, "important");
				} else if (saved?.has(property)) {
					const [original, priority] = saved.get(property);
					if (original) element.style.setProperty(property, original, priority);
					else element.style.removeProperty(property);
					saved.delete(property);
				}
			}
		}
		render() {
			const hosts = this.session.cardHosts;
			const cardCount = new Set(hosts.map((host) => host.candidate.id)).size;
			if (cardCount < MIN_CARDS) {
				Q(null, this.shadow);
				return;
			}
			const savedIds = new Set(hosts.filter((host) => host.currentState?.saved).map((host) => host.candidate.id));
			const tagCounts = this.suggestions.tagCounts();
			if (this.highlightTag && !tagCounts.some((entry) => entry.tag === this.highlightTag)) this.highlightTag = void 0;
			Q(k$1(ListingToolbar, {
				cardCount,
				savedCount: savedIds.size,
				suggestedTags: tagCounts,
				highlightTag: this.highlightTag,
				savedView: this.savedView,
				expanded: this.expanded,
				busy: this.busy,
				status: this.status,
				onToggle: () => {
					this.expanded = !this.expanded;
					this.render();
				},
				onHighlight: (tag) => {
					this.highlightTag = tag;
					this.refresh();
				},
				onSavedView: (view) => {
					this.savedView = view;
					this.refresh();
				},
				onSaveAll: (tag) => void this.saveAll(tag)
			}), this.shadow);
		}
		async saveAll(tag) {
			const candidates = new Map(this.suggestions.cardsSuggestedFor(tag).map((host) => [host.candidate.id, host.candidate]));
			if (candidates.size === 0) return;
			await this.run(async () => {
				const { changes, undoToken } = await this.client.tagPapers([...candidates.values()], tag);
				this.session.applyChanges(changes);
				this.status = {
					message: `Tagged ${changes.length} ${changes.length === 1 ? "paper" : "papers"} “${tag}”.`,
					onUndo: () => void this.undo(undoToken, tag)
				};
			});
		}
		async undo(undoToken, tag) {
			await this.run(async () => {
				const { changes } = await this.client.undoTagPapers(undoToken);
				this.session.applyChanges(changes);
				this.status = { message: `Undone: “${tag}” taken back.` };
			});
		}
		async run(action) {
			this.busy = true;
			this.render();
			try {
				await action();
			} catch (error) {
				const detail = error instanceof Error && error.message ? error.message : "try again";
				this.status = { message: `Paper Shelf could not do that: ${detail}` };
			} finally {
				this.busy = false;
				if (!this.session.signal.aborted) this.refresh();
			}
		}
	};
	// entrypoints/listing/page-suggestions.ts
	/** The abstract is cut here before it is sent: enough for the model, bounded for the message. */
	var SUGGESTION_TEXT_CAP = 2e3;
	/** Quiet time after the last tag change before the page asks for fresh suggestions. */
	var SUGGESTION_REFRESH_DELAY_MS = 2e3;
	var PageSuggestions = class {
		session;
		client;
		/** Suggested tags by paper id, as the background last answered. */
		byId = /* @__PURE__ */ new Map();
		/** The tags each card had when last seen, to tell a tag change from a first state. */
		seenTags = /* @__PURE__ */ new WeakMap();
		listeners = /* @__PURE__ */ new Set();
		refreshTimer;
		constructor(session, client) {
			this.session = session;
			this.client = client;
			session.signal.addEventListener("abort", () => clearTimeout(this.refreshTimer));
		}
		/** Called after every change to the suggestions shown. */
		onChange(listener) {
			this.listeners.add(listener);
		}
		cardsAdded(hosts) {
			const unknown = [];
			for (const host of hosts) {
				this.seenTags.set(host, host.currentState?.tags.join(",") ?? "");
				const known = this.byId.get(host.candidate.id);
				if (known) host.setSuggestions(known);
				else unknown.push(host);
			}
			if (unknown.length) this.request(unknown);
			else if (hosts.length) this.emit();
		}
		statesChanged(hosts) {
			let tagsChanged = false;
			for (const host of hosts) {
				const tags = host.currentState?.tags.join(",") ?? "";
				const before = this.seenTags.get(host);
				if (before !== void 0 && before !== tags) tagsChanged = true;
				this.seenTags.set(host, tags);
			}
			if (tagsChanged) this.scheduleRefresh();
			this.emit();
		}
		/** Cards that offer `tag`, in page order. */
		cardsSuggestedFor(tag) {
			return this.session.cardHosts.filter((host) => host.suggestedTags.includes(tag));
		}
		/** Every tag suggested on the page, with how many cards offer it, most offered first. */
		tagCounts() {
			const counts = /* @__PURE__ */ new Map();
			for (const host of this.session.cardHosts) for (const tag of host.suggestedTags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
			return [...counts].map(([tag, cards]) => ({
				tag,
				cards
			})).sort((a, b) => b.cards - a.cards || a.tag.localeCompare(b.tag));
		}
		scheduleRefresh() {
			if (this.session.signal.aborted) return;
			clearTimeout(this.refreshTimer);
			this.refreshTimer = setTimeout(() => void this.request(this.session.cardHosts), SUGGESTION_REFRESH_DELAY_MS);
		}
		/** ONE message for all of `hosts`; a failure leaves the cards without suggestions. */
		async request(hosts) {
			const papers = /* @__PURE__ */ new Map();
			for (const { candidate } of hosts) {
				if (papers.has(candidate.id)) continue;
				const abstract = candidate.abstract?.slice(0, SUGGESTION_TEXT_CAP);
				papers.set(candidate.id, {
					id: candidate.id,
					title: candidate.title,
					...abstract && { abstract }
				});
			}
			let reply;
			try {
				reply = await this.client.suggestTags([...papers.values()]);
			} catch {
				return;
			}
			if (this.session.signal.aborted) return;
			for (const [id, tags] of Object.entries(reply)) this.byId.set(id, tags);
			let sliceStart = performance.now();
			for (const host of this.session.cardHosts) {
				const tags = this.byId.get(host.candidate.id);
				if (tags && papers.has(host.candidate.id)) host.setSuggestions(tags);
				if (performance.now() - sliceStart > 8) {
					await yieldToPage();
					if (this.session.signal.aborted) return;
					sliceStart = performance.now();
				}
			}
			this.emit();
		}
		emit() {
			for (const listener of this.listeners) try {
				listener();
			} catch {}
		}
	};
	// entrypoints/listing/tagging.ts
	function attachTagging(session, adapter, client) {
		const suggestions = new PageSuggestions(session, client);
		const toolbar = new ListingToolbarController(session, suggestions, client, adapter);
		session.observe(suggestions);
		session.observe(toolbar);
		toolbar.mount();
	}
	// entrypoints/listing/user-events.ts
	/**
	* Only the user's own input reaches the widgets. Their shadow roots are open (the test contract
	* in shared/DESIGN.md), so a page script can reach the buttons: `button.click()` on "Saved"
	* would remove a paper from the user's shelf, and a synthetic Enter in the tag input would tag
	* one. Events a script makes are not trusted (`isTrusted` is false): each widget's shadow root
	* stops them on their way down, before they reach a button or the input. (At the document
	* they could not all be caught: an event dispatched without `composed` never leaves the shadow
	* tree.) Unit tests that drive widgets with synthetic events simply do not install this.
	*/
	/**
	* The event types the widget's handlers listen to (CardWidget, TagChip): a handler of a new type
	* needs its type here. Only these, since each is a listener on every one of up to 2,000 shadow
	* roots.
	*/
	var USER_EVENTS = [
		"click",
		"mousedown",
		"keydown",
		"keyup",
		"keypress",
		"input"
	];
	function stopSynthetic(event) {
		if (!event.isTrusted) {
			event.stopImmediatePropagation();
			event.preventDefault();
		}
	}
	/** Stops synthetic input inside `root`, before it reaches anything there. */
	function acceptOnlyUserEvents(root) {
		for (const type of USER_EVENTS) root.addEventListener(type, stopSynthetic, { capture: true });
	}
	/** Every card widget's shadow root, from now on (other widgets call acceptOnlyUserEvents). */
	function acceptOnlyUserEventsInWidgets() {
		onEveryShadowRoot(acceptOnlyUserEvents);
	}
	// entrypoints/listing/run-listing-script.ts
	var shelfClient = {
		getSavedStates: (ids) => sendMessage("getSavedStates", { ids }),
		savePaper: (candidate) => sendMessage("savePaper", { candidate }),
		removePaper: (id) => sendMessage("removePaper", { id }),
		editPaperTags: (candidate, edit) => sendMessage("editPaperTags", {
			candidate,
			add: edit.add ?? [],
			remove: edit.remove ?? []
		}),
		setPaperStatus: (id, status) => sendMessage("setPaperStatus", {
			id,
			status
		}),
		listTagNames: () => sendMessage("listTagNames", {})
	};
	var taggingClient = {
		suggestTags: (papers) => sendMessage("suggestTags", { papers }),
		tagPapers: (candidates, tag) => sendMessage("tagPapers", {
			candidates,
			tag
		}),
		undoTagPapers: (undoToken) => sendMessage("undoTagPapers", { undoToken })
	};
	/** What `main` of a site's content script does; entrypoints/<site>.content.ts hands it the adapter. */
	function runListingScript(adapter, ctx) {
		const client = resilientClient(shelfClient, ctx);
		acceptOnlyUserEventsInWidgets();
		let session;
		const startSession = (href) => {
			session?.stop();
			session = void 0;
			const url = new URL(href);
			const match = matchPage(adapter, url);
			if (!match) return;
			session = new PageSession(match, url, client);
			attachTagging(session, match.adapter, taggingClient);
			session.start();
		};
		const removeChangeListener = onMessage("savedStatesChanged", ({ data }) => {
			session?.applyChanges(data.changes);
		});
		ctx.onInvalidated(() => {
			session?.stop();
			try {
				removeChangeListener();
			} catch {}
		});
		ctx.addEventListener(window, "wxt:locationchange", ({ newUrl }) => startSession(newUrl.href));
		ctx.addEventListener(document, "visibilitychange", () => {
			if (document.visibilityState === "visible") session?.refreshStates().catch(() => {});
		});
		startSession(location.href);
	}
	// entrypoints/listing/script-options.ts
	function listingScriptOptions(adapter) {
		return {
			matches: adapter.matches,
			runAt: "document_idle"
		};
	}
	// entrypoints/semanticscholar.content.ts
	var semanticscholar_content_default = defineContentScript({
		...listingScriptOptions(semanticscholarAdapter),
		main: (ctx) => runListingScript(semanticscholarAdapter, ctx)
	});
	// node_modules/wxt/dist/utils/internal/logger.mjs
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger$1 = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	// node_modules/wxt/dist/browser.mjs
	/**
	* Contains the `browser` export which you should use to access the extension
	* APIs in your project:
	*
	* ```ts
	* import { browser } from 'wxt/browser';
	*
	* browser.runtime.onInstalled.addListener(() => {
	*   // ...
	* });
	* ```
	*
	* @module wxt/browser
	*/
	var browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
	// node_modules/wxt/dist/utils/internal/custom-events.mjs
	var WxtLocationChangeEvent = class WxtLocationChangeEvent extends Event {
		static EVENT_NAME = getUniqueEventName("wxt:locationchange");
		constructor(newUrl, oldUrl) {
			super(WxtLocationChangeEvent.EVENT_NAME, {});
			this.newUrl = newUrl;
			this.oldUrl = oldUrl;
		}
	};
	/**
	* Returns an event name unique to the extension and content script that's
	* running.
	*/
	function getUniqueEventName(eventName) {
		return `${browser?.runtime?.id}:semanticscholar:${eventName}`;
	}
	// node_modules/wxt/dist/utils/internal/location-watcher.mjs
	var supportsNavigationApi = typeof globalThis.navigation?.addEventListener === "function";
	/**
	* Create a util that watches for URL changes, dispatching the custom event when
	* detected. Stops watching when content script is invalidated. Uses Navigation
	* API when available, otherwise falls back to polling.
	*/
	function createLocationWatcher(ctx) {
		let lastUrl;
		let watching = false;
		return { run() {
			if (watching) return;
			watching = true;
			lastUrl = new URL(location.href);
			if (supportsNavigationApi) globalThis.navigation.addEventListener("navigate", (event) => {
				const newUrl = new URL(event.destination.url);
				if (newUrl.href === lastUrl.href) return;
				window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
				lastUrl = newUrl;
			}, { signal: ctx.signal });
			else ctx.setInterval(() => {
				const newUrl = new URL(location.href);
				if (newUrl.href !== lastUrl.href) {
					window.dispatchEvent(new WxtLocationChangeEvent(newUrl, lastUrl));
					lastUrl = newUrl;
				}
			}, 1e3);
		} };
	}
	// node_modules/wxt/dist/utils/content-script-context.mjs
	/**
	* Implements
	* [`AbortController`](https://developer.mozilla.org/en-US/docs/Web/API/AbortController).
	* Used to detect and stop content script code when the script is invalidated.
	*
	* It also provides several utilities like `ctx.setTimeout` and
	* `ctx.setInterval` that should be used in content scripts instead of
	* `window.setTimeout` or `window.setInterval`.
	*
	* To create context for testing, you can use the class's constructor:
	*
	* ```ts
	* import { ContentScriptContext } from 'wxt/utils/content-scripts-context';
	*
	* test('storage listener should be removed when context is invalidated', () => {
	*   const ctx = new ContentScriptContext('test');
	*   const item = storage.defineItem('local:count', { defaultValue: 0 });
	*   const watcher = vi.fn();
	*
	*   const unwatch = item.watch(watcher);
	*   ctx.onInvalidated(unwatch); // Listen for invalidate here
	*
	*   await item.setValue(1);
	*   expect(watcher).toBeCalledTimes(1);
	*   expect(watcher).toBeCalledWith(1, 0);
	*
	*   ctx.notifyInvalidated(); // Use this function to invalidate the context
	*   await item.setValue(2);
	*   expect(watcher).toBeCalledTimes(1);
	* });
	* ```
	*/
	var ContentScriptContext = class ContentScriptContext {
		static SCRIPT_STARTED_MESSAGE_TYPE = getUniqueEventName("wxt:content-script-started");
		id;
		abortController;
		locationWatcher = createLocationWatcher(this);
		constructor(contentScriptName, options) {
			this.contentScriptName = contentScriptName;
			this.options = options;
			this.id = Math.random().toString(36).slice(2);
			this.abortController = new AbortController();
			this.stopOldScripts();
			this.listenForNewerScripts();
		}
		get signal() {
			return this.abortController.signal;
		}
		abort(reason) {
			return this.abortController.abort(reason);
		}
		get isInvalid() {
			if (browser.runtime?.id == null) this.notifyInvalidated();
			return this.signal.aborted;
		}
		get isValid() {
			return !this.isInvalid;
		}
		/**
		* Add a listener that is called when the content script's context is
		* invalidated.
		*
		* @example
		*   browser.runtime.onMessage.addListener(cb);
		*   const removeInvalidatedListener = ctx.onInvalidated(() => {
		*     browser.runtime.onMessage.removeListener(cb);
		*   });
		*   // ...
		*   removeInvalidatedListener();
		*
		* @returns A function to remove the listener.
		*/
		onInvalidated(cb) {
			this.signal.addEventListener("abort", cb);
			return () => this.signal.removeEventListener("abort", cb);
		}
		/**
		* Return a promise that never resolves. Useful if you have an async function
		* that shouldn't run after the context is expired.
		*
		* @example
		*   const getValueFromStorage = async () => {
		*     if (ctx.isInvalid) return ctx.block();
		*
		*     // ...
		*   };
		*/
		block() {
			return new Promise(() => {});
		}
		/**
		* Wrapper around `window.setInterval` that automatically clears the interval
		* when invalidated.
		*
		* Intervals can be cleared by calling the normal `clearInterval` function.
		*/
		setInterval(handler, timeout) {
			const id = setInterval(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearInterval(id));
			return id;
		}
		/**
		* Wrapper around `window.setTimeout` that automatically clears the interval
		* when invalidated.
		*
		* Timeouts can be cleared by calling the normal `setTimeout` function.
		*/
		setTimeout(handler, timeout) {
			const id = setTimeout(() => {
				if (this.isValid) handler();
			}, timeout);
			this.onInvalidated(() => clearTimeout(id));
			return id;
		}
		/**
		* Wrapper around `window.requestAnimationFrame` that automatically cancels
		* the request when invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelAnimationFrame`
		* function.
		*/
		requestAnimationFrame(callback) {
			const id = requestAnimationFrame((...args) => {
				if (this.isValid) callback(...args);
			});
			this.onInvalidated(() => cancelAnimationFrame(id));
			return id;
		}
		/**
		* Wrapper around `window.requestIdleCallback` that automatically cancels the
		* request when invalidated.
		*
		* Callbacks can be canceled by calling the normal `cancelIdleCallback`
		* function.
		*/
		requestIdleCallback(callback, options) {
			const id = requestIdleCallback((...args) => {
				if (!this.signal.aborted) callback(...args);
			}, options);
			this.onInvalidated(() => cancelIdleCallback(id));
			return id;
		}
		addEventListener(target, type, handler, options) {
			if (type === "wxt:locationchange") {
				if (this.isValid) this.locationWatcher.run();
			}
			target.addEventListener?.(type.startsWith("wxt:") ? getUniqueEventName(type) : type, handler, {
				...options,
				signal: this.signal
			});
		}
		/**
		* @internal
		* Abort the abort controller and execute all `onInvalidated` listeners.
		*/
		notifyInvalidated() {
			this.abort("Content script context invalidated");
			logger$1.debug(`Content script "${this.contentScriptName}" context invalidated`);
		}
		stopOldScripts() {
			document.dispatchEvent(new CustomEvent(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, { detail: {
				contentScriptName: this.contentScriptName,
				messageId: this.id
			} }));
			if (!this.options?.noScriptStartedPostMessage) window.postMessage({
				type: ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE,
				contentScriptName: this.contentScriptName,
				messageId: this.id
			}, "*");
		}
		verifyScriptStartedEvent(event) {
			const isSameContentScript = event.detail?.contentScriptName === this.contentScriptName;
			const isFromSelf = event.detail?.messageId === this.id;
			return isSameContentScript && !isFromSelf;
		}
		listenForNewerScripts() {
			const cb = (event) => {
				if (!(event instanceof CustomEvent) || !this.verifyScriptStartedEvent(event)) return;
				this.notifyInvalidated();
			};
			document.addEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, cb);
			this.onInvalidated(() => document.removeEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, cb));
		}
	};
	// \0virtual:wxt-content-script-isolated-world-entrypoint?/work/main/entrypoints/semanticscholar.content.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	return (async () => {
		try {
			const { main, ...options } = semanticscholar_content_default;
			return await main(new ContentScriptContext("semanticscholar", options));
		} catch (err) {
			logger.error(`The content script "semanticscholar" crashed on startup!`, err);
			throw err;
		}
	})();
})();
