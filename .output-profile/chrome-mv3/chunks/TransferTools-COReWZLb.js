import { B as preferredId, G as paperSchema, I as canonicalId, N as arxivIdFrom, P as arxivIdOf, X as LIMITS, Y as ARXIV_CATEGORY, b as listRules, c as mergePaper, l as papersKnownBy, n as changeOf, nt as uniqueTags, ri as db, w as ensureTags, z as landingUrl } from "./_virtual_wxt-plugins-DAbNW9QY.js";
import { _ as SPECIAL_CHARACTERS, d as ToolbarPanel, f as a, g as LETTER_COMMANDS, h as ACCENT_COMMANDS, l as useLiveQuery, m as backupSchema, p as BACKUP_FORMAT, u as ExportMenu, x as d } from "./ShelfView-Dz576Fjm.js";
import { c as arxivPdfUrl, t as broadcastPaperChanges } from "./broadcast-CjvvQe6i.js";
// lib/import/errors.ts
var ImportError = class extends Error {
	name = "ImportError";
	line;
	entry;
	field;
	/** The problem alone, without the location. */
	problem;
	constructor(problem, location = {}) {
		super(describe(problem, location));
		this.problem = problem;
		this.line = location.line;
		this.entry = location.entry;
		this.field = location.field;
	}
};
function describe(problem, { line, entry, field }) {
	const where = [
		line !== void 0 && `line ${line}`,
		entry && `entry ${entry}`,
		field && `field "${field}"`
	].filter(Boolean);
	if (where.length === 0) return problem;
	const text = where.join(", ");
	return `${text[0]?.toUpperCase()}${text.slice(1)}: ${problem}`;
}
/** Line numbers of character offsets in `text` (1-based), by binary search over line starts. */
function lineLocator(text) {
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = low + high + 1 >> 1;
			if (lineStarts[middle] <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}
// lib/db/import.ts
/**
* Puts a parsed import file (lib/import) on the shelf, all or nothing.
*
* - merge: every incoming paper is merged into the record that any of its ids names, with the
*   same rules as saving from a page (lib/db/papers.ts mergePaper: the shelf's status wins, tags
*   are unioned, a new note is appended, missing fields are filled). Nothing is removed.
* - replace: the shelf becomes the file (a backup restore): papers, tags and rules not in it go.
*
* Auto-tag rules come with backups: merge adds those the shelf does not have (by id); replace
* restores the file's. A rule whose pattern this version would refuse is kept but never blocks a
* save (lib/rules/match.ts skips it).
*
* planImport() computes what would change without writing (the preview); applyImport() computes
* it again inside ONE read-write transaction and writes it, so what is applied matches the shelf
* at that moment even if a tab saved a paper since the preview, and any failure rolls it all back.
*/
/** The same paper apart from when it was last touched and the order of its aliases. */
function samePaper(a, b) {
	const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== "updatedAt").sort();
	const comparable = (paper) => JSON.stringify(keys.map((key) => key === "aliases" ? [...paper.aliases].sort() : paper[key]));
	return comparable(a) === comparable(b);
}
/**
* The records `incoming` papers become, merged into `stored` ones and into each other (a file
* may hold one paper twice, under two ids).
*/
function mergeAll(stored, incoming, now) {
	const records = /* @__PURE__ */ new Map();
	const recordIdByAlias = /* @__PURE__ */ new Map();
	const add = (record) => {
		records.set(record.paper.id, record);
		for (const alias of record.paper.aliases) recordIdByAlias.set(alias, record.paper.id);
	};
	for (const paper of stored) add({
		paper,
		absorbed: [paper],
		incomingIds: []
	});
	for (const paper of incoming) {
		const ids = [paper.id, ...paper.aliases];
		const matched = [...new Set(ids.flatMap((id) => recordIdByAlias.get(id) ?? []))].map((id) => records.get(id)).sort((a, b) => a.paper.savedAt - b.paper.savedAt);
		for (const record of matched) records.delete(record.paper.id);
		add({
			paper: matched.length ? mergePaper(matched.map((record) => record.paper), paper, now) : {
				...paper,
				aliases: [.../* @__PURE__ */ new Set([paper.id, ...paper.aliases])]
			},
			absorbed: matched.flatMap((record) => record.absorbed),
			incomingIds: [...matched.flatMap((record) => record.incomingIds), ...ids]
		});
	}
	return [...records.values()].filter((record) => record.incomingIds.length > 0);
}
/** A merged record must still be a valid paper (two notes together may pass the length limit). */
function checkPaper(paper) {
	const checked = paperSchema.safeParse(paper);
	if (checked.success) return;
	const issue = checked.error.issues[0];
	throw new ImportError(`merged with the shelf, ${issue?.message ?? "it is invalid"}`, {
		entry: paper.id,
		field: issue?.path.join(".")
	});
}
async function planWithin(parsed, mode, now) {
	const incomingIds = parsed.papers.flatMap((paper) => [paper.id, ...paper.aliases]);
	const shelfTagNames = new Set(await db.tags.toCollection().primaryKeys());
	const shelfRuleIds = new Set(await db.rules.toCollection().primaryKeys());
	const shelf = mode === "replace" ? await db.papers.toArray() : [];
	const records = mergeAll(mode === "merge" && incomingIds.length > 0 ? await papersKnownBy(incomingIds) : [], parsed.papers, now);
	const result = {
		added: 0,
		updated: 0,
		unchanged: 0,
		removed: 0,
		tagsAdded: 0,
		rulesAdded: parsed.rules.filter((rule) => !shelfRuleIds.has(rule.id)).length,
		changes: []
	};
	const allRecords = [];
	const changedRecords = [];
	const idsToDelete = [];
	const shelfByAlias = new Map(shelf.flatMap((paper) => paper.aliases.map((a) => [a, paper])));
	const replaced = /* @__PURE__ */ new Set();
	for (const { paper, absorbed, incomingIds: ids } of records) {
		checkPaper(paper);
		const before = mode === "merge" ? absorbed : [...new Set(paper.aliases.flatMap((alias) => shelfByAlias.get(alias) ?? []))];
		for (const old of before) replaced.add(old);
		allRecords.push(paper);
		if (before.length === 1 && samePaper(before[0], paper)) {
			result.unchanged++;
			continue;
		}
		if (before.length === 0) result.added++;
		else result.updated++;
		changedRecords.push(paper);
		idsToDelete.push(...before.map((old) => old.id).filter((id) => id !== paper.id));
		result.changes.push(changeOf(paper, [...ids, ...before.flatMap((old) => old.aliases)]));
	}
	for (const paper of shelf) {
		if (replaced.has(paper)) continue;
		result.removed++;
		result.changes.push(changeOf(void 0, paper.aliases));
	}
	const tagsToWrite = mode === "replace" ? parsed.tags : parsed.tags.filter((tag) => !shelfTagNames.has(tag.name));
	const rulesToWrite = mode === "replace" ? parsed.rules : parsed.rules.filter((rule) => !shelfRuleIds.has(rule.id));
	const tagNames = /* @__PURE__ */ new Set([
		...parsed.tags.map((tag) => tag.name),
		...records.flatMap((record) => record.paper.tags),
		...rulesToWrite.map((rule) => rule.tag)
	]);
	result.tagsAdded = [...tagNames].filter((name) => !shelfTagNames.has(name)).length;
	async function write() {
		if (mode === "replace") {
			await db.papers.clear();
			await db.tags.clear();
			await db.rules.clear();
		}
		await db.papers.bulkDelete(idsToDelete);
		await db.papers.bulkPut(mode === "replace" ? allRecords : changedRecords);
		await db.tags.bulkPut(tagsToWrite);
		await db.rules.bulkPut(rulesToWrite);
		await ensureTags([...tagNames], now);
	}
	return {
		result,
		write
	};
}
/** What importing would change, without changing anything. */
async function planImport(parsed, mode, now = Date.now()) {
	return (await db.transaction("r", db.papers, db.tags, db.rules, () => planWithin(parsed, mode, now))).result;
}
/** Imports in one transaction: the shelf ends as planned or, on any error, as it was. */
async function applyImport(parsed, mode, now = Date.now()) {
	return db.transaction("rw", db.papers, db.tags, db.rules, async () => {
		const plan = await planWithin(parsed, mode, now);
		await plan.write();
		return plan.result;
	});
}
// lib/import/imported-paper.ts
/**
* A Paper from what a BibTeX entry, RIS record or id list says about it: the shelf's defaults
* (to read, no note, saved now), a URL and site from its strongest id when the file has none,
* and the whole record checked by the same zod schema the database relies on.
*/
/** The listing site an id belongs to; DOIs and URLs came from a file, not a listing. */
function siteOfId(id) {
	const scheme = id.slice(0, id.indexOf(":"));
	switch (scheme) {
		case "arxiv":
		case "openreview":
		case "acl":
		case "dblp": return scheme;
		case "s2": return "semanticscholar";
		default: return "imported";
	}
}
var HTTP_URL = /^https?:\/\/\S+$/i;
/** Builds and validates one paper; throws an ImportError naming `location` and the field. */
function importedPaper(fields, now, { lineOfField, ...location }, fileFieldNames = {}) {
	const aliases = [...new Set(fields.ids)].slice(0, LIMITS.aliases);
	const id = preferredId(aliases);
	const arxivId = arxivIdOf(id);
	const url = fields.url && HTTP_URL.test(fields.url) ? fields.url : landingUrl(id);
	const pdfUrl = fields.pdfUrl && HTTP_URL.test(fields.pdfUrl) ? fields.pdfUrl : arxivId ? arxivPdfUrl(arxivId) : void 0;
	const candidate = {
		id,
		aliases,
		title: fields.title,
		authors: fields.authors,
		url,
		site: siteOfId(id),
		...fields.abstract && { abstract: fields.abstract },
		...pdfUrl && { pdfUrl },
		...fields.published && { published: fields.published },
		...fields.primaryCategory && { primaryCategory: fields.primaryCategory },
		tags: uniqueTags((fields.tags ?? []).filter((tag) => tag.length <= LIMITS.tagLength)),
		status: "to-read",
		note: fields.note ?? "",
		savedAt: now,
		updatedAt: now
	};
	const checked = paperSchema.safeParse(candidate);
	if (checked.success) return checked.data;
	const issue = checked.error.issues[0];
	const paperField = issue?.path[0];
	const field = paperField && (fileFieldNames[paperField] ?? issue?.path.join("."));
	throw new ImportError(issue?.message ?? "invalid paper", {
		...location,
		...field && {
			field,
			line: lineOfField?.(field) ?? location.line
		}
	});
}
/** A whole file's records, each a paper or an entry left out, as a ParsedImport. */
function collectRecords(format, records) {
	const papers = [];
	const skipped = [];
	for (const record of records) if ("reason" in record) skipped.push(record);
	else papers.push(record);
	return {
		format,
		papers,
		tags: [],
		rules: [],
		skipped
	};
}
// lib/import/latex.ts
/**
* LaTeX in BibTeX fields to plain text: the inverse of lib/export/latex.ts, plus what Zotero,
* JabRef, Google Scholar and publishers write (`{\"o}`, `\"{o}`, `\'\i`, `\textendash`,
* `\emph{...}`, `--`). TeX math (`$\ell_1$`) is kept as source, as the shelf stores it.
*/
var invert = (table) => Object.fromEntries(Object.entries(table).map(([char, command]) => [command, char]));
/** `"` -> U+0308 and so on. */
var MARK_OF_ACCENT = invert(ACCENT_COMMANDS);
/** `ss` -> ß and so on. */
var LETTER_OF_COMMAND = invert(LETTER_COMMANDS);
/** Control words that stand for one character. */
var SYMBOL_COMMANDS = {
	...Object.fromEntries(Object.entries(SPECIAL_CHARACTERS).filter(([, latex]) => latex.endsWith("{}")).map(([char, latex]) => [latex.slice(1, -2), char])),
	textendash: "–",
	textemdash: "—",
	textquoteleft: "‘",
	textquoteright: "’",
	textquotedblleft: "“",
	textquotedblright: "”",
	textquotesingle: "'",
	textquotedbl: "\"",
	textunderscore: "_",
	textbraceleft: "{",
	textbraceright: "}",
	textdollar: "$",
	ldots: "…",
	dots: "…",
	textellipsis: "…",
	S: "§",
	P: "¶",
	copyright: "©",
	textcopyright: "©",
	textregistered: "®",
	texttrademark: "™",
	pounds: "£",
	textsterling: "£",
	texteuro: "€",
	euro: "€",
	textdegree: "°",
	dag: "†",
	ddag: "‡",
	textbullet: "•",
	guillemotleft: "«",
	guillemotright: "»",
	guillemetleft: "«",
	guillemetright: "»",
	nobreakspace: " ",
	quad: " ",
	qquad: " ",
	dj: "đ",
	DJ: "Đ",
	th: "þ",
	TH: "Þ",
	dh: "ð",
	DH: "Ð",
	ng: "ŋ",
	NG: "Ŋ"
};
/** Commands whose (last) argument is the text: `\emph{x}` -> x, `\href{url}{x}` -> x. */
var TEXT_COMMANDS = /* @__PURE__ */ new Set([
	"textit",
	"textbf",
	"textsc",
	"texttt",
	"textrm",
	"textsf",
	"textsl",
	"textup",
	"textmd",
	"textnormal",
	"emph",
	"mbox",
	"hbox",
	"text",
	"url",
	"NoCaseChange",
	"nocase",
	"uppercase",
	"lowercase"
]);
var TWO_ARGUMENT_TEXT_COMMANDS = /* @__PURE__ */ new Set(["href"]);
/** Control symbols (`\` + one non-letter) that are not accents. */
var CONTROL_SYMBOLS = {
	" ": " ",
	",": " ",
	";": " ",
	":": " ",
	"!": "",
	"-": "",
	"/": "",
	"@": ""
};
var DOTLESS_TO_DOTTED = {
	ı: "i",
	ȷ: "j"
};
/** A run of characters that are text as they stand (not braces, commands, math or ligatures). */
var PLAIN_RUN = /[^{}\\$~\-'`?!]+/y;
var LatexReader = class {
	source;
	lineBreak;
	position = 0;
	constructor(source, lineBreak) {
		this.source = source;
		this.lineBreak = lineBreak;
	}
	/** Reads until the end, or until the `}` that closes the group being read. */
	readText(insideGroup = false) {
		let out = "";
		while (this.position < this.source.length) {
			const char = this.source[this.position];
			if (char === "}") {
				this.position++;
				if (insideGroup) return out;
				continue;
			}
			if (char === "{") {
				this.position++;
				out += this.readText(true);
			} else if (char === "\\") out += this.readCommand();
			else if (char === "$") out += this.readMath();
			else if (char === "~") {
				this.position++;
				out += " ";
			} else out += this.readPlainRun() || this.readLigatureOrChar();
		}
		return out;
	}
	/** Characters with no meaning to TeX, in one slice (one character at a time is slow). */
	readPlainRun() {
		PLAIN_RUN.lastIndex = this.position;
		const run = PLAIN_RUN.exec(this.source)?.[0] ?? "";
		this.position += run.length;
		return run;
	}
	readLigatureOrChar() {
		const rest = this.source.slice(this.position, this.position + 3);
		for (const [tex, text] of [
			["---", "—"],
			["--", "–"],
			["''", "”"],
			["``", "“"],
			["?`", "¿"],
			["!`", "¡"]
		]) if (rest.startsWith(tex)) {
			this.position += tex.length;
			return text;
		}
		this.position++;
		return rest[0];
	}
	/** `$...$` as written, up to the next unescaped `$`; a lone `$` is a dollar sign. */
	readMath() {
		const start = this.position;
		for (let i = start + 1; i < this.source.length; i++) {
			const char = this.source[i];
			if (char === "\\") i++;
			else if (char === "$") {
				this.position = i + 1;
				return this.source.slice(start, i + 1);
			}
		}
		this.position++;
		return "$";
	}
	skipSpaces() {
		while (/\s/.test(this.source[this.position] ?? "")) this.position++;
	}
	/** The next argument: a `{group}`, a control sequence, or one character. */
	readArgument() {
		this.skipSpaces();
		const char = this.source[this.position];
		if (char === void 0) return "";
		if (char === "{") {
			this.position++;
			return this.readText(true);
		}
		if (char === "\\") return this.readCommand();
		this.position++;
		return char;
	}
	readCommand() {
		this.position++;
		const name = /^(?:[a-zA-Z]+|.)/s.exec(this.source.slice(this.position))?.[0] ?? "";
		this.position += name.length;
		if (!/^[a-zA-Z]/.test(name)) return this.controlSymbol(name);
		this.skipSpaces();
		if (this.source.startsWith("{}", this.position) && !(name in MARK_OF_ACCENT)) this.position += 2;
		const accent = MARK_OF_ACCENT[name];
		if (accent) return this.accent(accent);
		const letter = LETTER_OF_COMMAND[name] ?? SYMBOL_COMMANDS[name];
		if (letter !== void 0) return letter;
		if (TWO_ARGUMENT_TEXT_COMMANDS.has(name)) {
			this.readArgument();
			return this.readArgument();
		}
		if (TEXT_COMMANDS.has(name)) return this.readArgument();
		if (name === "par" || name === "newline") return this.lineBreak;
		return name;
	}
	controlSymbol(symbol) {
		const accent = MARK_OF_ACCENT[symbol];
		if (accent) return this.accent(accent);
		if (symbol === "\\") return this.lineBreak;
		if (symbol in CONTROL_SYMBOLS) return CONTROL_SYMBOLS[symbol];
		return symbol;
	}
	/** The argument with the combining mark on its first character, composed (NFC). */
	accent(mark) {
		const [first = "", ...rest] = this.readArgument();
		return ((DOTLESS_TO_DOTTED[first] ?? first) + mark).normalize("NFC") + rest.join("");
	}
};
function decodeLatex(latex, options = {}) {
	const text = new LatexReader(latex, options.keepLineBreaks ? "\n" : " ").readText();
	if (!options.keepLineBreaks) return text.replace(/\s+/g, " ").trim();
	return text.split(/\r\n|\r|\n/).map((line) => line.replace(/[^\S\n]+/g, " ").trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
// lib/import/bibtex.ts
/**
* BibTeX and biblatex files as Zotero, Better BibTeX, JabRef, Mendeley, Google Scholar, arXiv
* and publishers write them: `@string` macros and `#` concatenation, `{...}` and `"..."` values,
* `(...)` entry delimiters, `@comment` and `@preamble`, month macros, LaTeX accents and commands.
*
* Braces are counted as BibTeX counts them (escaped or not), so a file BibTeX itself would read
* wrongly is refused here too, with the line where things went wrong.
*/
var MONTH_NAMES = [
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
var IDENTIFIER = /[^\s"#%'(),={}]+/y;
var BibtexReader = class {
	text;
	position = 0;
	lineOf;
	/** @string macros by lower-cased name; BibTeX predefines the months. */
	macros = new Map(MONTH_NAMES.map((name) => [name.slice(0, 3), name[0]?.toUpperCase() + name.slice(1)]));
	entry = {};
	constructor(text) {
		this.text = text;
		this.lineOf = lineLocator(text);
	}
	fail(problem, offset = this.position) {
		const { key, field } = this.entry;
		throw new ImportError(problem, {
			line: this.lineOf(offset),
			...key && { entry: key },
			...field && { field }
		});
	}
	skipSpace() {
		while (/\s/.test(this.text[this.position] ?? "")) this.position++;
	}
	peek() {
		return this.text[this.position];
	}
	expect(char, what) {
		this.skipSpace();
		if (this.peek() !== char) {
			const found = this.peek() === void 0 ? "the end of the file" : `"${this.peek()}"`;
			this.fail(`expected ${what}, found ${found}`);
		}
		this.position++;
	}
	readIdentifier() {
		IDENTIFIER.lastIndex = this.position;
		const match = IDENTIFIER.exec(this.text);
		if (!match) return "";
		this.position += match[0].length;
		return match[0];
	}
	readEntries() {
		const entries = [];
		for (;;) {
			const at = this.text.indexOf("@", this.position);
			if (at === -1) return entries;
			this.position = at + 1;
			this.entry = {};
			const type = this.readIdentifier().toLowerCase();
			if (!/^[a-z]+$/.test(type)) continue;
			this.skipSpace();
			const open = this.peek();
			if (open !== "{" && open !== "(") this.fail(`expected "{" after @${type}`);
			this.position++;
			const close = open === "{" ? "}" : ")";
			if (type === "comment") this.skipComment(close, at);
			else if (type === "preamble") this.readPreamble(close);
			else if (type === "string") this.readMacro(close);
			else entries.push(this.readEntry(type, close, at));
		}
	}
	skipComment(close, start) {
		const open = close === "}" ? "{" : "(";
		let depth = 1;
		for (; this.position < this.text.length; this.position++) {
			const char = this.text[this.position];
			if (char === open) depth++;
			else if (char === close && --depth === 0) {
				this.position++;
				return;
			}
		}
		this.fail("this @comment is never closed", start);
	}
	readPreamble(close) {
		this.entry = { key: "@preamble" };
		this.readValue();
		this.expect(close, `"${close}" to close the @preamble`);
	}
	readMacro(close) {
		this.skipSpace();
		const name = this.readIdentifier();
		if (!name) this.fail("expected a name after @string");
		this.entry = { key: `@string ${name}` };
		this.expect("=", `"=" after the @string name`);
		this.macros.set(name.toLowerCase(), this.readValue());
		this.expect(close, `"${close}" to close the @string`);
	}
	readEntry(type, close, start) {
		this.skipSpace();
		const keyMatch = /[^\s,{}()]*/y;
		keyMatch.lastIndex = this.position;
		const key = keyMatch.exec(this.text)?.[0] ?? "";
		this.position += key.length;
		if (!key) this.fail(`this @${type} entry has no citation key`);
		this.entry = { key };
		const fields = /* @__PURE__ */ new Map();
		for (;;) {
			this.skipSpace();
			const char = this.peek();
			if (char === close) {
				this.position++;
				return {
					type,
					key,
					line: this.lineOf(start),
					fields
				};
			}
			if (char === ",") {
				this.position++;
				continue;
			}
			if (char === void 0) this.fail(`the entry is never closed with "${close}"`, start);
			const fieldStart = this.position;
			const name = this.readIdentifier().toLowerCase();
			if (!name) this.fail(`expected a field name or "${close}", found "${char}"`);
			this.entry = {
				key,
				field: name
			};
			this.expect("=", `"=" after the field name`);
			this.skipSpace();
			const valueStart = this.position;
			const value = this.readValue();
			fields.set(name, {
				value,
				line: this.lineOf(fieldStart)
			});
			this.skipSpace();
			const after = this.peek();
			if (after !== "," && after !== close) {
				if (/\n\s*[\w-]+\s*=\s*["{\d]/.test(value)) this.fail("this value is never closed (unbalanced braces)", valueStart);
				this.fail(`expected "," or "${close}" after the value${after ? "" : ", found the end"}`);
			}
			this.entry = { key };
		}
	}
	/** One value: parts joined by `#`, each a braced or quoted string, a number or a macro. */
	readValue() {
		let value = "";
		for (;;) {
			this.skipSpace();
			const char = this.peek();
			if (char === "{") value += this.readDelimited("}");
			else if (char === "\"") value += this.readDelimited("\"");
			else if (char !== void 0 && /[0-9]/.test(char)) value += this.readIdentifier();
			else {
				const name = this.readIdentifier();
				if (!name) this.fail(char === void 0 ? "the value is missing" : "expected a value");
				const macro = this.macros.get(name.toLowerCase());
				if (macro === void 0) this.fail(`"${name}" is not a defined @string macro`);
				value += macro;
			}
			this.skipSpace();
			if (this.peek() !== "#") return value;
			this.position++;
		}
	}
	/** `{...}` or `"..."`, braces balanced inside (a quote ends the value only at depth 0). */
	readDelimited(end) {
		const start = this.position;
		this.position++;
		let depth = 0;
		for (; this.position < this.text.length; this.position++) {
			const char = this.text[this.position];
			if (char === "{") depth++;
			else if (char === "}") {
				if (depth === 0 && end === "}") break;
				if (--depth < 0) this.fail("a \"}\" closes more than was opened");
			} else if (char === "\"" && end === "\"" && depth === 0) break;
			else if (char === "@" && this.text[this.position - 1] === "\n") {
				if (/^@[a-zA-Z]+\s*[{(]/.test(this.text.slice(this.position, this.position + 40))) this.fail("this value is never closed (unbalanced braces)", start);
			}
		}
		if (this.position >= this.text.length) this.fail("this value is never closed (unbalanced braces)", start);
		const value = this.text.slice(start + 1, this.position);
		this.position++;
		return value;
	}
};
/** Splits `A and B and others` at depth-0 " and "; "others" (et al.) is dropped. */
function splitAuthors(raw) {
	const names = [];
	let depth = 0;
	let current = "";
	const words = raw.split(/(\s+|[{}])/);
	for (const word of words) {
		if (word === "{") depth++;
		if (word === "}") depth--;
		if (depth === 0 && /^and$/i.test(word)) {
			names.push(current);
			current = "";
		} else current += word;
	}
	names.push(current);
	return names.map((name) => name.trim()).filter((name) => name && name !== "others");
}
/** "von Last, Jr, First" or "First von Last" to the name as people write it. */
function bibtexNameToText(raw) {
	const parts = [];
	let depth = 0;
	let current = "";
	for (const char of raw) {
		if (char === "{") depth++;
		if (char === "}") depth--;
		if (char === "," && depth === 0) {
			parts.push(current);
			current = "";
		} else current += char;
	}
	parts.push(current);
	const [last = "", middle, first] = parts.map((part) => decodeLatex(part));
	if (parts.length === 1) return last;
	if (parts.length === 2) return `${middle} ${last}`.trim();
	return `${first} ${last} ${middle}`.trim();
}
/** Backslash escapes a verbatim field (url, doi) may carry anyway: `10.1000/a\_b`. */
function verbatimText(raw) {
	return raw.replace(/\\([_&%#$~])/g, "$1").replace(/[{}]/g, "").trim();
}
function monthNumber(raw) {
	const text = raw.trim().toLowerCase();
	if (/^\d{1,2}$/.test(text)) {
		const month = Number(text);
		return month >= 1 && month <= 12 ? month : void 0;
	}
	const index = MONTH_NAMES.findIndex((name) => text.length >= 3 && name.startsWith(text));
	return index === -1 ? void 0 : index + 1;
}
/** YYYY[-MM[-DD]] from biblatex `date`, or from `year` and `month`; undefined when unclear. */
function publishedDate(fields) {
	const date = verbatimText(fields.get("date")?.value ?? "");
	const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date)?.[0];
	if (iso) return iso;
	const year = /^\d{4}$/.exec(verbatimText(fields.get("year")?.value ?? ""))?.[0];
	if (!year) return void 0;
	const month = monthNumber(verbatimText(fields.get("month")?.value ?? ""));
	return month ? `${year}-${String(month).padStart(2, "0")}` : year;
}
/** Every canonical id the entry names, strongest wherever it is written. */
function idsOfEntry(fields) {
	const text = (name) => verbatimText(fields.get(name)?.value ?? "");
	const ids = [];
	const eprint = text("eprint");
	const archive = (text("archiveprefix") || text("eprinttype")).toLowerCase();
	if (eprint && (archive === "arxiv" || archive === "")) ids.push(arxivIdFrom(eprint) && `arxiv:${arxivIdFrom(eprint)}`);
	for (const name of ["arxivid", "arxiv"]) {
		const id = arxivIdFrom(text(name));
		if (id) ids.push(`arxiv:${id}`);
	}
	ids.push(canonicalId(text("doi")));
	for (const name of [
		"journal",
		"journaltitle",
		"note",
		"howpublished"
	]) {
		const mention = /arxiv:\s*([\w./-]+?)(?:v\d+)?(?=[\s,;\]}]|$)/i.exec(text(name))?.[1];
		const id = mention && arxivIdFrom(mention);
		if (id) ids.push(`arxiv:${id}`);
	}
	ids.push(canonicalId(text("url")));
	return [...new Set(ids.filter((id) => id !== void 0))];
}
/** Names of BibTeX fields for error messages about the paper fields they fill. */
var FIELD_NAMES$1 = {
	title: "title",
	authors: "author",
	abstract: "abstract",
	url: "url",
	published: "year",
	primaryCategory: "primaryclass",
	tags: "keywords",
	note: "annote"
};
function paperOfEntry(entry, now) {
	const { fields, key, line } = entry;
	const latex = (name, keepLineBreaks = false) => {
		const raw = fields.get(name)?.value;
		return raw === void 0 ? "" : decodeLatex(raw, { keepLineBreaks });
	};
	const ids = idsOfEntry(fields);
	if (ids.length === 0) return {
		entry: key,
		line,
		reason: "no DOI, arXiv id or URL names the paper"
	};
	const title = latex("title");
	if (!title) throw new ImportError("the entry has no title", {
		line: fields.get("title")?.line ?? line,
		entry: key,
		field: "title"
	});
	const primaryClass = verbatimText(fields.get("primaryclass")?.value ?? "");
	const keywords = (fields.get("keywords")?.value ?? "").split(/[,;]/).map((k) => decodeLatex(k));
	const note = ["annote", "comment"].map((name) => latex(name, true)).filter(Boolean).join("\n\n");
	return importedPaper({
		ids,
		title,
		authors: splitAuthors(fields.get("author")?.value ?? "").map(bibtexNameToText),
		url: verbatimText(fields.get("url")?.value ?? ""),
		abstract: latex("abstract"),
		published: publishedDate(fields),
		...ARXIV_CATEGORY.test(primaryClass) && { primaryCategory: primaryClass },
		tags: keywords.filter(Boolean),
		note
	}, now, {
		line,
		entry: key,
		lineOfField: (field) => fields.get(field)?.line
	}, FIELD_NAMES$1);
}
function parseBibtex(text, now) {
	const entries = new BibtexReader(text).readEntries();
	if (entries.length === 0) throw new ImportError("no BibTeX entries found (they start with \"@article{\", \"@misc{\"...)");
	return collectRecords("bibtex", entries.map((entry) => paperOfEntry(entry, now)));
}
// lib/import/ids.ts
/**
* A plain list of papers: arXiv ids, DOIs or URLs, one or more per line, as people paste them
* (bullets and numbering, commas, `#` comments allowed). Each becomes a paper titled by its id
* until a listing shows the real title (lib/db/papers.ts fills it in then).
*/
/** A short, readable stand-in title: `arXiv:2403.01234`, the DOI, or what was written. */
function standInTitle(id, written) {
	const arxivId = arxivIdOf(id);
	if (arxivId) return `arXiv:${arxivId}`;
	if (id.startsWith("doi:")) return id.slice(4);
	return written;
}
function parseIdList(text, now) {
	const papers = /* @__PURE__ */ new Map();
	text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).forEach((raw, index) => {
		const line = index + 1;
		const content = raw.replace(/(^|\s)#.*$/, "").replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").trim();
		for (const token of content.split(/[\s,;]+/).filter(Boolean)) {
			const written = token.replace(/^[<("']+|[>)"'.]+$/g, "");
			const id = canonicalId(written);
			if (!id) throw new ImportError(`"${token.slice(0, 80)}" is not an arXiv id, DOI or URL`, { line });
			if (papers.has(id)) continue;
			papers.set(id, importedPaper({
				ids: [id],
				title: standInTitle(id, written),
				authors: [],
				url: written
			}, now, { line }));
		}
	});
	if (papers.size === 0) throw new ImportError("the file names no papers");
	return {
		format: "ids",
		papers: [...papers.values()],
		tags: [],
		rules: [],
		skipped: []
	};
}
// lib/import/json.ts
/**
* The JSON backup (lib/export/json.ts) read back: checked whole with its zod schema before
* anything is used, so a backup with one bad paper is refused with that paper and field named.
*/
function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message)?.[1];
		throw new ImportError(`not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)/, "")})`, { ...position && { line: lineLocator(text)(Number(position)) } });
	}
}
/** `papers[3] (arxiv:2403.01234)` for a path into the backup. */
function describeEntry(data, path) {
	const [collection, index] = path;
	if (typeof collection !== "string" || typeof index !== "number") return void 0;
	const item = data[collection]?.[index];
	const name = item?.id ?? item?.name;
	return `${collection}[${index}]${typeof name === "string" ? ` (${name})` : ""}`;
}
function parseBackup(text) {
	const data = parseJson(text.replace(/^\uFEFF/, ""));
	const record = typeof data === "object" && data !== null ? data : {};
	if (record.format !== "paper-shelf-backup") throw new ImportError(`this JSON file is not a Paper Shelf backup (no "format": "${BACKUP_FORMAT}")`, { field: "format" });
	const version = record.schemaVersion;
	if (typeof version === "number" && version > 1) throw new ImportError(`this backup was written by a newer Paper Shelf (backup version ${version}); this one reads up to version 1`, { field: "schemaVersion" });
	const checked = backupSchema.safeParse(data);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		const path = issue?.path ?? [];
		const entry = describeEntry(data, path);
		const field = (entry ? path.slice(2) : path).join(".");
		throw new ImportError(issue?.message ?? "invalid backup", {
			...entry && { entry },
			...field && { field }
		});
	}
	const { papers, tags, rules = [] } = checked.data;
	return {
		format: "json",
		papers,
		tags,
		rules,
		skipped: []
	};
}
// lib/import/ris.ts
/**
* RIS as Zotero, EndNote, Mendeley, publishers and library catalogues write it: `XX  - value`
* lines (one or two spaces before the dash), records from `TY` to `ER`, values that run on over
* several lines, notes in HTML (Zotero writes them so).
*/
var TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;
function readRecords(text) {
	const records = [];
	let current;
	text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).forEach((raw, index) => {
		const line = index + 1;
		const match = TAG_LINE.exec(raw.trimEnd());
		if (!match) {
			const last = current?.fields.at(-1);
			if (last) last.value += `\n${raw.trimEnd()}`;
			else if (raw.trim()) throw new ImportError(`"${raw.trim().slice(0, 40)}" is outside a record`, { line });
			return;
		}
		const [, tag = "", value = ""] = match;
		if (tag === "TY") {
			if (current) throw new ImportError(`the record from line ${current.line} has no "ER  - " line`, {
				line,
				field: "ER"
			});
			current = {
				line,
				fields: [{
					tag,
					value: value.trim(),
					line
				}]
			};
		} else if (!current) throw new ImportError("a field outside a record (records start with \"TY  - \")", {
			line,
			field: tag
		});
		else if (tag === "ER") {
			records.push(current);
			current = void 0;
		} else current.fields.push({
			tag,
			value: value.trim(),
			line
		});
	});
	if (current) throw new ImportError("the record never ends with \"ER  - \"", {
		line: current.line,
		field: "ER"
	});
	return records;
}
var ENTITIES = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: "\"",
	apos: "'",
	nbsp: " "
};
/** Zotero's HTML notes (`<p>a</p><p>b<br/>c</p>`) as text with line breaks. */
function htmlNoteToText(note) {
	if (!/<\/?(?:p|br|div|span|strong|em|b|i|a|ul|ol|li|h\d)\b/i.test(note)) return note;
	return note.replace(/<br\s*\/?>/gi, "\n").replace(/<\/(?:p|div|h\d|li)>\s*/gi, "\n\n").replace(/<[^>]*>/g, "").replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name) => {
		if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
		return ENTITIES[name.toLowerCase()] ?? entity;
	}).replace(/\n{3,}/g, "\n\n").trim();
}
/** "Last, First[, Suffix]" to "First Last Suffix". */
function risNameToText(name) {
	const [last = "", first, suffix] = name.split(",").map((part) => part.trim());
	return [
		first,
		last,
		suffix
	].filter(Boolean).join(" ").replace(/\s+/g, " ");
}
/** RIS dates: `2024/03/14/`, `2024///`, `2024`, or ISO `2024-03-14`. */
function risDate(value) {
	const match = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2}))?)?/.exec(value?.trim() ?? "");
	if (!match) return void 0;
	const [, year, month, day] = match;
	const pad = (n) => n.padStart(2, "0");
	if (!month) return year;
	return day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}
