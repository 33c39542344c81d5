import { a as PAPER_LINK_MATCHES, c as arxivPdfUrl, d as onMessage, f as refreshBadge, i as withRevision, l as normalizeSpace, o as findPaperLinkSite, r as nextRevision, s as arxivAbsUrl, t as broadcastPaperChanges, u as PRIVILEGED_MESSAGES } from "./chunks/broadcast-CjvvQe6i.js";
import { $n as $ZodULID, $r as required, $t as _superRefine, An as $ZodIPv6, Ar as globalConfig, At as _isoDateTime, Bn as $ZodNonOptional, Br as installLazyProp, Bt as _minLength, Cn as $ZodE164, Cr as validateAsync, Ct as _gte, Dn as $ZodExactOptional, Dr as $ZodEncodeError, Dt as _ipv4, E as listTags, En as $ZodEnum, Er as formatError, Et as _int, Fn as $ZodIntersection, Fr as constantCatch, Ft as _length, Gn as $ZodOptional, Gr as mergeDefs, Gt as _number, Hn as $ZodNumber, Hr as joinValues, Ht as _nanoid, I as canonicalId, In as $ZodJWT, Ir as derived, It as _lowercase, Jn as $ZodReadonly, Jr as own, Jt as _refine, K as paperStatusSchema, Kn as $ZodPipe, Kr as normalizeParams, Kt as _overwrite, Ln as $ZodKSUID, Lr as extend, Lt as _lt, Mn as $ZodISODateTime, Mr as NUMBER_FORMAT_RANGES, Mt as _isoTime, Nn as $ZodISODuration, Nr as assignProp, Nt as _jwt, On as $ZodGUID, Or as $constructor, Ot as _ipv6, P as arxivIdOf, Pn as $ZodISOTime, Pr as clone, Pt as _ksuid, Qn as $ZodType, Qr as rawShape, Qt as _string, Rn as $ZodNanoID, Rr as getEnumValues, Rt as _lte, Sn as $ZodDefault, Sr as validate, St as _gt, Tn as $ZodEmoji, Tr as flattenError, Tt as _includes, U as paperCandidateSchema, Un as $ZodNumberFormat, Ur as jsonStringifyReplacer, Ut as _never, Vn as $ZodNullable, Vr as issue, Vt as _multipleOf, W as paperIdSchema, Wn as $ZodObjectJIT, Wr as merge, Wt as _normalize, X as LIMITS, Xn as $ZodStringFormat, Xr as partial, Xt as _slugify, Yn as $ZodString, Yr as parsedType, Yt as _regex, Zn as $ZodTransform, Zr as pick, Zt as _startsWith, _n as $ZodCIDRv6, _r as _safeDecodeAsync, _t as _cuid2, a as getSavedStates, ai as browser, an as _uppercase, ar as base64Charset, bn as $ZodCatch, br as _safeParse, bt as _emoji, cn as _uuidv4, cr as base64, d as removePapers, dn as _xid, dr as _decodeAsync, dt as _base64, ei as safeExtend, en as _toLowerCase, er as $ZodURL, fn as $ZodArray, fr as _encode, ft as _base64url, gn as $ZodCIDRv4, gr as _safeDecode, gt as _cuid, h as setPaperStatus, hn as $ZodBoolean, hr as _parseAsync, ht as _cidrv6, ii as liveQuery, in as _unknown, ir as $ZodXID, jn as $ZodISODate, jr as BIGINT_FORMAT_RANGES, jt as _isoDuration, kn as $ZodIPv4, kr as config, kt as _isoDate, ln as _uuidv6, lr as base64url, m as setPaperNote, mn as $ZodBase64URL, mr as _parse, mt as _cidrv4, n as changeOf, ni as stringifyPrimitive, nn as _trim, nr as $ZodUnion, on as _url, or as base64urlCharset, p as savePaper, pn as $ZodBase64, pr as _encodeAsync, pt as _boolean, q as tagNameSchema, qn as $ZodPrefault, qr as omit, r as editPaperTags, ri as db, rn as _ulid, rr as $ZodUnknown, sn as _uuid, sr as standardProps, ti as shallowClone, tn as _toUpperCase, tr as $ZodUUID, tt as normalizeTagName, u as removePaper, un as _uuidv7, ur as _decode, ut as _array, vn as $ZodCUID, vr as _safeEncode, vt as _e164, wn as $ZodEmail, wr as $ZodError, wt as _guid, xn as $ZodCustom, xr as _safeParseAsync, xt as _endsWith, yn as $ZodCUID2, yr as _safeEncodeAsync, yt as _email, zn as $ZodNever, zr as hide, zt as _maxLength } from "./chunks/_virtual_wxt-plugins-DAbNW9QY.js";
// node_modules/wxt/dist/utils/define-background.mjs
function defineBackground(arg) {
	if (arg == null || typeof arg === "function") return { main: arg };
	return arg;
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
var recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
var handoff;
var open = [];
var memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
var error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
var FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
var UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
			assignProp(properties, key, merged);
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
var narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
var narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
var contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
var formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
var exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
var numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
var enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
var customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
var unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
var intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
var nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
var ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
var ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(_overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
var _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(_regex(...args));
	},
	includes(...args) {
		return this.check(_includes(...args));
	},
	startsWith(...args) {
		return this.check(_startsWith(...args));
	},
	endsWith(...args) {
		return this.check(_endsWith(...args));
	},
	min(...args) {
		return this.check(_minLength(...args));
	},
	max(...args) {
		return this.check(_maxLength(...args));
	},
	length(...args) {
		return this.check(_length(...args));
	},
	nonempty(...args) {
		return this.check(_minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(_lowercase(params));
	},
	uppercase(params) {
		return this.check(_uppercase(params));
	},
	trim() {
		return this.check(_trim());
	},
	normalize(...args) {
		return this.check(_normalize(...args));
	},
	toLowerCase() {
		return this.check(_toLowerCase());
	},
	toUpperCase() {
		return this.check(_toUpperCase());
	},
	slugify() {
		return this.check(_slugify());
	}
}));
var ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(_email(ZodEmail, params));
	},
	url(params) {
		return this.check(_url(ZodURL, params));
	},
	jwt(params) {
		return this.check(_jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(_emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(_guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(_uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(_uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(_uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(_uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(_nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(_cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(_cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(_ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(_base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(_base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(_xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(_ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(_ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(_ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(_cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(_cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(_e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(_isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(_isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(_isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(_isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return _string(ZodString, params);
}
var ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
var ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(_gt(value, params));
	},
	gte(value, params) {
		return this.check(_gte(value, params));
	},
	min(value, params) {
		return this.check(_gte(value, params));
	},
	lt(value, params) {
		return this.check(_lt(value, params));
	},
	lte(value, params) {
		return this.check(_lte(value, params));
	},
	max(value, params) {
		return this.check(_lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(_gt(0, params));
	},
	nonnegative(params) {
		return this.check(_gte(0, params));
	},
	negative(params) {
		return this.check(_lt(0, params));
	},
	nonpositive(params) {
		return this.check(_lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(_multipleOf(value, params));
	},
	step(value, params) {
		return this.check(_multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return _number(ZodNumber, params);
}
var ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return _int(ZodNumberFormat, params);
}
var ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return _boolean(ZodBoolean, params);
}
var ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return _unknown(ZodUnknown);
}
var ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return _never(ZodNever, params);
}
var ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(_minLength(n, params));
	},
	nonempty(params) {
		return this.check(_minLength(1, params));
	},
	max(n, params) {
		return this.check(_maxLength(n, params));
	},
	length(n, params) {
		return this.check(_length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return _array(ZodArray, element, params);
}
var ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	return new ZodObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
var ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
var ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
var ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
var ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
var ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
var ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
var ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
var ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
var ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
var ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
var ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return _superRefine(fn, params);
}
// lib/messaging/schemas.ts
/** The zod schema of every message payload; the background checks each one before acting. */
var messageSchemas = {
	getSavedStates: object({ ids: array(paperIdSchema).max(LIMITS.idsPerLookup) }),
	savePaper: object({ candidate: paperCandidateSchema }),
	removePaper: object({ id: paperIdSchema }),
	editPaperTags: object({
		candidate: paperCandidateSchema,
		add: array(tagNameSchema).max(LIMITS.tagsPerPaper).default([]),
		remove: array(tagNameSchema).max(LIMITS.tagsPerPaper).default([])
	}),
	setPaperStatus: object({
		id: paperIdSchema,
		status: paperStatusSchema
	}),
	setPaperNote: object({
		id: paperIdSchema,
		note: string().max(LIMITS.noteLength)
	}),
	listTagNames: object({}),
	removePapers: object({ ids: array(paperIdSchema).min(1).max(1e5) }),
	suggestTags: object({ papers: array(object({
		id: paperIdSchema,
		title: string().max(LIMITS.titleLength),
		abstract: string().max(LIMITS.abstractLength).optional()
	})).max(LIMITS.idsPerLookup) }),
	tagPapers: object({
		candidates: array(paperCandidateSchema).min(1).max(LIMITS.idsPerLookup),
		tag: tagNameSchema
	}),
	undoTagPapers: object({ undoToken: string().min(1).max(64) }),
	savedStatesChanged: object({ changes: array(object({
		ids: array(paperIdSchema),
		state: object({
			saved: boolean(),
			tags: array(string()),
			status: optional(paperStatusSchema),
			revision: number().optional()
		})
	})) })
};
// lib/messaging/dispatch.ts
/**
* The background's side of messaging: every payload is checked (sender, then zod) before its
* handler runs, so a malformed or forbidden message never reaches the database.
*/
/** A message whose payload does not match its schema; the text names the field at fault. */
var InvalidMessageError = class extends Error {
	name = "InvalidMessageError";
};
/** A privileged message sent from somewhere other than an extension page. */
var MessageRefusedError = class extends Error {
	name = "MessageRefusedError";
};
/** True for the popup, options page and other pages of this extension; false for content scripts. */
function isExtensionPageSender(sender) {
	const extensionOrigin = browser.runtime.getURL("/");
	return sender.id === browser.runtime.id && !!sender.url?.startsWith(extensionOrigin);
}
/** Checks the sender and the payload, then runs the handler. */
async function dispatchMessage(name, handler, data, sender) {
	if (PRIVILEGED_MESSAGES.has(name) && !isExtensionPageSender(sender)) throw new MessageRefusedError(`${name} is only accepted from Paper Shelf's own pages`);
	const parsed = messageSchemas[name].safeParse(data);
	if (!parsed.success) throw new InvalidMessageError(`${name}: ${parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(payload)"}: ${issue.message}`).join("; ")}`);
	return handler(parsed.data, sender);
}
/** Registers a group of handlers with the messaging library. */
function registerHandlers(handlers) {
	for (const name of Object.keys(handlers)) {
		const handler = handlers[name];
		onMessage(name, (message) => dispatchMessage(name, handler, message.data, message.sender));
	}
}
// entrypoints/background/open-tabs.ts
/**
* Chrome runs manifest content scripts only in pages loaded after the extension was installed or
* updated: after an update (Chrome applies them on its own, in the background) every open
* listing tab would keep a dead widget until reloaded. So on install and update the content
* script is injected into the listing tabs that are open; the old, orphaned copy hears the new
* one start (WXT's ContentScriptContext) and removes its widgets.
*
* Firefox injects declared content scripts into open tabs by itself, hence MV3 only. Needs the
* "scripting" permission; no extra host access: the tabs are the listing sites already granted.
*/
async function injectIntoOpenListings() {
	const manifest = browser.runtime.getManifest();
	if (manifest.manifest_version !== 3 || !browser.scripting) return 0;
	return (await Promise.all((manifest.content_scripts ?? []).map(async ({ matches, js }) => {
		if (!matches?.length || !js?.length) return 0;
		const tabs = await browser.tabs.query({
			url: matches,
			discarded: false
		});
		const files = js.map((file) => `/${file.replace(/^\//, "")}`);
		return (await Promise.all(tabs.map((tab) => injectInto(tab.id, files)))).filter(Boolean).length;
	}))).reduce((total, count) => total + count, 0);
}
async function injectInto(tabId, files) {
	if (tabId === void 0) return false;
	try {
		await browser.scripting.executeScript({
			target: { tabId },
			files
		});
		return true;
	} catch {
		return false;
	}
}
function annotateOpenTabsOnInstall() {
	browser.runtime.onInstalled.addListener(({ reason }) => {
		if (reason !== "install" && reason !== "update") return;
		injectIntoOpenListings().catch((error) => {
			console.error("Paper Shelf: could not annotate open tabs", error);
		});
	});
}
// entrypoints/background/paper-handlers.ts
/** The change stamped at once, before anything else can resolve (lib/messaging/revision.ts). */
function stamped(change) {
	return {
		...change,
		state: withRevision(change.state)
	};
}
/** Handlers for saving, tagging and removing papers. */
var paperHandlers = {
	async getSavedStates({ ids }) {
		const states = await getSavedStates(ids);
		const revision = nextRevision();
		return Object.fromEntries(Object.entries(states).map(([id, state]) => [id, withRevision(state, revision)]));
	},
	async savePaper({ candidate }) {
		const paper = await savePaper(candidate);
		const change = stamped(changeOf(paper, [candidate.id, ...candidate.aliases ?? []]));
		await broadcastPaperChanges([change]);
		return change.state;
	},
	async removePaper({ id }) {
		const removed = await removePaper(id);
		const change = stamped(changeOf(void 0, [id, ...removed?.aliases ?? []]));
		await broadcastPaperChanges([change]);
		return change.state;
	},
	async editPaperTags({ candidate, add, remove }) {
		const paper = await editPaperTags(candidate, {
			add,
			remove
		});
		const change = stamped(changeOf(paper, [candidate.id, ...candidate.aliases ?? []]));
		await broadcastPaperChanges([change]);
		return change.state;
	},
	async setPaperStatus({ id, status }) {
		const change = changeOf(await setPaperStatus(id, status), [id]);
		await broadcastPaperChanges([change]);
		return change.state;
	},
	async setPaperNote({ id, note }) {
		const change = changeOf(await setPaperNote(id, note), [id]);
		await broadcastPaperChanges([change]);
		return change.state;
	},
	async listTagNames() {
		return (await listTags()).map((tag) => tag.name);
	},
	async removePapers({ ids }) {
		const removed = await removePapers(ids);
		await broadcastPaperChanges(removed.map((paper) => stamped(changeOf(void 0, paper.aliases))));
		return { removed: removed.length };
	}
};
// lib/paper/link-candidate.ts
/**
* A paper candidate from a bare link (the "Save to Paper Shelf" link context menu): the id comes
* from the URL, the title from the link's text. A link's text is often no title at all (arXiv
* listings show "arXiv:2403.01234", social sites a shortened URL): then the id stands in as the
* title, which the real title replaces the next time a page shows the paper (lib/db/papers.ts).
*/
/** Text that only repeats an address or an id: "arxiv.org/abs/2403.0…", "arXiv:2403.01234". */
function isAddressLike(text) {
	return /^(https?:\/\/|www\.)/i.test(text) || /^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(text) || canonicalId(text) !== void 0;
}
/** What to call a paper known only by its id. */
function titleFromId(id) {
	const arxivId = arxivIdOf(id);
	return arxivId ? `arXiv:${arxivId}` : id;
}
/** The candidate a link to a paper of a supported site names; undefined for any other link. */
function candidateFromLink(linkUrl, linkText) {
	const site = findPaperLinkSite(linkUrl);
	const id = canonicalId(linkUrl);
	if (!site || !id || id.startsWith("url:")) return void 0;
	const text = normalizeSpace(linkText ?? "").slice(0, LIMITS.titleLength);
	const arxivId = arxivIdOf(id);
	const url = new URL(linkUrl);
	url.hash = "";
	const parsed = paperCandidateSchema.safeParse({
		id,
		title: text && !isAddressLike(text) ? text : titleFromId(id),
		authors: [],
		url: arxivId && site === "arxiv" ? arxivAbsUrl(arxivId) : url.href,
		site,
		...arxivId ? { pdfUrl: arxivPdfUrl(arxivId) } : {}
	});
	return parsed.success ? parsed.data : void 0;
}
// entrypoints/background/save-link-menu.ts
/**
* "Save to Paper Shelf" in the context menu of links to papers of supported sites (an arXiv
* abstract or PDF, a Hugging Face paper page), wherever the link is: a blog, a feed, a chat.
*
* Permissions: "contextMenus" for the item itself. The title comes from the link's text: Firefox
* passes it with the click; Chrome does not, so the text is read from the link in the page with
* "scripting", which "activeTab" allows for that tab only, and only because the user just chose
* the item (neither permission shows a warning at install, nor reaches any page otherwise).
*/
var SAVE_LINK_MENU_ID = "save-paper-link";
/** Runs in the page (serialized by executeScript): the text of the link that was clicked. */
function textOfLink(href) {
	for (const link of document.querySelectorAll("a[href]")) {
		const text = link.href === href ? link.textContent?.replace(/\s+/g, " ").trim() : "";
		if (text) return text;
	}
}
async function linkTextOf(click, tabId) {
	if (click.linkText) return click.linkText;
	if (tabId !== void 0 && click.linkUrl) try {
		const [result] = await browser.scripting.executeScript({
			target: {
				tabId,
				frameIds: [click.frameId ?? 0]
			},
			func: textOfLink,
			args: [click.linkUrl]
		});
		if (typeof result?.result === "string") return result.result;
	} catch {}
	return click.selectionText;
}
/** Saves the paper a clicked link names; undefined when the link names none. */
async function saveLinkedPaper(click, tabId) {
	if (click.menuItemId !== "save-paper-link" || !click.linkUrl) return void 0;
	const candidate = candidateFromLink(click.linkUrl, await linkTextOf(click, tabId));
	if (!candidate) return void 0;
	const paper = await savePaper(candidate);
	await broadcastPaperChanges([changeOf(paper, [candidate.id])]);
	return paper;
}
function registerSaveLinkMenu() {
	browser.contextMenus.removeAll().then(() => browser.contextMenus.create({
		id: SAVE_LINK_MENU_ID,
		title: "Save to Paper Shelf",
		contexts: ["link"],
		targetUrlPatterns: PAPER_LINK_MATCHES
	})).catch((error) => console.error("Paper Shelf: the link menu could not be created", error));
	browser.contextMenus.onClicked.addListener((click, tab) => {
		saveLinkedPaper(click, tab?.id).catch((error) => console.error("Paper Shelf: saving the link failed", error));
	});
}
// lib/suggest/tokenize.ts
/**
* Text to terms for the suggestion model: lower-cased words with a light suffix stemmer, common
* English and boilerplate research words dropped, plus the bigrams of neighbouring words, which
* carry most of what names a topic ("federated learning", "model merging", "reward model").
*
* Deliberately small and dependency-free: it runs in the background worker over every card of a
* listing (2,000 on a large arXiv page), so it must cost microseconds per abstract.
*/
/** Words that say nothing about a topic: function words and the phrasing of every abstract. */
var STOPWORDS = new Set(`a about above across after again against all almost along also although always am among an
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
studies substantially two three use used uses using work works well wide widely`.split(/\s+/));
var MIN_WORD_LENGTH = 2;
/**
* A tiny suffix stemmer: enough to make "merging", "merged" and "merge" one term, and plurals
* singular, without Porter's tables. Stems only need to be consistent, not real words.
*/
function stem(word) {
	let w = word;
	if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
	else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
	if (w.length > 6 && w.endsWith("ing")) w = w.slice(0, -3);
	else if (w.length > 5 && w.endsWith("ed")) w = w.slice(0, -2);
	else if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
	return w;
}
/** The words of `text` as stems, stopwords and bare numbers removed, in order. */
function words(text) {
	const folded = text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
	const result = [];
	for (const raw of folded.split(/[^\p{L}\p{N}]+/u)) {
		if (raw.length < MIN_WORD_LENGTH || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
		result.push(stem(raw));
	}
	return result;
}
/** Unigrams and the bigrams of neighbouring kept words ("federat learn"). */
function terms(text) {
	const stems = words(text);
	const result = [...stems];
	for (let index = 1; index < stems.length; index += 1) result.push(`${stems[index - 1]} ${stems[index]}`);
	return result;
}
// lib/suggest/model.ts
/**
* Tag suggestions learned from the user's own tagged papers, on the device.
*
* The model is a tf-idf nearest-centroid classifier (Rocchio) with one calibrated threshold per
* tag. Why not a per-tag linear model (arxiv-sanity-lite trained an SVM per tag)? That worked
* there because every tag had tens of thousands of untagged arXiv papers as negatives. Here the
* only negatives are the user's other saved papers: often none at all (one tag, everything saved
* is tagged with it) and a handful at best. With 3–10 positives a discriminative model mostly
* learns the accidents of those few abstracts, while a centroid keeps what they share. Training
* is one pass of averaging, and each threshold is calibrated by leave-one-out on the tag's own
* examples against the other saved papers, and a tag whose papers have nothing in common (say
* "to read") is not learned at all. bench/suggest-eval.ts compares both on the labeled corpus.
*/
var SUGGESTION_DEFAULTS = {
	/** A tag needs this many examples before it is suggested: one paper is not a topic. */
	minExamples: 2,
	/** No suggestion below this similarity, however loose a tag's own papers are. */
	minThreshold: .1,
	/**
	* With no other saved paper to compare against, accept papers a bit less similar than the
	* least typical example (leave-one-out similarities underestimate fresh ones).
	*/
	looseFactor: .8,
	/**
	* A tag is learned only when its papers resemble each other: mean leave-one-out similarity of
	* its examples at least this. Topics measure 0.08–0.16 on the labeled corpus with 3–10
	* examples; a workflow tag such as "to read" on unrelated papers about 0.03–0.05.
	*/
	minCoherence: .06,
	/** F-beta used to place the threshold; < 1 favours precision: a wrong suggestion is noise. */
	beta: .5,
	/** Suggestions shown per card, best first. */
	maxSuggestions: 3
};
/** What the model reads of a paper: its title and, when known, its abstract. */
function paperText(paper) {
	return paper.abstract ? `${paper.title}\n${paper.abstract}` : paper.title;
}
/** How often each term occurs in `text`: the costly part of training, worth keeping. */
function termCounts(text) {
	const counts = /* @__PURE__ */ new Map();
	for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
}
/** Sublinear tf times idf, scaled to unit length; terms never seen in training get `unseenIdf`. */
function weigh(counts, model) {
	const vector = /* @__PURE__ */ new Map();
	let norm = 0;
	for (const [term, count] of counts) {
		const weight = (1 + Math.log(count)) * (model.idf.get(term) ?? model.unseenIdf);
		vector.set(term, weight);
		norm += weight * weight;
	}
	return scale(vector, norm > 0 ? 1 / Math.sqrt(norm) : 0);
}
function scale(vector, factor) {
	for (const [term, weight] of vector) vector.set(term, weight * factor);
	return vector;
}
function dot(a, b) {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let sum = 0;
	for (const [term, weight] of small) {
		const other = large.get(term);
		if (other !== void 0) sum += weight * other;
	}
	return sum;
}
function addInto(target, vector, factor = 1) {
	for (const [term, weight] of vector) target.set(term, (target.get(term) ?? 0) + weight * factor);
}
function norm(vector) {
	let sum = 0;
	for (const weight of vector.values()) sum += weight * weight;
	return Math.sqrt(sum);
}
/** Cosine of a unit vector `x` with the sum `total` minus `x` (leave `x` out of the centroid). */
function leaveOneOutCosine(x, total, totalNorm) {
	const xDotTotal = dot(x, total);
	const restNormSquared = totalNorm * totalNorm - 2 * xDotTotal + 1;
	if (restNormSquared <= 1e-12) return 0;
	return (xDotTotal - 1) / Math.sqrt(restNormSquared);
}
/**
* The threshold that best separates a tag's examples (scored leave-one-out) from the other saved
* papers, by F-beta; placed halfway between the lowest accepted example and the highest paper
* below it, so that fresh papers a little less typical than the examples still pass.
*/
function calibrateThreshold(positives, negatives, options = SUGGESTION_DEFAULTS) {
	const sortedPositives = [...positives].sort((a, b) => b - a);
	const sortedNegatives = [...negatives].sort((a, b) => b - a);
	const betaSquared = options.beta * options.beta;
	let best = {
		score: -1,
		cut: sortedPositives.at(-1) ?? 1
	};
	for (const [index, cut] of sortedPositives.entries()) {
		const truePositives = index + 1;
		const precision = truePositives / (truePositives + sortedNegatives.filter((score) => score >= cut).length);
		const recall = truePositives / sortedPositives.length;
		const fScore = (1 + betaSquared) * precision * recall / (betaSquared * precision + recall);
		if (fScore >= best.score) best = {
			score: fScore,
			cut
		};
	}
	const below = sortedNegatives.find((score) => score < best.cut);
	const threshold = below === void 0 ? best.cut * options.looseFactor : (best.cut + Math.max(below, 0)) / 2;
	return Math.max(threshold, options.minThreshold);
}
/** Learns a profile for every tag with enough examples. Cost: linear in the text of `papers`. */
function trainSuggestionModel(papers, options = SUGGESTION_DEFAULTS) {
	const counts = papers.map((paper) => paper.counts ?? termCounts(paper.text));
	const documentFrequency = /* @__PURE__ */ new Map();
	for (const paperCounts of counts) for (const term of paperCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
	const idf = /* @__PURE__ */ new Map();
	for (const [term, frequency] of documentFrequency) idf.set(term, Math.log((1 + papers.length) / (1 + frequency)) + 1);
	const model = {
		idf,
		unseenIdf: Math.log(1 + papers.length) + 1,
		profiles: []
	};
	const vectors = counts.map((paperCounts) => weigh(paperCounts, model));
	const members = /* @__PURE__ */ new Map();
	for (const [index, paper] of papers.entries()) for (const tag of new Set(paper.tags)) members.set(tag, [...members.get(tag) ?? [], index]);
	for (const [tag, indices] of members) {
		if (indices.length < options.minExamples) continue;
		const total = /* @__PURE__ */ new Map();
		for (const index of indices) addInto(total, vectors[index]);
		const totalNorm = norm(total);
		const memberSet = new Set(indices);
		const positives = indices.map((index) => leaveOneOutCosine(vectors[index], total, totalNorm));
		if (positives.reduce((sum, score) => sum + score, 0) / positives.length < options.minCoherence) continue;
		const negatives = vectors.filter((_, index) => !memberSet.has(index)).map((vector) => dot(vector, total) / totalNorm);
		model.profiles.push({
			tag,
			examples: indices.length,
			centroid: scale(new Map(total), 1 / totalNorm),
			threshold: calibrateThreshold(positives, negatives, options)
		});
	}
	return model;
}
/** The paper's vector in the model's term space. */
function vectorize(model, text) {
	return weigh(termCounts(text), model);
}
/** Tags the paper likely belongs to, most confident first; `exclude` holds tags it already has. */
function suggestTags(model, text, exclude = [], options = SUGGESTION_DEFAULTS) {
	if (model.profiles.length === 0) return [];
	const vector = vectorize(model, text);
	const excluded = new Set(exclude.map((tag) => tag.toLowerCase()));
	const suggestions = [];
	for (const profile of model.profiles) {
		if (excluded.has(profile.tag.toLowerCase())) continue;
		const score = dot(vector, profile.centroid);
		if (score >= profile.threshold) suggestions.push({
			tag: profile.tag,
			score,
			confidence: score / profile.threshold
		});
	}
	return suggestions.sort((a, b) => b.confidence - a.confidence).slice(0, options.maxSuggestions);
}
// entrypoints/background/suggestion-service.ts
/**
* Keeps the tag-suggestion model of the shelf as it is now, in the background worker.
*
* The model is trained from every saved paper (title + abstract + tags) and cached with a
* fingerprint of the shelf (paper count and the latest update). Any write, from a listing tab
* through this worker or from the popup and options page directly, changes the fingerprint: a
* liveQuery on it schedules a retraining (debounced, so tagging ten papers in a row trains once),
* and a request that arrives first trains right away. Term counts are kept per paper text, so
* a retraining after a tag change tokenizes nothing again.
*/
var RETRAIN_DELAY_MS = 1500;
/** Changes whenever a paper is added, removed or updated (tag edits update `updatedAt`). */
async function shelfFingerprint() {
	const [count, latest] = await Promise.all([db.papers.count(), db.papers.orderBy("updatedAt").last()]);
	return `${count}:${latest?.updatedAt ?? 0}:${latest?.id ?? ""}`;
}
var SuggestionService = class {
	retrainDelayMs;
	cached;
	countsCache = /* @__PURE__ */ new Map();
	retrainTimer;
	subscription;
	constructor(retrainDelayMs = RETRAIN_DELAY_MS) {
		this.retrainDelayMs = retrainDelayMs;
	}
	/** Follows the shelf, retraining in the background after changes. */
	start() {
		this.subscription = liveQuery(shelfFingerprint).subscribe({
			next: (fingerprint) => {
				if (fingerprint !== this.cached?.fingerprint) this.scheduleRetrain();
			},
			error: () => {}
		});
	}
	stop() {
		this.subscription?.unsubscribe();
		clearTimeout(this.retrainTimer);
	}
	/** The shelf state the cached model was (or is being) trained on. */
	get trainedFingerprint() {
		return this.cached?.fingerprint;
	}
	/** The model for the shelf as it is now. */
	async model() {
		const fingerprint = await shelfFingerprint();
		if (this.cached?.fingerprint !== fingerprint) {
			const model = this.train();
			this.cached = {
				fingerprint,
				model
			};
			model.catch(() => {
				if (this.cached?.model === model) this.cached = void 0;
			});
		}
		return this.cached.model;
	}
	scheduleRetrain() {
		clearTimeout(this.retrainTimer);
		this.retrainTimer = setTimeout(() => {
			this.model().catch(() => {});
		}, this.retrainDelayMs);
	}
	async train() {
		const papers = await db.papers.toArray();
		const live = /* @__PURE__ */ new Set();
		const training = papers.map((paper) => {
			live.add(paper.id);
			return {
				text: "",
				tags: paper.tags,
				counts: this.countsOf(paper)
			};
		});
		for (const id of this.countsCache.keys()) if (!live.has(id)) this.countsCache.delete(id);
		return trainSuggestionModel(training);
	}
	countsOf(paper) {
		const text = paperText(paper);
		const cached = this.countsCache.get(paper.id);
		if (cached?.text === text) return cached.counts;
		const counts = termCounts(text);
		this.countsCache.set(paper.id, {
			text,
			counts
		});
		return counts;
	}
};
// lib/db/bulk-tags.ts
/**
* "Save all suggested for a tag" from the listing toolbar, and its undo. The action records
* exactly what it changed, so undo reverses that and nothing else: papers it saved are removed
* (unless the user has touched them since), papers that were already saved only lose the tag.
*/
function candidateIds(candidate) {
	return [candidate.id, ...candidate.aliases ?? []];
}
/** Adds `tag` to every candidate's paper, saving those not on the shelf, in one transaction. */
async function tagPapers(candidates, tagName, now = Date.now()) {
	const tag = normalizeTagName(tagName);
	return db.transaction("rw", db.papers, db.tags, db.rules, async () => {
		const before = await getSavedStates(candidates.flatMap(candidateIds));
		const undo = {
			tag,
			at: now,
			saved: [],
			tagged: []
		};
		const papers = [];
		const changes = [];
		for (const candidate of candidates) {
			const states = candidateIds(candidate).map((id) => before[id]);
			const wasSaved = states.some((state) => state?.saved);
			if (states.some((state) => state?.tags.some((name) => name.toLowerCase() === tag.toLowerCase()))) continue;
			const paper = await editPaperTags(candidate, { add: [tag] }, now);
			(wasSaved ? undo.tagged : undo.saved).push(candidate);
			papers.push(paper);
			changes.push(changeOf(paper, candidateIds(candidate)));
		}
		return {
			papers,
			changes,
			undo
		};
	});
}
/** Reverses a tagPapers action; returns what changed for the listing tabs. */
async function undoTagPapers(undo, now = Date.now()) {
	return db.transaction("rw", db.papers, db.tags, db.rules, async () => {
		const changes = [];
		for (const candidate of undo.saved) {
			const ids = candidateIds(candidate);
			const paper = await db.papers.where("aliases").anyOf(ids).first();
			if (!paper) continue;
			if (paper.updatedAt === undo.at) {
				const removed = await removePaper(paper.id);
				changes.push(changeOf(void 0, [...ids, ...removed?.aliases ?? []]));
			} else changes.push(await removeTag(candidate, undo.tag, now));
		}
		for (const candidate of undo.tagged) if (await db.papers.where("aliases").anyOf(candidateIds(candidate)).first()) changes.push(await removeTag(candidate, undo.tag, now));
		return changes;
	});
}
async function removeTag(candidate, tag, now) {
	const paper = await editPaperTags(candidate, { remove: [tag] }, now);
	return changeOf(paper, candidateIds(candidate));
}
// entrypoints/background/tag-handlers.ts
/** How long the toolbar's "save all suggested" can be undone. */
var UNDO_WINDOW_MS = 12e4;
var MAX_PENDING_UNDOS = 20;
/** How long the worker scores cards before it lets other messages through. */
var WORKER_SLICE_MS = 50;
/** A toolbar action that is no longer in memory (too old, or the worker restarted). */
var UndoExpiredError = class extends Error {
	name = "UndoExpiredError";
};
/** Handlers for tag suggestions and bulk tagging from the listing toolbar. */
function createTagHandlers(suggestions) {
	const undos = /* @__PURE__ */ new Map();
	const rememberUndo = (undo) => {
		const now = Date.now();
		for (const [token, entry] of undos) if (entry.expires < now) undos.delete(token);
		while (undos.size >= MAX_PENDING_UNDOS) undos.delete(undos.keys().next().value);
		const token = crypto.randomUUID();
		undos.set(token, {
			undo,
			expires: now + UNDO_WINDOW_MS
		});
		return token;
	};
	return {
		async suggestTags({ papers }) {
			const model = await suggestions.model();
			const reply = {};
			let sliceStart = performance.now();
			for (const paper of papers) {
				reply[paper.id] = suggestTags(model, paperText(paper)).map((suggestion) => suggestion.tag);
				if (performance.now() - sliceStart > WORKER_SLICE_MS) {
					await new Promise((resolve) => setTimeout(resolve, 0));
					sliceStart = performance.now();
				}
			}
			return reply;
		},
		async tagPapers({ candidates, tag }) {
			const { changes, undo } = await tagPapers(candidates, tag);
			await broadcastPaperChanges(changes);
			return {
				changes,
				undoToken: rememberUndo(undo)
			};
		},
		async undoTagPapers({ undoToken }) {
			const entry = undos.get(undoToken);
			if (!entry || entry.expires < Date.now()) {
				undos.delete(undoToken);
				throw new UndoExpiredError("This can no longer be undone");
			}
			undos.delete(undoToken);
			const changes = await undoTagPapers(entry.undo);
			await broadcastPaperChanges(changes);
			return { changes };
		}
	};
}
// entrypoints/background/index.ts
var background_default = defineBackground({
	type: "module",
	main() {
		registerHandlers(paperHandlers);
		const suggestions = new SuggestionService();
		suggestions.start();
		registerHandlers(createTagHandlers(suggestions));
		annotateOpenTabsOnInstall();
		registerSaveLinkMenu();
		refreshBadge().catch((error) => console.error("Paper Shelf: badge", error));
	}
});
// \0virtual:wxt-background-entrypoint?/work/main/entrypoints/background/index.ts
/** Wrapper around `console` with a "[wxt]" prefix */
var logger = {
	debug: (...args) => ([...args], void 0),
	log: (...args) => ([...args], void 0),
	warn: (...args) => ([...args], void 0),
	error: (...args) => ([...args], void 0)
};
var result;
try {
	result = background_default.main();
	if (result instanceof Promise) console.warn("The background's main() function return a promise, but it must be synchronous");
} catch (err) {
	logger.error("The background crashed on startup!");
	throw err;
}
