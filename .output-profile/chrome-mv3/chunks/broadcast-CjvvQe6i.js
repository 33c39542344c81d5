import { n as __exportAll } from "./rolldown-runtime-SbdDWaPq.js";
import { F as byStrength, I as canonicalId, L as canonicalIds, N as arxivIdFrom, P as arxivIdOf, Q as SITE_IDS, R as identityOf, X as LIMITS, Y as ARXIV_CATEGORY, ai as browser, ri as db } from "./_virtual_wxt-plugins-DAbNW9QY.js";
// lib/badge.ts
/**
* The toolbar badge: how many saved papers are still to read.
*
* Why this count and not "saved papers on this page": on a listing, every card already shows
* whether it is saved, so a per-page count repeats what is on screen; the backlog is seen nowhere
* until the popup opens. It is also the cheaper one: one count on the `status` index after a
* change, one global badge, no per-tab state to rebuild when the service worker restarts.
*/
/** The toolbar has room for about four characters. */
function badgeText(toRead) {
	if (toRead <= 0) return "";
	if (toRead < 1e3) return String(toRead);
	return `${Math.floor(toRead / 1e3)}k+`;
}
/** Shows the current count; called after every change to the shelf, wherever it was made. */
async function refreshBadge() {
	const action = browser.action ?? browser.browserAction;
	if (!action) return;
	const toRead = await db.papers.where("status").equals("to-read").count();
	await action.setBadgeBackgroundColor({ color: "#b45309" });
	await action.setBadgeText({ text: badgeText(toRead) });
	await action.setTitle({ title: toRead === 1 ? "Paper Shelf: 1 paper to read" : `Paper Shelf: ${toRead.toLocaleString()} papers to read` });
}
// node_modules/@aklinker1/zero-serialize-error/dist/index.mjs
var e = `string`;
var t = `object`;
function n(n) {
	return n != null && typeof n === t && typeof n.name === e && typeof n.message === e && typeof n.stack === e;
}
function r(e) {
	if (typeof e !== t || e == null) return e;
	if (e instanceof Error) return {
		name: e.name,
		message: e.message,
		stack: e.stack ?? ``,
		...e.cause ? { cause: r(e.cause) } : {},
		...r({ ...e })
	};
	if (Array.isArray(e)) {
		let t = [];
		for (let n of e) t.push(r(n));
		return t;
	}
	let n = Object.create(null);
	for (let [t, i] of Object.entries(e)) n[t] = r(i);
	return n;
}
function i(e) {
	if (n(e)) {
		let t = Error(e.message, e.cause ? { cause: i(e.cause) } : void 0);
		t.name = e.name, t.stack = e.stack;
		for (let [n, r] of Object.entries(e)) n !== `name` && n !== `message` && n !== `stack` && n !== `cause` && (t[n] = r);
		return t;
	}
	if (e == null || typeof e !== t) return e;
	if (Array.isArray(e)) {
		let t = [];
		for (let n of e) t.push(i(n));
		return t;
	}
	let r = Object.create(null);
	for (let [t, n] of Object.entries(e)) r[t] = i(n);
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
			if (err != null) throw i(err);
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
							return { err: r(err) };
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
/**
* Messages that delete in bulk, import or export: only extension pages (popup, options) may send
* them. A content script runs next to page code and must never reach them.
*/
var PRIVILEGED_MESSAGES = /* @__PURE__ */ new Set(["removePapers"]);
var { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging({ logger: void 0 });
// lib/sites/dom-text.ts
/** Text helpers shared by the adapters: pages wrap, highlight and pad their text freely. */
/** textContent with every run of whitespace (newlines from arXiv's wrapping too) as one space. */
function cleanText(node) {
	return normalizeSpace(node?.textContent ?? "");
}
function normalizeSpace(text) {
	return text.replace(/\s+/g, " ").trim();
}
/** textContent of `node` without the children that match `skipSelector` (arXiv's "Title:"). */
function textWithout(node, skipSelector) {
	if (!node) return "";
	let text = "";
	for (const child of node.childNodes) {
		if (child.nodeType === 1 && child.matches(skipSelector)) continue;
		text += child.textContent ?? "";
	}
	return normalizeSpace(text);
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
/** Distinct non-empty strings, first seen first. */
function uniqueNonEmpty(values) {
	const seen = /* @__PURE__ */ new Set();
	for (const value of values) {
		const text = normalizeSpace(value);
		if (text) seen.add(text);
	}
	return [...seen];
}
/** The arXiv id (no `arxiv:`, no version) an href points to, or undefined for anything else. */
function arxivIdOfHref(href, base) {
	const url = absoluteUrl(href, base);
	const id = url ? canonicalId(url) : void 0;
	return id ? arxivIdOf(id) : void 0;
}
function arxivAbsUrl(arxivId) {
	return `https://arxiv.org/abs/${arxivId}`;
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
// lib/sites/acl.ts
/**
* ACL Anthology: event pages (`/events/acl-2024/`), volume pages (`/volumes/2024.acl-long/`) and
* paper pages (`/2024.acl-long.1/`). A static Hugo site; markup from acl-org/acl-anthology's
* templates (hugo/layouts/papers/list-entry.html, events/single.html, papers/single.html), notes
* in shared/reference/site-markup.md ("ACL Anthology").
*
* An entry is a `p` (older template) or `div` (Bootstrap 5 template) `.d-sm-flex.align-items-stretch`
* holding the badge row and the title; its abstract is the collapsed sibling that follows it.
* Badge classes changed between the two templates, so nothing here keys on them: the title link
* and the Anthology id in its href are what identify an entry.
*
* Identity: `acl:<anthology id>`; a paper page that states its DOI names the paper by the DOI
* (the stronger id, as the database keys records) with the Anthology id as an alias.
*/
var ACL_ORIGIN = new URL("https://aclanthology.org");
var ENTRY = "p.d-sm-flex.align-items-stretch, div.d-sm-flex.align-items-stretch";
var TITLE_LINK$1 = "strong > a.align-middle";
/** The paper page's title; its parent section is the card of the page's paper. */
var PAGE_TITLE$1 = "h2#title";
/** Volume ids: `2024.acl-long`, `2023.findings-emnlp`, and pre-2020 `P19-1`, `W19-53`. */
var VOLUME_PATH = /^\/volumes\/(?:\d{4}\.[a-z\d]+-[a-z\d]+|[A-Z]\d{2}-\d{1,2})\/?$/i;
var EVENT_PATH = /^\/events\/[a-z\d]+(?:-[a-z\d]+)*\/?$/i;
function onAnthology(url) {
	return url.protocol === "https:" && url.hostname === ACL_ORIGIN.hostname;
}
/** The Anthology id (without `acl:`) an href points to, or undefined. */
function aclIdOfHref(href) {
	const url = (href ? /^\/([^/?#]+)\/?$/.exec(href)?.[1] : void 0) ?? absoluteUrl(href, ACL_ORIGIN);
	const id = url ? canonicalId(url) : void 0;
	return id?.startsWith("acl:") ? id.slice(4) : void 0;
}
/** `/2024.acl-long.1/` is a paper page; `/2024.acl-long.1.pdf` and `/faq/` are not. */
function paperPageId$1(url) {
	const segment = /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
	return (segment ? canonicalId(segment) : void 0) === `acl:${segment}` ? segment : void 0;
}
/**
* The proceedings front matter ("Proceedings of ...", listed with the volume's editors as its
* authors) is the first entry of every volume. It is the volume itself, not a paper: saving it
* would put a book with its editors on the shelf each time one clicks the first row. Its paper
* number is 0; before 2020 ids pad the number to three digits, or two for the volumes whose
* number takes two digits (W, C69 and D19 from volume 5), per acl-anthology's
* `deconstruct_anthology_id`.
*/
function isFrontMatter(anthologyId) {
	const newStyle = /\.(\d+)$/.exec(anthologyId);
	if (newStyle) return Number(newStyle[1]) === 0;
	const old = /^([A-Z]\d{2})-(\d{4})$/.exec(anthologyId);
	if (!old) return false;
	const [, collection = "", rest = ""] = old;
	const twoDigitVolume = collection.startsWith("W") || collection === "C69" || collection === "D19" && Number(rest[0]) >= 5;
	return Number(rest.slice(twoDigitVolume ? 2 : 1)) === 0;
}
/**
* The year an Anthology id was issued in: new ids start with it (`2024.acl-long.1`); old ones
* carry its last two digits (`P19-1001`; the Anthology starts in the 1950s).
*/
function yearOfAnthologyId(anthologyId) {
	const newStyle = /^(\d{4})\./.exec(anthologyId);
	if (newStyle) return newStyle[1];
	const yy = /^[A-Z](\d{2})-/.exec(anthologyId)?.[1];
	if (!yy) return void 0;
	return `${Number(yy) >= 50 ? "19" : "20"}${yy}`;
}
function titleLinkOf$2(entry) {
	const link = entry.querySelector(TITLE_LINK$1);
	const anthologyId = aclIdOfHref(link?.getAttribute("href"));
	return link && anthologyId ? {
		link,
		anthologyId
	} : void 0;
}
function paperUrl(anthologyId) {
	return new URL(`/${anthologyId}/`, ACL_ORIGIN).href;
}
/** The entry's own PDF link (revisions are `...1v2.pdf`); attachments are other files. */
function pdfUrlOf(entry, anthologyId) {
	for (const link of entry.querySelectorAll("a[href$=\".pdf\"]")) {
		const href = link.getAttribute("href");
		if (aclIdOfHref(href) === anthologyId) return absoluteUrl(href, ACL_ORIGIN);
	}
}
/** The collapsed abstract right after the entry; its id spells the paper's (dots as `--`). */
function abstractOf(entry, anthologyId) {
	const next = entry.nextElementSibling;
	if (next?.id !== `abstract-${anthologyId.replaceAll(".", "--")}`) return void 0;
	return cleanText(next) || void 0;
}
function parseEntry$1(entry) {
	const titleLink = titleLinkOf$2(entry);
	if (!titleLink || isFrontMatter(titleLink.anthologyId)) return void 0;
	const { link, anthologyId } = titleLink;
	const title = cleanText(link);
	if (!title) return void 0;
	const authors = [...entry.querySelectorAll("a[href^=\"/people/\"]")].map(cleanText).filter(Boolean);
	const abstract = abstractOf(entry, anthologyId);
	const pdfUrl = pdfUrlOf(entry, anthologyId);
	const published = yearOfAnthologyId(anthologyId);
	return {
		id: `acl:${anthologyId}`,
		title,
		authors,
		url: paperUrl(anthologyId),
		site: "acl",
		...abstract && { abstract },
		...pdfUrl && { pdfUrl },
		...published && { published }
	};
}
/** The paper page's own card: its `citation_*` meta tags, the abstract from the page body. */
function parsePaperPage(section, meta, url) {
	const anthologyId = paperPageId$1(url);
	const title = meta.title ?? cleanText(section.querySelector(PAGE_TITLE$1));
	if (!anthologyId || !title) return void 0;
	const ids = identityOf(canonicalIds([meta.doi && `doi:${meta.doi}`, `acl:${anthologyId}`]));
	if (!ids) return void 0;
	const abstract = textWithout(section.querySelector(".acl-abstract"), "h5");
	const published = meta.published ?? yearOfAnthologyId(anthologyId);
	return {
		...ids,
		title,
		authors: meta.authors,
		url: paperUrl(anthologyId),
		site: "acl",
		...abstract && { abstract },
		...meta.pdfUrl && { pdfUrl: meta.pdfUrl },
		...published && { published }
	};
}
var aclAdapter = defineSiteAdapter({
	id: "acl",
	name: "ACL Anthology",
	matches: ["https://aclanthology.org/*"],
	paperLinks: [..."12ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => `https://aclanthology.org/${c}*`),
	pageTypes: {
		event: (url) => onAnthology(url) && EVENT_PATH.test(url.pathname),
		volume: (url) => onAnthology(url) && VOLUME_PATH.test(url.pathname),
		paper: (url) => onAnthology(url) && paperPageId$1(url) !== void 0
	},
	testUrls: {
		event: [
			"https://aclanthology.org/events/acl-2024/",
			"https://aclanthology.org/events/emnlp-2023",
			"https://aclanthology.org/events/ws-2019/#w19-53"
		],
		volume: [
			"https://aclanthology.org/volumes/2024.acl-long/",
			"https://aclanthology.org/volumes/2023.findings-emnlp/",
			"https://aclanthology.org/volumes/P19-1/",
			"https://aclanthology.org/volumes/W19-53"
		],
		paper: [
			"https://aclanthology.org/2024.acl-long.1/",
			"https://aclanthology.org/2023.findings-emnlp.123",
			"https://aclanthology.org/P19-1001/"
		]
	},
	readPage: (url, root) => readCitationMeta(root, url),
	findCards(root, url) {
		if (paperPageId$1(url)) {
			const section = root.querySelector(PAGE_TITLE$1)?.parentElement;
			return section ? [section] : [];
		}
		return [...root.querySelectorAll(ENTRY)].filter((entry) => {
			const titleLink = titleLinkOf$2(entry);
			return titleLink !== void 0 && !isFrontMatter(titleLink.anthologyId);
		});
	},
	parseCard: (card, meta, url) => card.matches(ENTRY) ? parseEntry$1(card) : parsePaperPage(card, meta, url),
	mountPoint(card) {
		if (card.matches(ENTRY)) {
			const titleBlock = titleLinkOf$2(card)?.link.closest("strong")?.parentElement;
			return titleBlock && card.contains(titleBlock) ? { parent: titleBlock } : void 0;
		}
		const heading = card.querySelector(PAGE_TITLE$1);
		const parent = heading?.parentElement;
		return heading && parent ? {
			parent,
			before: heading.nextSibling
		} : void 0;
	}
});
new Set(SITE_IDS);
// lib/sites/arxiv.ts
/**
* arXiv (static HTML from arXiv/arxiv-browse and arXiv/arxiv-search templates; markup notes in
* shared/reference/site-markup.md, "arXiv"):
*  - listings `/list/<category>/new|recent|pastweek` and catchup `/catchup/<subject>/<date>`,
*    which share the list macros: a card is a `dt` + `dd` pair with no wrapper, so the `dt`
*    stands for the card;
*  - search results `/search/...`: `li.arxiv-result`;
*  - abstract pages `/abs/<id>`: one card, `#abs`, read mostly from its `citation_*` meta tags.
*/
var ARXIV_ORIGIN = new URL("https://arxiv.org");
function isArxiv(url) {
	return url.protocol === "https:" && url.hostname === ARXIV_ORIGIN.hostname;
}
/** Category as arXiv spells it in list URLs: `cs.LG`, `hep-th`, `astro-ph.CO`, `math`. */
var LIST_PATH = /^\/list\/[A-Za-z-]+(?:\.[A-Za-z-]+)?\/(new|recent|pastweek)\/?$/;
/** Catchup takes an archive, a category or `grp_physics`, and a YYYY-MM-DD day. */
var CATCHUP_PATH = /^\/catchup\/[A-Za-z_-]+(?:\.[A-Za-z-]+)?\/\d{4}-\d{2}-\d{2}\/?$/;
/** Simple search `/search/`, an archive's search `/search/cs`, and advanced search. */
var SEARCH_PATH = /^\/search\/(?:advanced|[a-z-]+(?:\.[A-Za-z-]+)?)?\/?$/;
var ABS_PATH = /^\/abs\/.+/;
function listView(url) {
	return isArxiv(url) ? LIST_PATH.exec(url.pathname)?.[1] : void 0;
}
/** The arXiv id (no version) of an abstract page URL, or undefined. */
function absPageId(url) {
	if (!isArxiv(url) || !ABS_PATH.test(url.pathname)) return void 0;
	return arxivIdOfHref(url.pathname, ARXIV_ORIGIN);
}
/** The link every list entry has, whatever else its `dt` shows ("(cross-list from ...)"). */
var ABSTRACT_LINK = "a[title=\"Abstract\"]";
var SEARCH_RESULT = "ol.breathe-horizontal > li.arxiv-result";
/** The candidate for `arxivId`; undefined without a title. */
function arxivCandidate(arxivId, facts) {
	const ids = identityOf(canonicalIds([`arxiv:${arxivId}`, ...facts.otherIds ?? []]));
	if (!ids || !facts.title) return void 0;
	const { abstract, published, primaryCategory } = facts;
	return {
		...ids,
		title: facts.title,
		authors: facts.authors,
		url: arxivAbsUrl(arxivId),
		site: "arxiv",
		...abstract && { abstract },
		pdfUrl: facts.pdfUrl ?? arxivPdfUrl(arxivId),
		...published && { published },
		...primaryCategory && { primaryCategory }
	};
}
/** "Machine Learning (cs.LG)": the code in parentheses is BibTeX's primaryClass. */
function primaryCategoryIn(subject) {
	const code = /\(([^()]+)\)$/.exec(cleanText(subject))?.[1];
	return code && ARXIV_CATEGORY.test(code) ? code : void 0;
}
function linkTexts(links) {
	return [...links].map(cleanText).filter(Boolean);
}
function parseListEntry(dt, url) {
	const arxivId = arxivIdOfHref(dt.querySelector(ABSTRACT_LINK)?.getAttribute("href"), url);
	const dd = dt.nextElementSibling;
	if (!arxivId || !dd?.matches("dd")) return void 0;
	return arxivCandidate(arxivId, {
		title: textWithout(dd.querySelector(".list-title"), ".descriptor"),
		authors: linkTexts(dd.querySelectorAll(".list-authors > a")),
		abstract: cleanText(dd.querySelector("p.mathjax")),
		primaryCategory: primaryCategoryIn(dd.querySelector(".primary-subject"))
	});
}
function parseSearchResult(result) {
	const arxivId = arxivIdOfHref(result.querySelector("p.list-title a[href*=\"/abs/\"]")?.getAttribute("href"), ARXIV_ORIGIN);
	if (!arxivId) return void 0;
	const dates = cleanText(result.querySelector("p.is-size-7"));
	return arxivCandidate(arxivId, {
		title: cleanText(result.querySelector("p.title")),
		authors: linkTexts(result.querySelectorAll("p.authors > a")),
		abstract: textWithout(result.querySelector("span.abstract-full"), "a"),
		published: isoDateIn(dates.split(/v1 submitted/i)[1] ?? dates),
		otherIds: [...result.querySelectorAll(".tags a[href^=\"https://doi.org/\"]")].map((link) => link.getAttribute("href"))
	});
}
function parseAbsPage(abs, meta, url) {
	const arxivId = absPageId(url);
	if (!arxivId) return void 0;
	return arxivCandidate(arxivId, {
		title: meta?.title || textWithout(abs.querySelector("h1.title"), ".descriptor"),
		authors: meta?.authors.length ? meta.authors : linkTexts(abs.querySelectorAll("div.authors > a")),
		abstract: meta?.abstract || textWithout(abs.querySelector("blockquote.abstract"), ".descriptor"),
		pdfUrl: meta?.pdfUrl,
		published: meta?.published,
		otherIds: [meta?.doi && `doi:${meta.doi}`]
	});
}
var arxivAdapter = defineSiteAdapter({
	id: "arxiv",
	name: "arXiv",
	matches: [
		"https://arxiv.org/list/*",
		"https://arxiv.org/catchup/*",
		"https://arxiv.org/search/*",
		"https://arxiv.org/abs/*"
	],
	paperLinks: ["*://*.arxiv.org/abs/*", "*://*.arxiv.org/pdf/*"],
	pageTypes: {
		"list-new": (url) => listView(url) === "new",
		"list-recent": (url) => listView(url) === "recent",
		"list-pastweek": (url) => listView(url) === "pastweek",
		catchup: (url) => isArxiv(url) && CATCHUP_PATH.test(url.pathname),
		search: (url) => isArxiv(url) && SEARCH_PATH.test(url.pathname),
		abs: (url) => absPageId(url) !== void 0
	},
	testUrls: {
		"list-new": [
			"https://arxiv.org/list/cs.LG/new",
			"https://arxiv.org/list/hep-th/new",
			"https://arxiv.org/list/cs.CL/new?skip=0&show=2000"
		],
		"list-recent": ["https://arxiv.org/list/cs.LG/recent", "https://arxiv.org/list/astro-ph.CO/recent?skip=25&show=25"],
		"list-pastweek": ["https://arxiv.org/list/hep-th/pastweek?skip=25&show=25", "https://arxiv.org/list/math/pastweek/"],
		catchup: [
			"https://arxiv.org/catchup/cs.LG/2026-07-13?abs=True",
			"https://arxiv.org/catchup/hep-th/2026-07-10",
			"https://arxiv.org/catchup/grp_physics/2026-07-10?abs=False&page=2"
		],
		search: [
			"https://arxiv.org/search/?query=reward+model+overfitting&searchtype=all&source=header",
			"https://arxiv.org/search/cs?searchtype=author&query=Mbeki%2C+D",
			"https://arxiv.org/search/advanced?advanced=&terms-0-operator=AND&terms-0-term=scaling&terms-0-field=title",
			"https://arxiv.org/search/?query=sparse&searchtype=title&start=50&size=50&order=-announced_date_first"
		],
		abs: [
			"https://arxiv.org/abs/2607.08111",
			"https://arxiv.org/abs/2607.08111v2",
			"https://arxiv.org/abs/hep-th/9901001",
			"https://arxiv.org/abs/math.GT/0309136v1"
		]
	},
	readPage: (url, root) => absPageId(url) ? readCitationMeta(root, ARXIV_ORIGIN) : void 0,
	findCards(root, url) {
		if (absPageId(url)) return [...root.querySelectorAll("#abs")];
		if (SEARCH_PATH.test(url.pathname)) return [...root.querySelectorAll(SEARCH_RESULT)];
		return [...root.querySelectorAll("#dlpage dl dt")].filter((dt) => dt.querySelector(ABSTRACT_LINK) !== null);
	},
	cardElements: (card) => {
		const dd = card.matches("dt") ? card.nextElementSibling : null;
		return dd?.matches("dd") ? [card, dd] : [card];
	},
	parseCard(card, meta, url) {
		if (card.matches("dt")) return parseListEntry(card, url);
		if (card.matches("li.arxiv-result")) return parseSearchResult(card);
		return parseAbsPage(card, meta, url);
	},
	mountPoint(card) {
		if (card.matches("dt")) return { parent: card };
		const title = card.querySelector(":scope > p.title, :scope > h1.title");
		return title ? {
			parent: card,
			before: title.nextSibling
		} : { parent: card };
	}
});
// lib/sites/dblp.ts
/**
* dblp: author pages (`/pid/...`), conference and journal volume pages (`/db/conf/...`,
* `/db/journals/...`) and publication search (`/search?q=`). Markup notes in
* shared/reference/site-markup.md ("dblp"). Author and venue pages are static; search results are
* filled into `#completesearch-publs` by the page's script after load (and again on "load more"),
* which the page session's mutation observer picks up.
*
* A card is an `li.entry` whose `id` is the record's dblp key. Identity, strongest first as the
* database keys records: the arXiv id of a CoRR record (`journals/corr/abs-2607-08111` is arXiv
* 2607.08111) or of an arXiv electronic edition, then the other ids its electronic editions name
* (DOI, OpenReview, ACL Anthology), then `dblp:<key>`.
*/
var DBLP_ORIGIN = new URL("https://dblp.org");
function onDblp(url) {
	return url.protocol === "https:" && url.hostname === DBLP_ORIGIN.hostname;
}
/** `/db/<kind>/<venue>/<volume>.html`; the venue's `index.html` lists volumes, not papers. */
function isVolumePage(url, kind) {
	const match = new RegExp(`^/db/${kind}/[^/]+/([^/]+)\\.html$`).exec(url.pathname);
	return onDblp(url) && match !== null && !match[1]?.startsWith("index");
}
/**
* Entry types that are not papers: `editor` is a proceedings volume itself (its "authors" are its
* editors), listed first on a conference page and on the editors' author pages.
*/
var NOT_A_PAPER = ".editor";
/** Electronic editions: the head link of the first menu, and every edition in its list. */
var EDITION_LINKS = "nav.publ li:first-child > .head a, nav.publ li.ee a";
/** Ids electronic editions contribute; a plain URL (a publisher's HTML page) says too little. */
var EDITION_ID = /^(?:arxiv|doi|openreview|acl|s2):/;
/** `journals/corr/abs-2607-08111` -> `2607.08111`; older CoRR keys name authors, not ids. */
function arxivIdOfDblpKey(key) {
	const match = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(key);
	return match ? arxivIdFrom(`${match[1]}.${match[2]}`) : void 0;
}
function keyOf(entry) {
	const key = entry.getAttribute("id")?.trim();
	return key && /^[\w-]+\/[\w-]+\/\S+$/.test(key) ? key : void 0;
}
/** dblp ends every title with a period ("...Preference Data."); a question mark stands alone. */
function titleOf(entry) {
	return cleanText(entry.querySelector("cite span.title")).replace(/(?<!\.)\.$/, "");
}
/** dblp tells homonyms apart with a number ("Wei Wang 0001"); it is not part of the name. */
function authorName(node) {
	return cleanText(node).replace(/\s+\d{4}$/, "");
}
function editionIds(entry) {
	const hrefs = [...entry.querySelectorAll(EDITION_LINKS)].map((link) => absoluteUrl(link.getAttribute("href"), DBLP_ORIGIN));
	return canonicalIds(hrefs).filter((id) => EDITION_ID.test(id));
}
function parseEntry(entry) {
	const key = keyOf(entry);
	const title = titleOf(entry);
	if (!key || !title || entry.matches(NOT_A_PAPER)) return void 0;
	const corrArxivId = arxivIdOfDblpKey(key);
	const editions = byStrength(canonicalIds([corrArxivId && `arxiv:${corrArxivId}`, ...editionIds(entry)]));
	const ids = identityOf([...editions.slice(0, LIMITS.aliases), `dblp:${key}`]);
	if (!ids) return void 0;
	const arxivId = arxivIdOf(ids.id);
	const authors = [...entry.querySelectorAll("span[itemprop=\"author\"] span[itemprop=\"name\"]")].map(authorName).filter(Boolean);
	const year = cleanText(entry.querySelector("span[itemprop=\"datePublished\"]"));
	return {
		...ids,
		title,
		authors,
		url: new URL(`/rec/${key}.html`, DBLP_ORIGIN).href,
		site: "dblp",
		...arxivId && { pdfUrl: arxivPdfUrl(arxivId) },
		.../^\d{4}$/.test(year) && { published: year }
	};
}
var dblpAdapter = defineSiteAdapter({
	id: "dblp",
	name: "dblp",
	matches: [
		"https://dblp.org/pid/*",
		"https://dblp.org/db/conf/*",
		"https://dblp.org/db/journals/*",
		"https://dblp.org/search*"
	],
	paperLinks: ["https://dblp.org/rec/*"],
	pageTypes: {
		author: (url) => onDblp(url) && /^\/pid\/[^/]+\/[^/.]+(?:\.html)?$/.test(url.pathname),
		conf: (url) => isVolumePage(url, "conf"),
		journals: (url) => isVolumePage(url, "journals"),
		search: (url) => onDblp(url) && /^\/search(?:\/publ)?\/?$/.test(url.pathname) && Boolean(url.searchParams.get("q")?.trim())
	},
	testUrls: {
		author: [
			"https://dblp.org/pid/271/4430.html",
			"https://dblp.org/pid/95/6185-1.html?view=by-type",
			"https://dblp.org/pid/k/DonaldEKnuth"
		],
		conf: ["https://dblp.org/db/conf/acl/acl2024-1.html", "https://dblp.org/db/conf/nips/neurips2025.html"],
		journals: ["https://dblp.org/db/journals/corr/corr2607.html", "https://dblp.org/db/journals/jmlr/jmlr26.html#Smith26"],
		search: [
			"https://dblp.org/search?q=reward+model+overfitting",
			"https://dblp.org/search/publ?q=preference%20data",
			"https://dblp.org/search?q=scaling%20law&s=ydvspc"
		]
	},
	findCards: (root) => [...root.querySelectorAll("li.entry")].filter((entry) => !entry.matches(NOT_A_PAPER) && keyOf(entry) !== void 0),
	parseCard: (entry) => parseEntry(entry),
	mountPoint(entry) {
		const cite = entry.querySelector("cite");
		const parent = cite?.parentElement;
		return cite && parent ? {
			parent,
			before: cite.nextSibling
		} : void 0;
	}
});
// lib/sites/huggingface.ts
var HF_ORIGIN = new URL("https://huggingface.co");
/**
* Listing paths by page type. Reserved words (`trending`, `date`, `submit`...) share `/papers/`
* with paper pages, so each listing is spelled out and anything else is not a listing.
*/
var LISTING_PATHS = {
	daily: /^\/papers$/,
	date: /^\/papers\/date\/\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
	week: /^\/papers\/week\/\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/,
	month: /^\/papers\/month\/\d{4}-(?:0[1-9]|1[0-2])$/,
	trending: /^\/papers\/trending$/
};
function isHuggingFace(url) {
	return url.protocol === "https:" && url.hostname === HF_ORIGIN.hostname;
}
function listingView(url) {
	if (!isHuggingFace(url)) return void 0;
	const path = url.pathname.replace(/\/+$/, "");
	return Object.keys(LISTING_PATHS).find((view) => LISTING_PATHS[view].test(path));
}
/** `?q=` turns any listing into search results (an empty `q` shows the plain listing). */
function isSearch(url) {
	return Boolean(url.searchParams.get("q")?.trim());
}
function isListing(view) {
	return (url) => listingView(url) === view && !isSearch(url);
}
/** The arXiv id a single paper page shows (`/papers/2607.08111`), or undefined. */
function paperPageId(url) {
	if (!isHuggingFace(url) || !/^\/papers\/[^/]+\/?$/.test(url.pathname)) return void 0;
	return arxivIdOfHref(url.pathname, HF_ORIGIN);
}
function isCollection(url) {
	return isHuggingFace(url) && /^\/collections\/[^/]+\/[^/]+\/?$/.test(url.pathname);
}
var textOrUndefined = (value) => typeof value === "string" ? value : void 0;
function islandPaperNode(node) {
	if (typeof node.id !== "string") return void 0;
	return {
		id: node.id,
		title: textOrUndefined(node.title),
		summary: textOrUndefined(node.summary),
		authors: Array.isArray(node.authors) ? node.authors : void 0,
		publishedAt: textOrUndefined(node.publishedAt)
	};
}
/** A month view island holds ~10k objects; past this a hostile island is not read further. */
var MAX_ISLAND_NODES = 2e5;
function readIslandPapers(root) {
	const papers = /* @__PURE__ */ new Map();
	for (const island of root.querySelectorAll("div.SVELTE_HYDRATER[data-props]")) collectIslandPapers(parseJson(island.getAttribute("data-props")), papers);
	return papers;
}
/** Depth-first in document order; the first sighting of a paper wins. */
function collectIslandPapers(props, papers) {
	const stack = [props];
	let budget = MAX_ISLAND_NODES;
	while (stack.length > 0 && budget-- > 0) {
		const node = stack.pop();
		if (!node || typeof node !== "object") continue;
		const children = Array.isArray(node) ? node : Object.values(node);
		const paper = Array.isArray(node) ? void 0 : islandPaperNode(node);
		if (paper) {
			const arxivId = arxivIdOfHref(`/papers/${paper.id}`, HF_ORIGIN);
			if (arxivId && (paper.title || paper.summary)) {
				if (!papers.has(arxivId)) papers.set(arxivId, islandPaperFrom(paper));
				continue;
			}
		}
		for (let i = children.length - 1; i >= 0; i--) if (children[i] && typeof children[i] === "object") stack.push(children[i]);
	}
}
function parseJson(text) {
	if (!text) return void 0;
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
function islandPaperFrom(paper) {
	const authors = paper.authors?.flatMap((author) => {
		const named = author && typeof author === "object" ? author.name : "";
		const name = typeof named === "string" ? normalizeSpace(named) : "";
		return name ? [name] : [];
	});
	return {
		abstract: paper.summary ? normalizeSpace(paper.summary) || void 0 : void 0,
		authors,
		published: /^(\d{4}-\d{2}-\d{2})/.exec(paper.publishedAt ?? "")?.[1]
	};
}
function readPage(url, root) {
	const islandPapers = readIslandPapers(root);
	return paperPageId(url) ? {
		islandPapers,
		paperPage: {
			abstract: paperPageAbstract(root),
			pdfUrl: viewPdfUrl(root)
		}
	} : { islandPapers };
}
/** The text after the "Abstract" heading (an "AI-generated summary" may come before it). */
function paperPageAbstract(root) {
	for (const heading of root.querySelectorAll("h2")) {
		if (cleanText(heading).toLowerCase() !== "abstract") continue;
		for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
			const text = cleanText(next);
			if (text) return text;
		}
	}
}
function viewPdfUrl(root) {
	for (const link of root.querySelectorAll("a[href]")) if (cleanText(link) === "View PDF") return absoluteUrl(link.getAttribute("href"), HF_ORIGIN);
}
/** The card's title link and the paper it names. */
function titleLinkOf$1(card) {
	for (const link of card.querySelectorAll("h3 a[href^=\"/papers/\"]")) {
		const arxivId = arxivIdOfHref(link.getAttribute("href"), HF_ORIGIN);
		if (arxivId) return {
			link,
			arxivId
		};
	}
}
/** Avatars of the authors who have a Hugging Face account: a sample ("· 10 authors"), in order. */
function avatarAuthors(card) {
	return [...card.querySelectorAll("li[title]")].flatMap((avatar) => {
		const name = normalizeSpace(avatar.getAttribute("title") ?? "");
		return name ? [name] : [];
	});
}
/**
* Search cards show the abstract as a link of its own to the paper. Thumbnails, avatar lists and
* counters link there too, so the abstract is the one holding only text, and enough of it: a
* short text link is a label, not an abstract.
*/
var MIN_ABSTRACT_LENGTH = 100;
function abstractLinkText(card, arxivId) {
	for (const link of card.querySelectorAll("a[href^=\"/papers/\"]")) {
		if (link.closest("h3") || link.querySelector("img, ul, svg")) continue;
		const href = link.getAttribute("href") ?? "";
		if (href.includes("#") || arxivIdOfHref(href, HF_ORIGIN) !== arxivId) continue;
		const text = cleanText(link);
		if (text.length >= MIN_ABSTRACT_LENGTH) return text;
	}
}
var COLLECTION_CARD = "main article[class*=\"group/paper\"]";
function collectionLinkOf(card) {
	for (const link of card.querySelectorAll("a[href^=\"/papers/\"]")) {
		const arxivId = arxivIdOfHref(link.getAttribute("href"), HF_ORIGIN);
		if (arxivId) return {
			link,
			arxivId
		};
	}
}
function paperPageTitle(root) {
	return root.querySelector("main h1") ?? root.querySelector("h1") ?? void 0;
}
/** A candidate for `arxivId` from what the card shows and what the island and page add. */
function candidateFor(arxivId, title, page, fromCard = {}) {
	if (!title) return void 0;
	const fromIsland = page?.islandPapers.get(arxivId);
	const abstract = fromIsland?.abstract ?? fromCard.abstract;
	const published = fromIsland?.published;
	return {
		id: `arxiv:${arxivId}`,
		title,
		authors: fromIsland?.authors?.length ? fromIsland.authors : fromCard.authors ?? [],
		url: new URL(`/papers/${arxivId}`, HF_ORIGIN).href,
		site: "huggingface",
		...abstract && { abstract },
		pdfUrl: fromCard.pdfUrl ?? arxivPdfUrl(arxivId),
		...published && { published }
	};
}
var huggingfaceAdapter = defineSiteAdapter({
	id: "huggingface",
	name: "Hugging Face Papers",
	matches: ["https://huggingface.co/papers*", "https://huggingface.co/collections/*"],
	paperLinks: [..."0123456789"].map((digit) => `https://huggingface.co/papers/${digit}*`),
	pageTypes: {
		search: (url) => listingView(url) !== void 0 && isSearch(url),
		daily: isListing("daily"),
		date: isListing("date"),
		week: isListing("week"),
		month: isListing("month"),
		trending: isListing("trending"),
		paper: (url) => paperPageId(url) !== void 0,
		collection: isCollection
	},
	testUrls: {
		search: [
			"https://huggingface.co/papers?q=sparse+attention",
			"https://huggingface.co/papers/trending?q=diffusion",
			"https://huggingface.co/papers/date/2026-07-14?q=agents",
			"https://huggingface.co/papers/week/2026-W28?q=speech%20recognition"
		],
		daily: [
			"https://huggingface.co/papers",
			"https://huggingface.co/papers/",
			"https://huggingface.co/papers?q="
		],
		date: ["https://huggingface.co/papers/date/2026-07-14", "https://huggingface.co/papers/date/2026-07-10/"],
		week: ["https://huggingface.co/papers/week/2026-W28"],
		month: ["https://huggingface.co/papers/month/2026-07", "https://huggingface.co/papers/month/2025-12"],
		trending: ["https://huggingface.co/papers/trending", "https://huggingface.co/papers/trending#top"],
		paper: [
			"https://huggingface.co/papers/2607.08111",
			"https://huggingface.co/papers/2607.08111v2",
			"https://huggingface.co/papers/2607.08111#community",
			"https://huggingface.co/papers/2501.12948/"
		],
		collection: ["https://huggingface.co/collections/fixture-lab/long-context-6690a1b2c3d4e5f6a7b8c9d0", "https://huggingface.co/collections/akhaliq/reasoning-papers-66f0e1d2c3b4a59687706152/"]
	},
	readPage,
	findCards(root, url) {
		if (paperPageId(url)) {
			const card = paperPageTitle(root)?.parentElement;
			return card ? [card] : [];
		}
		if (isCollection(url)) return [...root.querySelectorAll(COLLECTION_CARD)].filter((card) => collectionLinkOf(card) !== void 0);
		return [...root.querySelectorAll("article")].filter((card) => titleLinkOf$1(card) !== void 0);
	},
	parseCard(card, page, url) {
		const pageId = paperPageId(url);
		if (pageId) return candidateFor(pageId, cleanText(card.querySelector(":scope > h1")), page, page?.paperPage);
		if (isCollection(url)) {
			const found = collectionLinkOf(card);
			if (!found) return void 0;
			const heading = card.querySelector("h2, h3, h4");
			return candidateFor(found.arxivId, cleanText(heading), page);
		}
		const titleLink = titleLinkOf$1(card);
		if (!titleLink) return void 0;
		const { link, arxivId } = titleLink;
		return candidateFor(arxivId, cleanText(link), page, {
			authors: avatarAuthors(card),
			abstract: abstractLinkText(card, arxivId)
		});
	},
	mountPoint(card) {
		const pageTitle = card.querySelector(":scope > h1");
		if (pageTitle) return {
			parent: card,
			before: pageTitle.nextSibling
		};
		const collectionLink = card.matches("article[class*=\"group/paper\"]") ? collectionLinkOf(card)?.link : void 0;
		if (collectionLink?.parentElement) return {
			parent: collectionLink.parentElement,
			before: collectionLink.nextSibling
		};
		const heading = titleLinkOf$1(card)?.link.closest("h3");
		const parent = heading?.parentElement;
		return heading && parent ? {
			parent,
			before: heading.nextSibling
		} : void 0;
	}
});
// lib/sites/openreview.ts
var OPENREVIEW_ORIGIN = new URL("https://openreview.net");
function isOpenReview(url) {
	return url.protocol === "https:" && url.hostname === OPENREVIEW_ORIGIN.hostname;
}
function pageWithId(path) {
	return (url) => isOpenReview(url) && url.pathname.replace(/\/+$/, "") === path && Boolean(url.searchParams.get("id")?.trim());
}
var isGroupPage = pageWithId("/group");
var isForumPage = pageWithId("/forum");
/** A forum id as OpenReview writes them (`rJ4km2R5t7`, `B1xsqj09Fm`, `Xy-Z_12`). */
var FORUM_ID = /^[\w-]+$/;
function forumUrl(forumId) {
	return `https://openreview.net/forum?id=${encodeURIComponent(forumId)}`;
}
/**
* The forum a note title links to: `/forum?id=F` for a submission. A reply (a review, a comment
* in "Recent Activity") links `/forum?id=F&noteId=N`: it is not a paper, so it gives undefined.
*/
function submissionForumId(href) {
	const url = absoluteUrl(href, OPENREVIEW_ORIGIN);
	if (!url) return void 0;
	const link = new URL(url);
	if (link.hostname !== OPENREVIEW_ORIGIN.hostname || link.pathname !== "/forum") return void 0;
	const forumId = link.searchParams.get("id") ?? "";
	const noteId = link.searchParams.get("noteId");
	if (!FORUM_ID.test(forumId) || noteId && noteId !== forumId) return void 0;
	return forumId;
}
/**
* Authors as NoteAuthors renders them: links to profiles (`~First_Last1`), e-mails or dblp, and
* plain spans for authors without a profile, comma-separated inside one span; forum pages may wrap
* each in `span.note-author-with-institutions` with a `sup` institution number. The expand link
* ("et al. (N additional authors not shown)") and the privacy label are not authors.
*/
function noteAuthors(container) {
	const list = container?.querySelector(":scope > span") ?? container;
	if (!list) return [];
	return uniqueNonEmpty([...list.children].flatMap((child) => {
		return child.matches("a, span") && !child.matches(".show-all, [class*=\"private\"], [class*=\"icon\"]") ? [textWithout(child, "sup")] : [];
	}));
}
/** The value of a note content field ("Abstract:"), when the note shows its contents. */
function contentField(note, field) {
	for (const label of note.querySelectorAll(".note-content-field")) {
		if (normalizeSpace(label.textContent ?? "").replace(/:$/, "") !== field) continue;
		const value = label.parentElement?.querySelector(".note-content-value");
		const text = cleanText(value);
		if (text) return text;
	}
}
/** The candidate for a forum; undefined without a title. */
function submissionCandidate(forumId, facts) {
	const { title, abstract, pdfUrl, published } = facts;
	if (!title) return void 0;
	return {
		id: `openreview:${forumId}`,
		title,
		authors: facts.authors,
		url: forumUrl(forumId),
		site: "openreview",
		...abstract && { abstract },
		...pdfUrl && { pdfUrl },
		...published && { published }
	};
}
var NOTE_TITLE_LINK = ":scope > h4 > a[href^=\"/forum?id=\"]";
function parseGroupNote(note) {
	const link = note.querySelector(NOTE_TITLE_LINK);
	const forumId = submissionForumId(link?.getAttribute("href") ?? null);
	if (!forumId) return void 0;
	return submissionCandidate(forumId, {
		title: cleanText(link),
		authors: noteAuthors(note.querySelector(":scope > .note-authors")),
		abstract: contentField(note, "Abstract"),
		pdfUrl: absoluteUrl(note.querySelector(":scope > h4 > a.pdf-link")?.getAttribute("href"), OPENREVIEW_ORIGIN),
		published: isoDateIn(cleanText(note.querySelector("ul.note-meta-info > li")))
	});
}
var FORUM_TITLE = "h2.citation_title";
function parseForumNote(note, meta, url) {
	const forumId = url.searchParams.get("id")?.trim() ?? "";
	if (!FORUM_ID.test(forumId)) return void 0;
	const shown = noteAuthors(note.querySelector(".forum-authors h3, h3.signatures"));
	const pdfLink = note.querySelector("a[href^=\"/pdf?id=\"]")?.getAttribute("href");
	return submissionCandidate(forumId, {
		title: cleanText(note.querySelector(FORUM_TITLE)) || meta?.title,
		authors: shown.length ? shown : meta?.authors ?? [],
		abstract: contentField(note, "Abstract") ?? meta?.abstract,
		pdfUrl: meta?.pdfUrl ?? absoluteUrl(pdfLink, OPENREVIEW_ORIGIN),
		published: meta?.published
	});
}
var openreviewAdapter = defineSiteAdapter({
	id: "openreview",
	name: "OpenReview",
	matches: ["https://openreview.net/*"],
	paperLinks: ["https://openreview.net/forum?id=*", "https://openreview.net/pdf?id=*"],
	pageTypes: {
		group: isGroupPage,
		forum: isForumPage
	},
	testUrls: {
		group: [
			"https://openreview.net/group?id=ICLR.cc/2026/Conference",
			"https://openreview.net/group?id=ICLR.cc/2026/Conference#tab-accept-oral",
			"https://openreview.net/group?id=NeurIPS.cc%2F2025%2FConference&referrer=%5BHomepage%5D(%2F)"
		],
		forum: [
			"https://openreview.net/forum?id=Xk3vQ9pL2m",
			"https://openreview.net/forum?id=Xk3vQ9pL2m&noteId=Rv7tYb2Qw1",
			"https://openreview.net/forum/?id=B1xsqj09Fm&referrer=%5Bthe%20profile%5D"
		]
	},
	readPage: (url, root) => isForumPage(url) ? readCitationMeta(root, OPENREVIEW_ORIGIN) : void 0,
	findCards(root, url) {
		if (isForumPage(url)) {
			const note = root.querySelector(`.forum-note ${FORUM_TITLE}, .note ${FORUM_TITLE}`)?.closest(".forum-note, .note");
			return note ? [note] : [];
		}
		return [...root.querySelectorAll("ul.list-unstyled > li > div.note")].filter((note) => note.querySelector(NOTE_TITLE_LINK) !== null);
	},
	parseCard(note, meta, url) {
		return isForumPage(url) ? parseForumNote(note, meta, url) : parseGroupNote(note);
	},
	mountPoint(note) {
		const listTitle = note.querySelector(":scope > h4");
		if (listTitle) return {
			parent: note,
			before: listTitle.nextSibling
		};
		const forumTitle = note.querySelector(FORUM_TITLE);
		const row = forumTitle?.parentElement === note ? forumTitle : forumTitle?.parentElement;
		return row?.parentElement ? {
			parent: row.parentElement,
			before: row.nextSibling
		} : void 0;
	}
});
// lib/sites/scholar.ts
/**
* Google Scholar result pages (`/scholar?q=`, `?cites=`, `?cluster=`): static HTML, paged with
* `start=`. Markup notes in shared/reference/site-markup.md ("Google Scholar") and Zotero's
* Google Scholar translator. Scholar has no ids of its own worth keeping, so each card is named
* by what its links point to: an arXiv id from the title or side PDF link, a DOI from a publisher
* URL, else the publisher URL itself; every other id the card shows becomes an alias.
*/
var SCHOLAR_ORIGIN = new URL("https://scholar.google.com");
var RESULT = "#gs_res_ccl_mid > div.gs_r.gs_or.gs_scl[data-cid]";
/** `[PDF]`, `[BOOK]`, `[CITATION]` markers inside the title. */
var TITLE_MARKERS = ".gs_ctc, .gs_ctu, .gs_ct1, .gs_ct2";
function isResultsPage(url) {
	return url.protocol === "https:" && url.hostname === SCHOLAR_ORIGIN.hostname && url.pathname === "/scholar" && [
		"q",
		"cites",
		"cluster"
	].some((key) => url.searchParams.get(key)?.trim());
}
/**
* The authors line: "A Author, B Author… - Venue, 2024 - publisher.com". The authors are what
* comes before the first " - " (Scholar puts a no-break space before the dash); a list Scholar
* cut short ends with "…", which is no author.
*/
function parseAuthorsLine(line) {
	const [authorsPart, venuePart] = normalizeSpace(line).split(" - ");
	if (!authorsPart || venuePart === void 0) return { authors: [] };
	const authors = uniqueNonEmpty(authorsPart.split(",").map((name) => name.replace(/…/g, "")));
	const year = /(?:^|[\s,])((?:19|20)\d{2})$/.exec(venuePart.trim())?.[1];
	return {
		authors,
		...year && { year }
	};
}
/** Scholar's own cluster id ("All 12 versions", "Cited by"), stable across searches. */
function clusterId(result) {
	for (const link of result.querySelectorAll(".gs_fl a[href*=\"cluster=\"], .gs_fl a[href*=\"cites=\"]")) {
		const href = absoluteUrl(link.getAttribute("href"), SCHOLAR_ORIGIN);
		const params = href ? new URL(href).searchParams : void 0;
		const id = params?.get("cluster") ?? params?.get("cites")?.split(",")[0];
		if (id && /^\d+$/.test(id)) return id;
	}
}
/** `url` unless it stays on Google (google.com and its subdomains). */
function offGoogle(url) {
	if (!url) return void 0;
	const host = new URL(url).hostname;
	return host === "google.com" || host.endsWith(".google.com") ? void 0 : url;
}
function parseResult(result) {
	const heading = result.querySelector("h3.gs_rt");
	if (!heading) return void 0;
	const titleLink = heading.querySelector(":scope > a[href]");
	const title = titleLink ? cleanText(titleLink) : textWithout(heading, TITLE_MARKERS);
	if (!title) return void 0;
	const titleUrl = offGoogle(absoluteUrl(titleLink?.getAttribute("href"), SCHOLAR_ORIGIN));
	const side = result.querySelector("div.gs_ggs a[href]");
	const sideUrl = offGoogle(absoluteUrl(side?.getAttribute("href"), SCHOLAR_ORIGIN));
	const sideId = sideUrl ? canonicalId(sideUrl) : void 0;
	const ids = canonicalIds([titleUrl, sideId?.startsWith("url:") ? void 0 : sideId]);
	const cluster = clusterId(result);
	const clusterUrl = cluster ? `${SCHOLAR_ORIGIN.origin}/scholar?cluster=${cluster}` : void 0;
	const identity = identityOf(ids.length ? ids : canonicalIds([clusterUrl]));
	const url = titleUrl ?? sideUrl ?? clusterUrl;
	if (!identity || !url) return void 0;
	const { authors, year } = parseAuthorsLine(cleanText(result.querySelector("div.gs_a")));
	const isPdf = /\[PDF\]/i.test(cleanText(side?.querySelector(".gs_ctg2")));
	const arxivId = arxivIdOf(identity.id);
	const pdfUrl = (isPdf ? sideUrl : void 0) ?? (arxivId ? arxivPdfUrl(arxivId) : void 0);
	return {
		...identity,
		title,
		authors,
		url,
		site: "scholar",
		...pdfUrl && { pdfUrl },
		...year && { published: year }
	};
}
var scholarAdapter = defineSiteAdapter({
	id: "scholar",
	name: "Google Scholar",
	matches: ["https://scholar.google.com/scholar*"],
	pageTypes: { results: isResultsPage },
	testUrls: { results: [
		"https://scholar.google.com/scholar?hl=en&as_sdt=0%2C5&q=reward+model+overfitting&btnG=",
		"https://scholar.google.com/scholar?start=10&q=reward+model+overfitting&hl=en&as_sdt=0,5",
		"https://scholar.google.com/scholar?cites=2960712678066186980&as_sdt=2005&sciodt=0,5&hl=en",
		"https://scholar.google.com/scholar?cluster=2960712678066186980&hl=en&as_sdt=0,5"
	] },
	findCards: (root) => [...root.querySelectorAll(RESULT)],
	parseCard: (result) => parseResult(result),
	mountPoint(result) {
		const heading = result.querySelector("h3.gs_rt");
		return heading?.parentElement ? {
			parent: heading.parentElement,
			before: heading.nextSibling
		} : void 0;
	}
});
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
// lib/sites/index.ts
var SITE_ADAPTERS = [
	huggingfaceAdapter,
	arxivAdapter,
	openreviewAdapter,
	scholarAdapter,
	defineSiteAdapter({
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
	}),
	aclAdapter,
	dblpAdapter
];
/** Union of every adapter's match patterns: the content script's matches and host permissions. */
var CONTENT_MATCHES = [...new Set(SITE_ADAPTERS.flatMap((a) => a.matches))];
/** Union of every adapter's paper-link patterns: where the link context menu shows. */
var PAPER_LINK_MATCHES = [...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.paperLinks ?? []))];
/**
* A match pattern as Chrome applies it to a link (contextMenus' targetUrlPatterns): the path part
* covers the query too, so `https://openreview.net/forum?id=*` works.
*/
function matchPatternRegex(pattern) {
	const [, scheme = "", host = "", path = ""] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
	const escapeRegex = (text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
	const hostRegex = host.startsWith("*.") ? `(?:[^/]+\\.)?${escapeRegex(host.slice(2))}` : escapeRegex(host);
	const pathRegex = path.split("*").map(escapeRegex).join(".*");
	return new RegExp(`^${scheme === "*" ? "https?" : scheme}://${hostRegex}${pathRegex}$`);
}
var PAPER_LINK_SITES = SITE_ADAPTERS.flatMap((adapter) => (adapter.paperLinks ?? []).map((pattern) => ({
	site: adapter.id,
	regex: matchPatternRegex(pattern)
})));
/** The site whose paper-link patterns accept `url`, or undefined. */
function findPaperLinkSite(url) {
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		return;
	}
	const href = `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`;
	return PAPER_LINK_SITES.find(({ regex }) => regex.test(href))?.site;
}
// lib/messaging/revision.ts
var lastRevision = 0;
function nextRevision() {
	lastRevision = Math.max(Date.now(), lastRevision + 1);
	return lastRevision;
}
/** `state` stamped with a new revision unless it has one. */
function withRevision(state, revision = nextRevision()) {
	return state.revision === void 0 ? {
		...state,
		revision
	} : state;
}
// lib/messaging/broadcast.ts
/**
* Tells every open listing tab that papers changed, so each card stays current whether the
* change came from another tab, the popup or the options page; and brings the toolbar badge up
* to date. Every write to the shelf ends here, whichever page made it.
*/
var broadcast_exports = /* @__PURE__ */ __exportAll({ broadcastPaperChanges: () => broadcastPaperChanges });
async function broadcastPaperChanges(changes) {
	if (changes.length === 0) return;
	const badge = refreshBadge().catch((error) => console.error("Paper Shelf: updating the badge failed", error));
	const stamped = changes.map((change) => ({
		...change,
		state: withRevision(change.state)
	}));
	const tabs = await browser.tabs.query({ url: CONTENT_MATCHES });
	await Promise.all(tabs.map(async (tab) => {
		if (tab.id === void 0) return;
		try {
			await sendMessage("savedStatesChanged", { changes: stamped }, tab.id);
		} catch {}
	}));
	await badge;
}
export { PAPER_LINK_MATCHES as a, arxivPdfUrl as c, onMessage as d, refreshBadge as f, withRevision as i, normalizeSpace as l, broadcast_exports as n, findPaperLinkSite as o, nextRevision as r, arxivAbsUrl as s, broadcastPaperChanges as t, PRIVILEGED_MESSAGES as u };