/** An arXiv id mentioned in a field: `arXiv:2308.01234v2`. */
var ARXIV_MENTION = /arxiv:\s*([\w./-]+?)(?:v\d+)?(?=[\s,;\]]|$)/i;
/** A note that is only Zotero's "arXiv:2308.01234 [cs]": an id, not the user's words. */
var ARXIV_ID_NOTE = new RegExp(`^${ARXIV_MENTION.source}(?:\\s*\\[[^\\]]*\\])?$`, "i");
function idsOfRecord(values) {
	const ids = [];
	for (const doi of [...values("DO"), ...values("M3")]) ids.push(canonicalId(doi));
	for (const tag of [
		"N1",
		"M1",
		"M2",
		"AN",
		"JO",
		"T2",
		"DB"
	]) for (const value of values(tag)) {
		const id = arxivIdFrom(ARXIV_MENTION.exec(value)?.[1] ?? "");
		if (id) ids.push(`arxiv:${id}`);
	}
	for (const urls of [...values("UR"), ...values("L2")]) for (const url of urls.split(/[\s;]+/)) ids.push(canonicalId(url));
	return [...new Set(ids.filter((id) => id !== void 0))];
}
var FIELD_NAMES = {
	title: "TI",
	authors: "AU",
	abstract: "AB",
	url: "UR",
	pdfUrl: "L1",
	published: "DA",
	tags: "KW",
	note: "N1"
};
function paperOfRecord(record, now) {
	const values = (tag) => record.fields.filter((field) => field.tag === tag).map((field) => field.value.trim());
	const first = (...tags) => tags.flatMap(values).find(Boolean);
	const title = first("TI", "T1", "CT", "BT")?.replace(/\s+/g, " ");
	const entry = title ? `"${title.length > 60 ? `${title.slice(0, 57)}...` : title}"` : void 0;
	const ids = idsOfRecord(values);
	if (ids.length === 0) return {
		entry: entry ?? `record at line ${record.line}`,
		line: record.line,
		reason: "no DOI, arXiv id or URL names the paper"
	};
	if (!title) throw new ImportError("the record has no title (TI)", {
		line: record.line,
		field: "TI"
	});
	const notes = values("N1").map(htmlNoteToText).filter((note) => note && !ARXIV_ID_NOTE.test(note));
	return importedPaper({
		ids,
		title,
		authors: [...values("AU"), ...values("A1")].map(risNameToText).filter(Boolean),
		url: values("UR").flatMap((urls) => urls.split(/[\s;]+/)).find((url) => /^https?:\/\//i.test(url)),
		pdfUrl: values("L1").find((url) => /^https?:\/\//i.test(url)),
		abstract: first("AB", "N2")?.replace(/\s+/g, " "),
		published: risDate(first("DA", "PY", "Y1")),
		tags: values("KW"),
		note: notes.join("\n\n")
	}, now, {
		line: record.line,
		...entry && { entry },
		lineOfField: (tag) => record.fields.find((field) => field.tag === tag)?.line
	}, FIELD_NAMES);
}
function parseRis(text, now) {
	const records = readRecords(text);
	if (records.length === 0) throw new ImportError("no RIS records found (they start with \"TY  - \")");
	return collectRecords("ris", records.map((record) => paperOfRecord(record, now)));
}
// lib/import/index.ts
/**
* Every import format behind one function (shared/DESIGN.md, "Public modules"): the text of a
* file to validated papers, tags and rules, or an ImportError that names the line or entry and
* the field at fault. Nothing here touches the database: lib/db/import.ts previews and applies.
*/
var IMPORT_FORMAT_LABELS = {
	json: "Paper Shelf backup",
	bibtex: "BibTeX",
	ris: "RIS",
	ids: "list of ids"
};
/** The format of a file by its content (file names lie: .txt BibTeX, .json that is CSL). */
function detectFormat(text) {
	const start = text.replace(/^\uFEFF/, "").trimStart();
	if (start.startsWith("{") || start.startsWith("[")) return "json";
	if (/^TY {1,2}- /.test(start)) return "ris";
	if (/^\s*@[a-zA-Z]+\s*[{(]/m.test(text)) return "bibtex";
	return "ids";
}
function parseImport(text, format = detectFormat(text), { now = Date.now() } = {}) {
	switch (format) {
		case "json": return parseBackup(text);
		case "bibtex": return parseBibtex(text, now);
		case "ris": return parseRis(text, now);
		case "ids": return parseIdList(text, now);
	}
}
// components/ImportDialog.tsx
/**
* Import from a file: a Paper Shelf backup, BibTeX, RIS or a list of arXiv ids, DOIs and URLs.
* The file is read and checked first; the user sees what would change (and, for a backup,
* chooses between merging and replacing) before anything is written. Applying is one
* transaction, then open listing tabs are told which papers changed.
*
* Errors name the line or entry and the field; page- and file-derived text is rendered as text.
*/
/** Far beyond any real shelf (a 10,000-paper backup is ~15 MB); stops a wrong file early. */
var MAX_FILE_BYTES = 52428800;
function plural(n, word, words = `${word}s`) {
	return `${n} ${n === 1 ? word : words}`;
}
function messageOf(error) {
	return error instanceof Error ? error.message : String(error);
}
function ImportDialog({ onImported }) {
	const [open, setOpen] = d(false);
	const [step, setStep] = d({ kind: "idle" });
	const preview = async (fileName, parsed, mode) => {
		setStep({
			kind: "working",
			text: "Comparing with your shelf…"
		});
		try {
			setStep({
				kind: "preview",
				fileName,
				parsed,
				mode,
				plan: await planImport(parsed, mode)
			});
		} catch (error) {
			setStep({
				kind: "error",
				text: messageOf(error)
			});
		}
	};
	const readFile = async (file) => {
		if (!file) return;
		if (file.size > MAX_FILE_BYTES) {
			setStep({
				kind: "error",
				text: `${file.name} is too large to be a reading list.`
			});
			return;
		}
		setStep({
			kind: "working",
			text: `Reading ${file.name}…`
		});
		try {
			const parsed = parseImport(await file.text());
			await preview(file.name, parsed, "merge");
		} catch (error) {
			setStep({
				kind: "error",
				text: `${file.name}: ${messageOf(error)}`
			});
		}
	};
	const apply = async (parsed, mode) => {
		setStep({
			kind: "working",
			text: "Importing…"
		});
		let result;
		try {
			result = await applyImport(parsed, mode);
		} catch (error) {
			setStep({
				kind: "error",
				text: `Nothing was imported: ${messageOf(error)}`
			});
			return;
		}
		const summary = [
			`${plural(result.added, "paper")} added`,
			`${result.updated} updated`,
			...result.removed ? [`${result.removed} removed`] : []
		].join(", ");
		setStep({
			kind: "done",
			text: `Imported: ${summary}.`
		});
		onImported?.(result);
		await broadcastPaperChanges(result.changes).catch((error) => console.error("Paper Shelf: telling listing tabs about the import failed", error));
	};
	return /* @__PURE__ */ a(ToolbarPanel, {
		label: "Import",
		panelLabel: "Import papers",
		id: "paper-shelf-import",
		open,
		onToggle: () => {
			setOpen(!open);
			setStep({ kind: "idle" });
		},
		children: [
			/* @__PURE__ */ a("label", {
				class: "transfer-file",
				children: [/* @__PURE__ */ a("span", { children: "Backup, BibTeX, RIS, or a list of arXiv ids, DOIs and URLs" }), /* @__PURE__ */ a("input", {
					type: "file",
					"aria-label": "Import file",
					accept: ".json,.bib,.bibtex,.ris,.txt,.md,application/json,text/plain",
					onChange: (event) => {
						const input = event.currentTarget;
						readFile(input.files?.[0]);
						input.value = "";
					}
				})]
			}),
			step.kind === "working" && /* @__PURE__ */ a("p", {
				class: "transfer-status",
				role: "status",
				children: step.text
			}),
			step.kind === "error" && /* @__PURE__ */ a("p", {
				class: "transfer-status is-error",
				role: "alert",
				children: step.text
			}),
			step.kind === "done" && /* @__PURE__ */ a("p", {
				class: "transfer-status is-done",
				role: "status",
				children: step.text
			}),
			step.kind === "preview" && /* @__PURE__ */ a(ImportPreview, {
				step,
				onMode: (mode) => void preview(step.fileName, step.parsed, mode),
				onApply: () => void apply(step.parsed, step.mode),
				onCancel: () => setStep({ kind: "idle" })
			})
		]
	});
}
function ImportPreview({ step, onMode, onApply, onCancel }) {
	const { fileName, parsed, mode, plan } = step;
	const nothingToDo = plan.added + plan.updated + plan.removed + plan.tagsAdded === 0;
	return /* @__PURE__ */ a("section", {
		class: "transfer-preview",
		"aria-label": "Import preview",
		children: [
			/* @__PURE__ */ a("p", {
				class: "transfer-summary",
				children: [
					fileName,
					": ",
					IMPORT_FORMAT_LABELS[parsed.format],
					", ",
					plural(parsed.papers.length, "paper")
				]
			}),
			parsed.format === "json" && /* @__PURE__ */ a("fieldset", {
				class: "transfer-choice",
				children: [
					/* @__PURE__ */ a("legend", { children: "How to import" }),
					/* @__PURE__ */ a("label", { children: [/* @__PURE__ */ a("input", {
						type: "radio",
						name: "import-mode",
						checked: mode === "merge",
						onChange: () => onMode("merge")
					}), "Merge into my shelf"] }),
					/* @__PURE__ */ a("label", { children: [/* @__PURE__ */ a("input", {
						type: "radio",
						name: "import-mode",
						checked: mode === "replace",
						onChange: () => onMode("replace")
					}), "Replace my shelf with this backup"] })
				]
			}),
			/* @__PURE__ */ a("ul", {
				class: "transfer-counts",
				"aria-label": "What will change",
				children: [
					/* @__PURE__ */ a("li", {
						"data-count": "added",
						children: plural(plan.added, "new paper")
					}),
					/* @__PURE__ */ a("li", {
						"data-count": "updated",
						children: [plan.updated, " updated"]
					}),
					/* @__PURE__ */ a("li", {
						"data-count": "unchanged",
						children: [plan.unchanged, " unchanged"]
					}),
					mode === "replace" && /* @__PURE__ */ a("li", {
						"data-count": "removed",
						children: [plan.removed, " removed"]
					}),
					plan.tagsAdded > 0 && /* @__PURE__ */ a("li", {
						"data-count": "tags",
						children: plural(plan.tagsAdded, "new tag")
					})
				]
			}),
			parsed.skipped.length > 0 && /* @__PURE__ */ a("details", {
				class: "transfer-skipped",
				children: [/* @__PURE__ */ a("summary", { children: [plural(parsed.skipped.length, "entry", "entries"), " left out"] }), /* @__PURE__ */ a("ul", { children: parsed.skipped.map((skipped) => /* @__PURE__ */ a("li", { children: [
					skipped.line !== void 0 && `Line ${skipped.line}, `,
					skipped.entry,
					": ",
					skipped.reason
				] }, `${skipped.entry}:${skipped.line}`)) })]
			}),
			plan.rulesAdded > 0 && /* @__PURE__ */ a("p", {
				class: "transfer-hint",
				children: [plural(plan.rulesAdded, "auto-tag rule"), " from this backup will be added."]
			}),
			/* @__PURE__ */ a("div", {
				class: "transfer-actions",
				children: [/* @__PURE__ */ a("button", {
					type: "button",
					class: "is-primary",
					disabled: nothingToDo,
					onClick: onApply,
					children: mode === "replace" ? "Replace shelf" : "Apply import"
				}), /* @__PURE__ */ a("button", {
					type: "button",
					onClick: onCancel,
					children: "Cancel"
				})]
			})
		]
	});
}
// components/TransferTools.tsx
/**
* Export and import next to the reading list's count. A module of its own so the page can load
* it after its first paint: formats, parsers and the import preview are not needed to show papers.
*/
function TransferTools({ scopes, tags, onImported }) {
	const rules = useLiveQuery(listRules, []);
	return /* @__PURE__ */ a("div", {
		class: "shelf-tools",
		children: [/* @__PURE__ */ a(ExportMenu, {
			scopes,
			tags,
			rules: rules ?? []
		}), /* @__PURE__ */ a(ImportDialog, { onImported })]
	});
}
export { TransferTools };
