const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/broadcast-CjvvQe6i.js","chunks/rolldown-runtime-SbdDWaPq.js","chunks/_virtual_wxt-plugins-DAbNW9QY.js","chunks/TransferTools-COReWZLb.js"])))=>i.map(i=>d[i]);
import { $ as SITE_NAMES, A as defaultTagColor, E as listTags, G as paperSchema, H as autoTagRuleSchema, J as tagSchema, P as arxivIdOf, Q as SITE_IDS, X as LIMITS, Z as PAPER_STATUSES, ai as browser, at as int, ct as object, d as removePapers, et as STATUS_LABELS$1, f as restorePapers, g as setPapersStatus, i as editPapersTags, ii as liveQuery, it as array, lt as optional, m as setPaperNote, n as changeOf, o as listPapers, ot as literal, qt as _positive, ri as db, rt as _enum, s as listPapersInPages, st as number } from "./_virtual_wxt-plugins-DAbNW9QY.js";
// \0vite/modulepreload-polyfill.js
(function polyfill() {
	const relList = document.createElement("link").relList;
	if (relList && relList.supports && relList.supports("modulepreload")) return;
	for (const link of document.querySelectorAll("link[rel=\"modulepreload\"]")) processPreload(link);
	new MutationObserver((mutations) => {
		for (const mutation of mutations) {
			if (mutation.type !== "childList") continue;
			for (const node of mutation.addedNodes) if (node.tagName === "LINK" && node.rel === "modulepreload") processPreload(node);
		}
	}).observe(document, {
		childList: true,
		subtree: true
	});
	function getFetchOpts(link) {
		const fetchOpts = {};
		if (link.integrity) fetchOpts.integrity = link.integrity;
		if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
		if (link.crossOrigin === "use-credentials") fetchOpts.credentials = "include";
		else if (link.crossOrigin === "anonymous") fetchOpts.credentials = "omit";
		else fetchOpts.credentials = "same-origin";
		return fetchOpts;
	}
	function processPreload(link) {
		if (link.ep) return;
		link.ep = true;
		const fetchOpts = getFetchOpts(link);
		fetch(link.href, fetchOpts);
	}
})();
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
	} else l = r.__e = F$1(u.__e, r, u, i, f, o, e, c, a, t);
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
function F$1(t, r, u, i, f, o, e, l, c, a) {
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
function F(n, u) {
	var i = y(t++, 4);
	!a$1.__s && E(i.__H, u) && (i.__P = !1, i.__ = n, i.u = u, r.__h.push(i));
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
function b(n, t) {
	return f$1 = 8, w(function() {
		return n;
	}, t);
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
// lib/export/paper-fields.ts
/**
* What every exporter reads off a paper beyond its stored fields: its arXiv id and DOI among its
* aliases, its date as numbers, its authors split into parts. One place, so BibTeX, CSL-JSON, RIS
* and CSV agree on them.
*/
/** The arXiv id (no prefix, no version) when any of the paper's ids is one. */
function arxivIdOfPaper(paper) {
	const arxivId = arxivIdOf(paper.id);
	if (arxivId) return arxivId;
	for (const alias of paper.aliases) {
		const aliasArxivId = arxivIdOf(alias);
		if (aliasArxivId) return aliasArxivId;
	}
}
/** The publisher DOI when one of the paper's ids is a DOI (arXiv DOIs are arxiv: ids). */
function doiOfPaper(paper) {
	return (paper.id.startsWith("doi:") ? paper.id : paper.aliases.find((alias) => alias.startsWith("doi:")))?.slice(4);
}
/** The DOI arXiv registers for every paper (https://info.arxiv.org/help/doi.html). */
function arxivDoi(arxivId) {
	return `10.48550/arXiv.${arxivId}`;
}
/**
* The paper's date: `published` when a page showed it, else the month its arXiv id encodes
* (`2403.01234` was submitted in March 2024, `hep-th/9901001` in January 1999).
*/
function dateOfPaper(paper) {
	if (paper.published) {
		const [year, month, day] = paper.published.split("-").map(Number);
		if (year === void 0) return void 0;
		const date = { year };
		if (month) date.month = month;
		if (day) date.day = day;
		return date;
	}
	const arxivId = arxivIdOfPaper(paper);
	const yymm = arxivId && /^(?:[a-z-]+\/)?(\d{2})(\d{2})/.exec(arxivId);
	if (!yymm) return void 0;
	const yy = Number(yymm[1]);
	return {
		year: yy >= 91 ? 1900 + yy : 2e3 + yy,
		month: Number(yymm[2])
	};
}
var SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
var LOWER_CASE_START = /^\p{Ll}/u;
var WHITESPACE_RUN$1 = /\s+/g;
/** Whitespace that is not one space between two words: what splitName has to tidy first. */
var UNTIDY_WHITESPACE = /\s\s|[^\S ]|^\s|\s$/;
/** Words that mark a group author ("The ATLAS Collaboration"), kept whole by every format. */
var GROUP_WORD = /\b(?:collaboration|consortium|team|committee|organi[sz]ation|group|project)\b/i;
/**
* Splits a displayed name ("Ada Lovelace", "Ludwig van Beethoven", "Martin Luther King Jr.",
* "Lovelace, Ada") into given and family parts. The family name starts at the first lower-case
* word after the given name (BibTeX's own "von" rule), or is the last word.
*/
function splitName(name) {
	const text = UNTIDY_WHITESPACE.test(name) ? name.replace(WHITESPACE_RUN$1, " ").trim() : name;
	if (GROUP_WORD.test(text)) return { literal: text };
	if (text.includes(",")) {
		const [family = "", ...rest] = text.split(",").map((part) => part.trim());
		const given = rest.at(-1) ?? "";
		const suffix = rest.length > 1 ? rest.slice(0, -1).join(", ") : void 0;
		return {
			given,
			family,
			...suffix && { suffix }
		};
	}
	const space = text.indexOf(" ");
	if (space === -1) return { literal: text };
	if (!text.includes(" ", space + 1)) return {
		given: text.slice(0, space),
		family: text.slice(space + 1)
	};
	const words = text.split(" ");
	const suffix = words.length > 2 && SUFFIX.test(words.at(-1) ?? "") ? words.pop() : void 0;
	const last = words.length - 1;
	let particleStart = 1;
	while (particleStart < last && !LOWER_CASE_START.test(words[particleStart])) particleStart++;
	let familyStart = particleStart;
	while (familyStart < last && LOWER_CASE_START.test(words[familyStart])) familyStart++;
	const parts = {
		given: words.slice(0, particleStart).join(" "),
		family: words.slice(familyStart).join(" ")
	};
	if (familyStart > particleStart) parts.particle = words.slice(particleStart, familyStart).join(" ");
	if (suffix) parts.suffix = suffix;
	return parts;
}
var STATUS_LABELS = {
	"to-read": "to read",
	reading: "reading",
	read: "read"
};
// lib/export/cite-keys.ts
/** Words a key never starts with: "On the ...", "Towards a ...". */
var STOP_WORDS$1 = new Set("a an the on of for in to with and or from by at via towards toward is are do does can how what when why we your our its as".split(" "));
var FOLDED_LETTERS = {
	ß: "ss",
	æ: "ae",
	œ: "oe",
	ø: "o",
	ł: "l",
	đ: "d",
	ð: "d",
	þ: "th",
	ı: "i"
};
/** Any character beyond ASCII (surrogates included). */
var NON_ASCII = /[\u0080-\uFFFF]/;
var NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]/g;
/** Lower-case ASCII letters and digits only: `Schrödinger` -> `schrodinger`. */
function asciiFold(text) {
	const lower = text.toLowerCase();
	if (!NON_ASCII.test(lower)) return lower.replace(NOT_ASCII_ALPHANUMERIC, "");
	return lower.normalize("NFD").replace(/\p{M}/gu, "").replace(/[ßæœøłđðþı]/g, (char) => FOLDED_LETTERS[char] ?? "").replace(NOT_ASCII_ALPHANUMERIC, "");
}
/** The first word that says something: "On the Theory of X" -> "theory"; TeX math skipped. */
function firstSignificantWord(text) {
	let firstWord = "";
	for (const raw of text.replace(/\$[^$]*\$/g, " ").split(/[\s\-–—:/]+/)) {
		const word = asciiFold(raw);
		if (word && !STOP_WORDS$1.has(word)) return word;
		firstWord ||= word;
	}
	return firstWord;
}
function familyOfFirstAuthor(paper) {
	const first = paper.authors[0];
	if (!first) return "";
	const parts = splitName(first);
	return "literal" in parts ? firstSignificantWord(parts.literal) : asciiFold(parts.family);
}
/** The key a paper gets when no other paper in the export claims it. */
function baseCiteKey(paper) {
	const year = dateOfPaper(paper)?.year ?? "";
	const key = `${familyOfFirstAuthor(paper)}${year}${firstSignificantWord(paper.title)}`;
	return /[a-z]/.test(key) ? key : `${asciiFold(paper.id)}${year}`;
}
function letterSuffix(index) {
	let suffix = "";
	for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) suffix = String.fromCharCode(97 + (n - 1) % 26) + suffix;
	return suffix;
}
/** A unique key for every paper, by paper id. */
function citeKeys(papers) {
	const bySaveOrder = [...papers].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const bases = new Map(bySaveOrder.map((paper) => [paper.id, baseCiteKey(paper)]));
	const taken = /* @__PURE__ */ new Set();
	const keys = /* @__PURE__ */ new Map();
	const wanted = new Set(bases.values());
	/** The next suffix to try per base: a thousand clashing papers stay linear. */
	const nextSuffix = /* @__PURE__ */ new Map();
	for (const paper of bySaveOrder) {
		const base = bases.get(paper.id);
		let key = base;
		let n = nextSuffix.get(base) ?? 1;
		while (taken.has(key) || key !== base && wanted.has(key)) key = base + letterSuffix(n++);
		nextSuffix.set(base, n);
		taken.add(key);
		keys.set(paper.id, key);
	}
	return keys;
}
// lib/export/latex.ts
/**
* Plain text to LaTeX for BibTeX fields, and the tables lib/import/latex.ts reads back with.
*
* - TeX math that a page shows as source (`$\ell_1$`, arXiv titles keep it) goes through as it is,
*   when it is safe: balanced braces and no character that would end the field or the line.
* - Everything else is text: the ten LaTeX special characters are escaped, accented Latin letters
*   become `{\"o}`-style commands (BibTeX sorts and lower-cases those correctly, and they survive
*   any input encoding), other characters stay UTF-8 (biber and modern LaTeX read it).
* - The result always has balanced braces: a stray `{` or `}` in a title can never swallow the
*   rest of the .bib file.
*/
/** Combining marks (NFD) to the LaTeX accent command that draws them. */
var ACCENT_COMMANDS = {
	"̀": "`",
	"́": "'",
	"̂": "^",
	"̃": "~",
	"̄": "=",
	"̆": "u",
	"̇": ".",
	"̈": "\"",
	"̊": "r",
	"̋": "H",
	"̌": "v",
	"̣": "d",
	"̧": "c",
	"̨": "k",
	"̱": "b"
};
/** Letters that are not a base letter plus an accent, as the OT1 font commands LaTeX has. */
var LETTER_COMMANDS = {
	ß: "ss",
	æ: "ae",
	Æ: "AE",
	œ: "oe",
	Œ: "OE",
	ø: "o",
	Ø: "O",
	ł: "l",
	Ł: "L",
	ı: "i",
	ȷ: "j",
	å: "aa",
	Å: "AA"
};
/** ASCII characters that mean something to LaTeX, as the text they stand for. */
var SPECIAL_CHARACTERS = {
	"\\": "\\textbackslash{}",
	"{": "\\{",
	"}": "\\}",
	$: "\\$",
	"&": "\\&",
	"%": "\\%",
	"#": "\\#",
	_: "\\_",
	"~": "\\textasciitilde{}",
	"^": "\\textasciicircum{}",
	"<": "\\textless{}",
	">": "\\textgreater{}",
	"|": "\\textbar{}"
};
/** `\"o`, but `\c{c}` (a command named by a letter) and `\'{\"u}` (an accent on an accent). */
function accented(command, base) {
	return /^[a-zA-Z]$/.test(command) || base.length > 1 ? `\\${command}{${base}}` : `\\${command}${base}`;
}
/**
* BibTeX counts every brace, escaped or not, to find where a field ends: `\{` is safe only
* when the text's own braces pair up. Otherwise braces are written as brace-free commands.
*/
var UNPAIRED_BRACES = {
	"{": "\\textbraceleft{}",
	"}": "\\textbraceright{}"
};
function bracesPairUp(text) {
	let depth = 0;
	for (const char of text) if (char === "{") depth++;
	else if (char === "}" && --depth < 0) return false;
	return depth === 0;
}
function escapeCharacter(char, pairedBraces) {
	if (!pairedBraces && UNPAIRED_BRACES[char]) return UNPAIRED_BRACES[char];
	const special = SPECIAL_CHARACTERS[char];
	if (special) return special;
	if (char.charCodeAt(0) < 128) return char;
	const letter = LETTER_COMMANDS[char];
	if (letter) return `{\\${letter}}`;
	const [base = "", ...marks] = char.normalize("NFD");
	const commands = marks.map((mark) => ACCENT_COMMANDS[mark]);
	if (!/^[a-zA-Z]$/.test(base) || marks.length === 0 || commands.some((c) => c === void 0)) return char;
	let result = base;
	for (const command of commands) result = accented(command, result);
	return `{${result}}`;
}
/** Character pairs TeX fonts turn into one glyph: -- (en dash), '' and `` (quotes), ?` and !`. */
function isLigature(previous, char) {
	return (char === "-" || char === "'" || char === "`") && previous === char || char === "`" && (previous === "?" || previous === "!");
}
/** ASCII that is text as it stands: no LaTeX specials, no half of a ligature pair. */
var PLAIN_ASCII_RUN = /[ "()*+,./0-9:;=@A-Z[\]a-z]+/y;
/**
* Whatever escaping or toLatex would change: a character other than tab, line breaks and the
* printable ASCII that means nothing to LaTeX (so any special, `$`, control character or
* non-ASCII character), or a ligature pair (see isLigature). Text without one is its own LaTeX;
* most titles, names and abstracts are such text, and one test of it costs far less than
* normalizing, looking for math and escaping run by run. test/lib/export/latex.test.ts checks
* this against the escaper for every ASCII character and pair.
*/
var NEEDS_ESCAPING = /[^\t\n\r !"'()*+,\-./0-9:;=?@A-Z[\]`a-z]|--|''|``|[?!]`/;
/**
* Text (no math) to LaTeX; `{}` keeps ligature pairs as the characters they are.
* `pairedBraces`: whether the braces of the whole field pair up (see UNPAIRED_BRACES).
*/
function escapeLatexText(text, pairedBraces = bracesPairUp(text)) {
	if (!NEEDS_ESCAPING.test(text)) return text;
	const source = text.normalize("NFC");
	let out = "";
	let previous = "";
	for (let i = 0; i < source.length;) {
		PLAIN_ASCII_RUN.lastIndex = i;
		const run = PLAIN_ASCII_RUN.exec(source)?.[0];
		if (run) {
			out += run;
			previous = run.at(-1);
			i += run.length;
			continue;
		}
		const char = String.fromCodePoint(source.codePointAt(i));
		if (isLigature(previous, char)) out += "{}";
		out += escapeCharacter(char, pairedBraces);
		previous = char;
		i += char.length;
	}
	return out;
}
/** `$...$` spans the text holds; the content has no `$` and at least one character. */
var MATH = /\$[^$]+\$/g;
/**
* Math that can go into a BibTeX field verbatim: braces balance (so the field cannot end early),
* and no unescaped `%` (a TeX comment would eat the closing brace), `#` or `&` (errors in math).
*/
function isSafeMath(math) {
	let depth = 0;
	for (let i = 0; i < math.length; i++) {
		const char = math[i];
		if (char === "\\") {
			i++;
			continue;
		}
		if (char === "{") depth++;
		else if (char === "}" && --depth < 0) return false;
		else if (char === "%" || char === "#" || char === "&" || char === "\n") return false;
	}
	return depth === 0 && !math.endsWith("\\$");
}
/**
* A word BibTeX styles must not lower-case: a capital after the first letter of one of its
* hyphen- or slash-separated parts (`LoRA`, `BERT`, `GPT-4`), not a Title-Case compound
* (`Fine-Tuning`, `Gauge/Gravity`). That is a letter and, later in the same part of the same
* word, a capital: one regex over the text, rather than a split and a test per part.
*/
var CAPITAL_AFTER_LETTER = /\p{L}[^\s\-/\u2010-\u2015]*\p{Lu}/u;
function needsCaseProtection(word) {
	return CAPITAL_AFTER_LETTER.test(word);
}
var WORD = /\S+/g;
/** Escapes each word, bracing those that need it; the whitespace between them stays as it is. */
function protectWords(text, pairedBraces) {
	return text.replace(WORD, (word) => {
		const escaped = escapeLatexText(word, pairedBraces);
		return needsCaseProtection(word) ? `{${escaped}}` : escaped;
	});
}
/** A stretch of text without math, as toLatex writes it. */
function textToLatex(text, pairedBraces, protectCase) {
	return protectCase ? protectWords(text, pairedBraces) : escapeLatexText(text, pairedBraces);
}
/** Control characters TeX cannot typeset and BibTeX readers choke on (tab and newlines stay). */
var CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Any text (title, name, abstract, note) to the content of a braced BibTeX field. */
function toLatex(input, options = {}) {
	const protectCase = Boolean(options.protectCase);
	if (!NEEDS_ESCAPING.test(input)) return protectCase && needsCaseProtection(input) ? protectWords(input, true) : input;
	const text = input.normalize("NFC").replace(CONTROL_CHARACTERS, "");
	const pairedBraces = bracesPairUp(text);
	if (!text.includes("$")) return textToLatex(text, pairedBraces, protectCase);
	let out = "";
	let last = 0;
	for (const match of text.matchAll(MATH)) {
		const math = match[0];
		if (!isSafeMath(math)) continue;
		out += textToLatex(text.slice(last, match.index), pairedBraces, protectCase);
		out += protectCase && /[A-Z]/.test(math) ? `{${math}}` : math;
		last = match.index + math.length;
	}
	return out + textToLatex(text.slice(last), pairedBraces, protectCase);
}
// lib/export/bibtex.ts
var MONTH_MACROS = [
	"jan",
	"feb",
	"mar",
	"apr",
	"may",
	"jun",
	"jul",
	"aug",
	"sep",
	"oct",
	"nov",
	"dec"
];
var AND_OTHERS_WORD = /(?:^|\s)(?:and|others)(?:\s|$)/i;
var AND_OTHERS_WORDS = /(^|\s)(and|others)(?=\s|$)/gi;
/** A name part, LaTeX-escaped; the words "and" and "others" are braced, BibTeX splits there. */
function namePart(text) {
	const latex = toLatex(text);
	return AND_OTHERS_WORD.test(latex) ? latex.replace(AND_OTHERS_WORDS, "$1{$2}") : latex;
}
/** "von Last, Jr, First" is the one form BibTeX never misreads. */
function bibtexName(parts) {
	if ("literal" in parts) return `{${namePart(parts.literal)}}`;
	return [
		[parts.particle, parts.family].filter((part) => Boolean(part)).map(namePart).join(" "),
		parts.suffix && namePart(parts.suffix),
		parts.given && namePart(parts.given)
	].filter(Boolean).join(", ");
}
/** A verbatim field (url, doi): no LaTeX, but braces and whitespace must not break the entry. */
function verbatim(value) {
	return value.replace(/[{}\s\\]/g, (char) => encodeURIComponent(char));
}
/** Adds `  name = {value}` to an entry's fields, unless the value is empty. */
function addBraced(fields, name, value) {
	if (value) fields.push(`  ${name} = {${value}}`);
}
function entry(paper, key) {
	const fields = [];
	addBraced(fields, "title", toLatex(paper.title, { protectCase: true }));
	addBraced(fields, "author", paper.authors.map((name) => bibtexName(splitName(name))).join(" and "));
	const date = dateOfPaper(paper);
	if (date) {
		addBraced(fields, "year", String(date.year));
		const month = date.month && MONTH_MACROS[date.month - 1];
		if (month) fields.push(`  month = ${month}`);
	}
	const arxivId = arxivIdOfPaper(paper);
	if (arxivId) {
		addBraced(fields, "eprint", arxivId);
		addBraced(fields, "archivePrefix", "arXiv");
		addBraced(fields, "primaryClass", paper.primaryCategory);
	}
	const doi = doiOfPaper(paper);
	addBraced(fields, "doi", doi && verbatim(doi));
	addBraced(fields, "url", verbatim(paper.url));
	addBraced(fields, "abstract", paper.abstract && toLatex(paper.abstract));
	addBraced(fields, "keywords", paper.tags.map((tag) => toLatex(tag)).join(", "));
	addBraced(fields, "annote", paper.note && toLatex(paper.note));
	return `@misc{${key},\n${fields.join(",\n")}\n}\n`;
}
function exportBibtex(papers, _tags = []) {
	const keys = citeKeys(papers);
	return papers.map((paper) => entry(paper, keys.get(paper.id))).join("\n");
}
// lib/export/csl-json.ts
function cslName(name) {
	const parts = splitName(name);
	if ("literal" in parts) return { literal: parts.literal };
	const csl = { family: parts.family };
	if (parts.given) csl.given = parts.given;
	if (parts.particle) csl["non-dropping-particle"] = parts.particle;
	if (parts.suffix) csl.suffix = parts.suffix;
	return csl;
}
function cslItem(paper, key) {
	const date = dateOfPaper(paper);
	const arxivId = arxivIdOfPaper(paper);
	const doi = doiOfPaper(paper) ?? (arxivId && arxivDoi(arxivId));
	return {
		id: key,
		type: "article",
		title: paper.title,
		author: paper.authors.length > 0 ? paper.authors.map(cslName) : void 0,
		issued: date && { "date-parts": [[
			date.year,
			date.month,
			date.day
		].filter((n) => n !== void 0)] },
		abstract: paper.abstract || void 0,
		URL: paper.url,
		DOI: doi || void 0,
		publisher: arxivId ? "arXiv" : void 0,
		number: arxivId ? `arXiv:${arxivId}` : void 0,
		keyword: paper.tags.length > 0 ? paper.tags.join(", ") : void 0,
		annote: paper.note || void 0
	};
}
function exportCslJson(papers, _tags = []) {
	const keys = citeKeys(papers);
	const items = papers.map((paper) => cslItem(paper, keys.get(paper.id)));
	return `${JSON.stringify(items, null, 2)}\n`;
}
// lib/export/csv.ts
var COLUMNS = [
	["id", (paper) => paper.id],
	["title", (paper) => paper.title],
	["authors", (paper) => paper.authors.join("; ")],
	["published", (paper) => paper.published ?? ""],
	["url", (paper) => paper.url],
	["pdf_url", (paper) => paper.pdfUrl ?? ""],
	["arxiv_id", (paper) => arxivIdOfPaper(paper) ?? ""],
	["doi", (paper) => doiOfPaper(paper) ?? ""],
	["primary_category", (paper) => paper.primaryCategory ?? ""],
	["status", (paper) => paper.status],
	["tags", (paper) => paper.tags.join("; ")],
	["note", (paper) => paper.note],
	["abstract", (paper) => paper.abstract ?? ""],
	["saved_at", (paper) => new Date(paper.savedAt).toISOString()],
	["updated_at", (paper) => new Date(paper.updatedAt).toISOString()]
];
var FORMULA_START = /^[=+\-@\t\r]/;
/** The cell as a spreadsheet will show it: never a formula. */
function neutralizeFormula(value) {
	return FORMULA_START.test(value) ? `'${value}` : value;
}
function csvField(value) {
	const cell = neutralizeFormula(value);
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, "\"\"")}"` : cell;
}
function exportCsv(papers, _tags = []) {
	return `\uFEFF${[COLUMNS.map(([header]) => header), ...papers.map((paper) => COLUMNS.map(([, cell]) => csvField(cell(paper))))].map((row) => row.join(",")).join("\r\n")}\r\n`;
}
// lib/export/json.ts
/**
* The JSON backup: everything needed to restore a shelf (papers with notes and statuses, tags
* with their colours, auto-tag rules), exactly as stored, so that import(export(shelf)) is the
* same shelf (test/lib/export/backup-round-trip.test.ts checks that for any text).
*
* `schemaVersion` counts changes to this file format, not Dexie versions: a reader refuses
* backups newer than it knows and reads every older one.
*/
var BACKUP_FORMAT = "paper-shelf-backup";
var backupSchema = object({
	format: literal(BACKUP_FORMAT),
	schemaVersion: int().check(_positive()),
	papers: array(paperSchema),
	tags: array(tagSchema),
	/** Optional: backups written before auto-tag rules existed have none. */
	rules: optional(array(autoTagRuleSchema))
});
function exportBackup({ papers, tags, rules = [] }) {
	const backup = {
		format: BACKUP_FORMAT,
		schemaVersion: 1,
		papers: papers.map(({ id, title, ...rest }) => ({
			id,
			title,
			...rest
		})),
		tags: [...tags],
		rules: [...rules]
	};
	return `${JSON.stringify(backup, null, 2)}\n`;
}
// lib/export/markdown.ts
/** Inline punctuation with a meaning anywhere in a line (CommonMark 2.4 lets any be escaped). */
var INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&$!]/g;
/** One line of page-derived text as Markdown text. */
function markdownText(text) {
	return text.replace(/\s+/g, " ").trim().replace(INLINE_SPECIAL, "\\$&");
}
/** Escapes what would open a list, quote or setext heading at the start of a line. */
function escapeLineStart(line) {
	return line.replace(/^([-+=>])|^(\d+)([.)])/, (_, mark, digits, dot) => mark ? `\\${mark}` : `${digits}\\${dot}`);
}
/** A link target in angle brackets, which may then hold anything but <, > and line breaks. */
function linkTarget(url) {
	return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}
function formatAuthors$1(authors) {
	if (authors.length <= 5) return authors.join(", ");
	return `${authors.slice(0, 5).join(", ")} et al.`;
}
function paperItem(paper) {
	const date = dateOfPaper(paper);
	const arxivId = arxivIdOfPaper(paper);
	const details = [
		paper.authors.length > 0 && markdownText(formatAuthors$1(paper.authors)),
		date && String(date.year),
		arxivId && markdownText(`arXiv:${arxivId}`),
		paper.pdfUrl && `[PDF](${linkTarget(paper.pdfUrl)})`,
		`*${STATUS_LABELS[paper.status]}*`
	].filter(Boolean);
	const lines = [`- ${paper.status === "read" ? "[x]" : "[ ]"} [${markdownText(paper.title)}](${linkTarget(paper.url)})`, `  ${escapeLineStart(details.join(" · "))}`];
	const note = paper.note.trim();
	if (note) for (const line of note.split(/\r\n|\r|\n/)) {
		const text = escapeLineStart(markdownText(line));
		lines.push(text ? `  > ${text}` : "  >");
	}
	return lines.join("\n");
}
/** Sections as [heading, papers]: tags in alphabetical order, untagged papers last. */
function groupByTag(papers) {
	const groups = /* @__PURE__ */ new Map();
	const untagged = [];
	for (const paper of papers) {
		if (paper.tags.length === 0) untagged.push(paper);
		for (const tag of paper.tags) {
			const group = groups.get(tag);
			if (group) group.push(paper);
			else groups.set(tag, [paper]);
		}
	}
	const sections = [...groups].sort(([a], [b]) => a.localeCompare(b, "en", { sensitivity: "base" })).map(([tag, group]) => [markdownText(tag), group]);
	return untagged.length > 0 ? [...sections, ["Untagged", untagged]] : sections;
}
function exportMarkdown(papers, _tags = []) {
	return `${[
		"# Reading list",
		papers.length === 1 ? "1 paper" : `${papers.length} papers`,
		...groupByTag(papers).map(([heading, group]) => `## ${heading}\n\n${group.map(paperItem).join("\n")}`)
	].join("\n\n")}\n`;
}
// lib/export/ris.ts
var CRLF = "\r\n";
var TAG_LINE = /^[A-Z][A-Z0-9] {1,2}-/;
/** "Family, Given[, Suffix]", RIS's name form. */
function risName(name) {
	const parts = splitName(name);
	if ("literal" in parts) return parts.literal;
	return [
		[parts.particle, parts.family].filter(Boolean).join(" "),
		parts.given,
		parts.suffix
	].filter(Boolean).join(", ");
}
var WHITESPACE_RUN = /\s+/g;
/** Whitespace other than single spaces: what oneLine has to replace. */
var NOT_SINGLE_SPACES = /\s\s|[^\S ]/;
/** Whitespace runs (a newline from an import) as one space, for one-line fields. */
function oneLine(text) {
	return NOT_SINGLE_SPACES.test(text) ? text.replace(WHITESPACE_RUN, " ") : text;
}
var LINE_BREAK = /\r\n|\r|\n/;
var HAS_LINE_BREAK = /[\r\n]/;
/** Lines after the first are continuation lines; one that looks like a tag line is indented. */
function fieldLines(tag, value) {
	if (!HAS_LINE_BREAK.test(value)) return `${tag}  - ${value}`;
	const [first = "", ...rest] = value.split(LINE_BREAK);
	const continued = rest.map((line) => TAG_LINE.test(line) ? ` ${line}` : line);
	return [`${tag}  - ${first}`, ...continued].join(CRLF);
}
function pad(n) {
	return String(n).padStart(2, "0");
}
/** Adds a field to a record's lines, unless its value is empty. */
function addField(lines, tag, value) {
	if (value) lines.push(fieldLines(tag, value));
}
function record(paper) {
	const lines = [];
	addField(lines, "TY", "GEN");
	addField(lines, "TI", oneLine(paper.title));
	for (const author of paper.authors) addField(lines, "AU", oneLine(risName(author)));
	const date = dateOfPaper(paper);
	if (date) {
		addField(lines, "PY", String(date.year));
		addField(lines, "DA", `${date.year}/${date.month ? pad(date.month) : ""}/${date.day ? pad(date.day) : ""}/`);
	}
	addField(lines, "AB", paper.abstract);
	const arxivId = arxivIdOfPaper(paper);
	if (arxivId) addField(lines, "PB", "arXiv");
	addField(lines, "DO", doiOfPaper(paper) ?? (arxivId && arxivDoi(arxivId)));
	addField(lines, "UR", paper.url);
	addField(lines, "L1", paper.pdfUrl);
	for (const tag of paper.tags) addField(lines, "KW", tag);
	addField(lines, "N1", paper.note);
	lines.push("ER  - ");
	return lines.join(CRLF) + CRLF;
}
function exportRis(papers, _tags = []) {
	return papers.map(record).join(CRLF);
}
// lib/export/index.ts
var EXPORT_FORMATS = {
	bibtex: {
		label: "BibTeX",
		description: "LaTeX, Overleaf, JabRef",
		extension: ".bib",
		mimeType: "application/x-bibtex"
	},
	"csl-json": {
		label: "CSL-JSON",
		description: "Zotero, Pandoc, citeproc",
		extension: ".csl.json",
		mimeType: "application/vnd.citationstyles.csl+json"
	},
	ris: {
		label: "RIS",
		description: "EndNote, Mendeley, Zotero",
		extension: ".ris",
		mimeType: "application/x-research-info-systems"
	},
	csv: {
		label: "CSV",
		description: "Spreadsheets",
		extension: ".csv",
		mimeType: "text/csv"
	},
	markdown: {
		label: "Markdown",
		description: "Notes apps, grouped by tag",
		extension: ".md",
		mimeType: "text/markdown"
	},
	json: {
		label: "Backup (JSON)",
		description: "Everything, to restore later",
		extension: ".json",
		mimeType: "application/json"
	}
};
var EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS);
function exportPapers(format, papers, tags = [], options = {}) {
	switch (format) {
		case "bibtex": return exportBibtex(papers, tags);
		case "csl-json": return exportCslJson(papers, tags);
		case "ris": return exportRis(papers, tags);
		case "csv": return exportCsv(papers, tags);
		case "markdown": return exportMarkdown(papers, tags);
		case "json": return exportBackup({
			papers,
			tags,
			rules: options.rules
		});
	}
}
/** `paper-shelf-2026-07-14.bib` (local date): the date keeps successive exports apart. */
function exportFileName(format, date) {
	const pad = (n) => String(n).padStart(2, "0");
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return `${format === "json" ? "paper-shelf-backup" : "paper-shelf"}-${day}${EXPORT_FORMATS[format].extension}`;
}
// lib/backup/backup-file.ts
/** The whole shelf as the JSON backup file the importer restores (lib/export/json.ts). */
async function buildBackupFile(now = /* @__PURE__ */ new Date()) {
	const [papers, tags] = await db.transaction("r", db.papers, db.tags, () => Promise.all([db.papers.orderBy("savedAt").toArray(), db.tags.orderBy("name").toArray()]));
	return {
		fileName: exportFileName("json", now),
		text: exportPapers("json", papers, tags),
		paperCount: papers.length
	};
}
// lib/backup/reminder.ts
/**
* The backup reminder: the shelf lives only in this browser profile, so the user chooses how
* often Paper Shelf reminds them to save a backup file (weekly, monthly, never). The choice and
* the date of the last backup are kept in `browser.storage.local`: in Firefox, an extension's
* `localStorage` is cleared with the browsing history, and a Dexie table for two values would
* cost a schema version.
*
* No automatic backup: writing files unasked needs the "downloads" permission ("Manage your
* downloads" at install) and fills the Downloads folder with copies nobody looks at. The
* reminder offers the backup in one click instead.
*/
var REMINDER_CHOICES = [
	"weekly",
	"monthly",
	"never"
];
var REMINDER_LABELS = {
	weekly: "Every week",
	monthly: "Every month",
	never: "Never"
};
var DAY_MS$1 = 864e5;
var INTERVAL_MS = {
	weekly: 7 * DAY_MS$1,
	monthly: 30 * DAY_MS$1
};
/** "Later" hides the reminder for this long. */
var SNOOZE_MS = 3 * DAY_MS$1;
var settingsSchema = object({
	reminder: _enum(REMINDER_CHOICES),
	lastBackupAt: optional(number()),
	snoozedUntil: optional(number())
});
var DEFAULT_BACKUP_SETTINGS = { reminder: "monthly" };
var STORAGE_KEY = "backup";
function isBackupDue(settings, shelf, now) {
	if (settings.reminder === "never" || shelf.paperCount === 0) return false;
	if (settings.snoozedUntil !== void 0 && now < settings.snoozedUntil) return false;
	const { lastBackupAt } = settings;
	if (lastBackupAt !== void 0 && (shelf.lastChangedAt ?? 0) <= lastBackupAt) return false;
	return now - (lastBackupAt ?? shelf.firstSavedAt ?? now) >= INTERVAL_MS[settings.reminder];
}
async function loadBackupSettings() {
	const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
	const parsed = settingsSchema.safeParse(stored);
	return parsed.success ? parsed.data : { ...DEFAULT_BACKUP_SETTINGS };
}
async function updateBackupSettings(change) {
	const settings = {
		...await loadBackupSettings(),
		...change
	};
	await browser.storage.local.set({ [STORAGE_KEY]: settings });
	return settings;
}
/** A backup file was written: the reminder waits a whole interval again. */
function recordBackup(now = Date.now()) {
	return updateBackupSettings({
		lastBackupAt: now,
		snoozedUntil: void 0
	});
}
/** Calls `listener` with the new settings whenever any extension page changes them. */
function onBackupSettingsChanged(listener) {
	const onChanged = (changes, area) => {
		if (area !== "local" || !(STORAGE_KEY in changes)) return;
		const parsed = settingsSchema.safeParse(changes[STORAGE_KEY]?.newValue);
		listener(parsed.success ? parsed.data : { ...DEFAULT_BACKUP_SETTINGS });
	};
	browser.storage.onChanged.addListener(onChanged);
	return () => browser.storage.onChanged.removeListener(onChanged);
}
// lib/db/persistence.ts
/**
* Asks the browser to keep the shelf under storage pressure (navigator.storage.persist()).
* Browsers evict "best-effort" storage when the disk fills up; a persistent origin is only
* cleared by the user. Chrome grants or denies without asking, by its own heuristics (it denies
* an extension without engagement, as in the browser tests); Firefox grants extension pages
* without a prompt since version 77. Only extension pages can ask (StorageManager.persist is not
* exposed to service workers), so the popup and options page call this when they open.
*/
async function requestPersistentStorage() {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist || !storage.persisted) return false;
	try {
		return await storage.persisted() || await storage.persist();
	} catch {
		return false;
	}
}
// node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs
var f = Symbol.for("pv");
var o = 0;
Array.isArray;
function a(t, e, n$1, u, a, i) {
	e || (e = {});
	var c, l, p = e;
	if ("ref" in p && "function" != typeof t) for (l in p = {}, e) "ref" == l ? c = e[l] : p[l] = e[l];
	var s = {
		type: t,
		props: p,
		key: n$1,
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
// components/ToolbarPanel.tsx
function ToolbarPanel({ label, panelLabel, id, open, onToggle, children }) {
	return /* @__PURE__ */ a("div", {
		class: "transfer",
		children: [/* @__PURE__ */ a("button", {
			type: "button",
			class: "transfer-toggle",
			"aria-expanded": open,
			"aria-controls": id,
			onClick: onToggle,
			children: label
		}), open && /* @__PURE__ */ a("section", {
			id,
			class: "transfer-panel",
			"aria-label": panelLabel,
			children
		})]
	});
}
// components/ExportMenu.tsx
/**
* Export papers in any format, as a download or to the clipboard. The caller decides what can be
* exported (the whole list, the current filter, the selection) and passes each as a scope.
*
* Downloads use an `<a download>` on a Blob URL: no `downloads` permission, and it works the same
* in the popup, the options page and Firefox.
*/
function countText(n) {
	return n === 1 ? "1 paper" : `${n} papers`;
}
function downloadText(text, fileName, mimeType) {
	const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
	const link = document.createElement("a");
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 6e4);
}
function ExportMenu({ scopes, tags, rules }) {
	const [open, setOpen] = d(false);
	const [scopeId, setScopeId] = d(scopes[0]?.id);
	const [status, setStatus] = d();
	const scope = scopes.find((s) => s.id === scopeId) ?? scopes[0];
	const papers = scope?.papers ?? [];
	const run = async (format, destination) => {
		const { label, mimeType } = EXPORT_FORMATS[format];
		try {
			const text = exportPapers(format, papers, tags, { rules });
			if (destination === "download") {
				const fileName = exportFileName(format, /* @__PURE__ */ new Date());
				downloadText(text, fileName, mimeType);
				if (format === "json" && scope?.id === "all") recordBackup().catch(console.error);
				setStatus({
					kind: "done",
					text: `Saved ${countText(papers.length)} as ${fileName}`
				});
			} else {
				await navigator.clipboard.writeText(text);
				setStatus({
					kind: "done",
					text: `Copied ${countText(papers.length)} as ${label}`
				});
			}
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			setStatus({
				kind: "error",
				text: `${label} export failed: ${reason}`
			});
		}
	};
	return /* @__PURE__ */ a(ToolbarPanel, {
		label: "Export",
		panelLabel: "Export papers",
		id: "paper-shelf-export",
		open,
		onToggle: () => {
			setOpen(!open);
			setStatus(void 0);
		},
		children: [
			scopes.length > 1 && /* @__PURE__ */ a("fieldset", {
				class: "transfer-choice",
				children: [/* @__PURE__ */ a("legend", { children: "Papers to export" }), scopes.map((s) => /* @__PURE__ */ a("label", { children: [
					/* @__PURE__ */ a("input", {
						type: "radio",
						name: "export-scope",
						checked: s.id === scope?.id,
						onChange: () => setScopeId(s.id)
					}),
					s.label,
					" (",
					s.papers.length,
					")"
				] }, s.id))]
			}),
			scopes.length === 1 && /* @__PURE__ */ a("p", {
				class: "transfer-summary",
				children: [
					scope?.label,
					": ",
					countText(papers.length)
				]
			}),
			/* @__PURE__ */ a("ul", {
				class: "transfer-formats",
				children: EXPORT_FORMAT_IDS.map((format) => {
					const { label, description } = EXPORT_FORMATS[format];
					return /* @__PURE__ */ a("li", {
						"data-format": format,
						children: [
							/* @__PURE__ */ a("span", {
								class: "transfer-format",
								children: [
									/* @__PURE__ */ a("strong", { children: label }),
									" ",
									/* @__PURE__ */ a("span", {
										class: "transfer-hint",
										children: description
									})
								]
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								disabled: papers.length === 0,
								"aria-label": `Download ${label}`,
								onClick: () => void run(format, "download"),
								children: "Download"
							}),
							/* @__PURE__ */ a("button", {
								type: "button",
								disabled: papers.length === 0,
								"aria-label": `Copy ${label}`,
								onClick: () => void run(format, "clipboard"),
								children: "Copy"
							})
						]
					}, format);
				})
			}),
			status && /* @__PURE__ */ a("p", {
				class: `transfer-status is-${status.kind}`,
				role: status.kind === "error" ? "alert" : "status",
				children: status.text
			})
		]
	});
}
// components/use-live-query.ts
/**
* Preact binding for Dexie's liveQuery (dexie-react-hooks is React-only): re-runs `query` whenever
* the tables it read change, in this page or any other context of the extension.
*/
function useLiveQuery(query, deps) {
	const [value, setValue] = d(void 0);
	A(() => {
		const subscription = liveQuery(query).subscribe({
			next: setValue,
			error: (error) => console.error("Paper Shelf: reading the shelf failed", error)
		});
		return () => subscription.unsubscribe();
	}, deps);
	return value;
}
// components/BackupReminder.tsx
/**
* Keeping the shelf when the browser profile is lost: a banner that reminds the user to save a
* backup file when one is due (lib/backup/reminder.ts), with the backup one click away, and the
* settings the options page shows. Both also ask the browser to keep the shelf's storage
* (navigator.storage.persist(), lib/db/persistence.ts) when they first render.
*
* Self-contained: `<BackupReminder />` in the popup, `<BackupSettings />` in the options page.
*/
async function summarizeShelf() {
	const [paperCount, first, last] = await Promise.all([
		db.papers.count(),
		db.papers.orderBy("savedAt").first(),
		db.papers.orderBy("updatedAt").last()
	]);
	return {
		paperCount,
		firstSavedAt: first?.savedAt,
		lastChangedAt: last?.updatedAt
	};
}
/** The stored settings, kept current when another extension page changes them. */
function useBackupSettings() {
	const [settings, setSettings] = d();
	A(() => {
		let live = true;
		requestPersistentStorage();
		loadBackupSettings().then((loaded) => live && setSettings(loaded)).catch((error) => console.error("Paper Shelf: reading the backup settings failed", error));
		const stop = onBackupSettingsChanged(setSettings);
		return () => {
			live = false;
			stop();
		};
	}, []);
	return settings;
}
/** Writes the backup file and records it; returns what to tell the user. */
async function backUpNow(now) {
	try {
		const file = await buildBackupFile(new Date(now));
		downloadText(file.text, file.fileName, "application/json");
		await recordBackup(now).catch((error) => console.error("Paper Shelf: backup date", error));
		return {
			kind: "done",
			text: `Backed up ${file.paperCount === 1 ? "1 paper" : `${file.paperCount} papers`} to ${file.fileName}`
		};
	} catch (error) {
		return {
			kind: "error",
			text: `The backup failed: ${error instanceof Error ? error.message : String(error)}`
		};
	}
}
var dateFormat$1 = new Intl.DateTimeFormat(void 0, { dateStyle: "medium" });
function lastBackupText(settings) {
	return settings.lastBackupAt === void 0 ? "never backed up" : `last backup ${dateFormat$1.format(settings.lastBackupAt)}`;
}
function ReminderChoiceSelect({ settings }) {
	return /* @__PURE__ */ a("label", {
		class: "backup-choice",
		children: ["Remind me to back up", /* @__PURE__ */ a("select", {
			value: settings.reminder,
			onChange: (event) => {
				const reminder = event.target.value;
				updateBackupSettings({ reminder });
			},
			children: REMINDER_CHOICES.map((choice) => /* @__PURE__ */ a("option", {
				value: choice,
				children: REMINDER_LABELS[choice]
			}, choice))
		})]
	});
}
function StatusLine({ status }) {
	if (!status) return null;
	return /* @__PURE__ */ a("p", {
		class: `backup-status is-${status.kind}`,
		role: status.kind === "error" ? "alert" : "status",
		children: status.text
	});
}
/** The popup's banner: shown only when a backup is due (or was just written). */
function BackupReminder({ now = Date.now } = {}) {
	const settings = useBackupSettings();
	const shelf = useLiveQuery(summarizeShelf, []);
	const [status, setStatus] = d();
	if (status) return /* @__PURE__ */ a(StatusLine, { status });
	if (!settings || !shelf || !isBackupDue(settings, shelf, now())) return null;
	return /* @__PURE__ */ a("section", {
		class: "backup-reminder",
		"aria-label": "Backup reminder",
		children: [/* @__PURE__ */ a("p", {
			class: "backup-text",
			children: [
				"Your ",
				shelf.paperCount === 1 ? "1 paper" : `${shelf.paperCount} papers`,
				" live only in this browser (",
				lastBackupText(settings),
				"). A backup file keeps them if the browser profile is lost; Import restores it."
			]
		}), /* @__PURE__ */ a("div", {
			class: "backup-actions",
			children: [
				/* @__PURE__ */ a("button", {
					type: "button",
					class: "is-primary",
					onClick: async () => setStatus(await backUpNow(now())),
					children: "Back up now"
				}),
				/* @__PURE__ */ a("button", {
					type: "button",
					onClick: () => void updateBackupSettings({ snoozedUntil: now() + SNOOZE_MS }),
					children: "Later"
				}),
				/* @__PURE__ */ a(ReminderChoiceSelect, { settings })
			]
		})]
	});
}
/** For the options page: the reminder choice, the last backup, and the backup button. */
function BackupSettings() {
	const settings = useBackupSettings();
	const [status, setStatus] = d();
	if (!settings) return null;
	return /* @__PURE__ */ a("section", {
		class: "backup-settings",
		"aria-label": "Backups",
		children: [
			/* @__PURE__ */ a("p", {
				class: "backup-text",
				children: [
					"Your shelf lives only in this browser: ",
					lastBackupText(settings),
					"."
				]
			}),
			/* @__PURE__ */ a("div", {
				class: "backup-actions",
				children: [/* @__PURE__ */ a("button", {
					type: "button",
					onClick: async () => setStatus(await backUpNow(Date.now())),
					children: "Back up now"
				}), /* @__PURE__ */ a(ReminderChoiceSelect, { settings })]
			}),
			/* @__PURE__ */ a(StatusLine, { status })
		]
	});
}
// \0vite/preload-helper.js
var scriptRel = "modulepreload";
var assetsURL = function(dep) {
	return "/" + dep;
};
var seen = {};
var isCssPreloadUrl = function isCssPreloadUrl(url) {
	return url.pathname.endsWith(".css");
};
var preloadOnce = function preloadOnce(seen, href, preload) {
	if (href in seen) return seen[href];
	const promise = preload();
	if (!promise) {
		seen[href] = void 0;
		return;
	}
	const preloadPromise = promise.then(() => {
		seen[href] = void 0;
	}, (err) => {
		seen[href] = void 0;
		throw err;
	});
	seen[href] = preloadPromise;
	return preloadPromise;
};
var __vitePreload = function preload(baseModule, deps, importerUrl) {
	let promise = Promise.resolve();
	if (deps && deps.length > 0) {
		let preloadedHrefs;
		const cspNonceMeta = document.querySelector("meta[property=csp-nonce]");
		const cspNonce = cspNonceMeta?.nonce || cspNonceMeta?.getAttribute("nonce");
		function allSettled(promises) {
			return Promise.all(promises.map((p) => Promise.resolve(p).then((value) => ({
				status: "fulfilled",
				value
			}), (reason) => ({
				status: "rejected",
				reason
			}))));
		}
		function importMetaResolve(specifier) {
			if (import.meta.resolve) return new URL(import.meta.resolve(specifier));
			return new URL(specifier, self.location.href);
		}
		promise = allSettled(deps.map((depString) => {
			depString = assetsURL(depString, importerUrl);
			const dep = importMetaResolve(depString);
			const isCss = isCssPreloadUrl(dep);
			return preloadOnce(seen, dep.href, () => {
				if (preloadedHrefs === void 0) {
					preloadedHrefs = {
						all: /* @__PURE__ */ new Set(),
						styles: /* @__PURE__ */ new Set()
					};
					const links = document.getElementsByTagName("link");
					for (let i = links.length - 1; i >= 0; i--) {
						const link = links[i];
						preloadedHrefs.all.add(link.href);
						if (link.rel === "stylesheet") preloadedHrefs.styles.add(link.href);
					}
				}
				if ((isCss ? preloadedHrefs.styles : preloadedHrefs.all).has(dep.href)) return;
				const link = document.createElement("link");
				link.rel = isCss ? "stylesheet" : scriptRel;
				if (!isCss) link.as = "script";
				link.crossOrigin = "";
				link.href = dep.href;
				if (cspNonce) link.setAttribute("nonce", cspNonce);
				document.head.appendChild(link);
				if (isCss) return new Promise((res, rej) => {
					const handleSettle = (e) => {
						link.removeEventListener("load", handleSettle);
						link.removeEventListener("error", handleSettle);
						if (e.type === "error") rej(/* @__PURE__ */ new Error(`Unable to preload CSS for ${dep}`));
						else res(e);
					};
					link.addEventListener("load", handleSettle);
					link.addEventListener("error", handleSettle);
				});
			});
		}).filter((p) => p !== void 0));
	}
	function handlePreloadError(err) {
		const e = new Event("vite:preloadError", { cancelable: true });
		e.payload = err;
		window.dispatchEvent(e);
		if (!e.defaultPrevented) throw err;
	}
	return promise.then((res) => {
		for (const item of res || []) {
			if (item.status !== "rejected") continue;
			handlePreloadError(item.reason);
		}
		return baseModule().catch(handlePreloadError);
	});
};
// lib/shelf/actions.ts
/**
* What the reading list (popup, options page) does to papers. Extension pages write through
* lib/db directly (they share the extension's origin), then tell open listing tabs so that every
* card follows; bulk actions never travel as messages, so they need no privileged message.
*
* Each action resolves as soon as the database has the change, with the records as stored, so
* the list can show them at once; telling the tabs and the badge follows on its own.
*/
/**
* Tells listing tabs and the badge. Loaded on the first write: messaging and the site registry
* (which tabs to tell) are not needed to show the list.
*/
function announce(changes) {
	__vitePreload(async () => {
		const { broadcastPaperChanges } = await import("./broadcast-CjvvQe6i.js").then((n) => n.n);
		return { broadcastPaperChanges };
	}, __vite__mapDeps([0,1,2])).then(({ broadcastPaperChanges }) => broadcastPaperChanges(changes)).catch((error) => console.error("Paper Shelf: telling open tabs about a change failed", error));
}
var changesOf = (papers) => papers.map((paper) => changeOf(paper, paper.aliases));
async function setStatus(ids, status) {
	const updated = await setPapersStatus(ids, status);
	announce(changesOf(updated));
	return updated;
}
async function addTag(ids, tag) {
	const updated = await editPapersTags(ids, { add: [tag] });
	announce(changesOf(updated));
	return updated;
}
async function saveNote(id, note) {
	const updated = await setPaperNote(id, note);
	if (updated) announce(changesOf([updated]));
	return updated;
}
/** Removes the papers; returns the removed records, which `restore` puts back (undo). */
async function remove(ids) {
	const removed = await removePapers(ids);
	announce(removed.map((paper) => changeOf(void 0, paper.aliases)));
	return removed;
}
async function restore(papers) {
	const restored = await restorePapers(papers);
	announce(changesOf(restored));
	return restored;
}
// lib/shelf/keyboard.ts
/** Status keys: 1, 2, 3 in the order of PAPER_STATUSES. */
var STATUS_KEYS = {
	"1": "to-read",
	"2": "reading",
	"3": "read"
};
/** The command a key press on a focused row of the list names; undefined for any other key. */
function listCommandFor(press) {
	const { key, shiftKey = false, altKey = false } = press;
	const command = press.ctrlKey || press.metaKey;
	if (altKey) return void 0;
	if (command) return key === "a" || key === "A" ? { type: "select-all" } : void 0;
	if (shiftKey && (key === "ArrowDown" || key === "J")) return {
		type: "extend",
		to: "next"
	};
	if (shiftKey && (key === "ArrowUp" || key === "K")) return {
		type: "extend",
		to: "previous"
	};
	switch (key) {
		case "ArrowDown":
		case "j": return {
			type: "move",
			to: "next"
		};
		case "ArrowUp":
		case "k": return {
			type: "move",
			to: "previous"
		};
		case "Home": return {
			type: "move",
			to: "first"
		};
		case "End": return {
			type: "move",
			to: "last"
		};
		case "PageDown": return {
			type: "move",
			to: "page-down"
		};
		case "PageUp": return {
			type: "move",
			to: "page-up"
		};
		case "Enter": return { type: "open" };
		case " ":
		case "x": return { type: "toggle-selection" };
		case "Delete":
		case "Backspace": return { type: "delete" };
		case "n": return { type: "edit-note" };
		case "t": return { type: "tag" };
		case "Escape": return { type: "escape" };
	}
	const status = STATUS_KEYS[key];
	return status ? {
		type: "set-status",
		status
	} : void 0;
}
/** True for keys the browser or another control should keep: typing in a field, a menu. */
function isTypingTarget(target) {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
/** What the help lists, in order. */
var SHORTCUT_HELP = [
	{
		keys: ["/"],
		action: "Search"
	},
	{
		keys: ["↓", "↑"],
		action: "Move (also j, k)"
	},
	{
		keys: ["Enter"],
		action: "Open the paper in a new tab"
	},
	{
		keys: [
			"1",
			"2",
			"3"
		],
		action: "Status: to read, reading, read"
	},
	{
		keys: ["x"],
		action: "Select (Space too; Shift+↓ extends)"
	},
	{
		keys: ["t"],
		action: "Tag the selection"
	},
	{
		keys: ["n"],
		action: "Edit the note"
	},
	{
		keys: ["Delete"],
		action: "Remove (z undoes)"
	},
	{
		keys: ["Esc"],
		action: "Clear the selection"
	},
	{
		keys: ["?"],
		action: "Show or hide these keys"
	}
];
// lib/shelf/query.ts
var SHELF_SORTS = {
	relevance: "Best match",
	"saved-desc": "Newest saved",
	"saved-asc": "Oldest saved",
	title: "Title A–Z",
	"published-desc": "Newest published"
};
var DAY_MS = 864e5;
var SAVED_WITHIN = {
	any: {
		label: "Saved any time",
		ms: Number.POSITIVE_INFINITY
	},
	day: {
		label: "Saved in the past day",
		ms: DAY_MS
	},
	week: {
		label: "Saved in the past week",
		ms: 7 * DAY_MS
	},
	month: {
		label: "Saved in the past month",
		ms: 30 * DAY_MS
	},
	year: {
		label: "Saved in the past year",
		ms: 365 * DAY_MS
	}
};
var NO_FILTERS = { savedWithin: "any" };
function hasFilters(filters) {
	return filters.tag !== void 0 || filters.status !== void 0 || filters.site !== void 0 || filters.savedWithin !== "any";
}
function matchesFilters(paper, filters, now) {
	if (filters.status !== void 0 && paper.status !== filters.status) return false;
	if (filters.site !== void 0 && paper.site !== filters.site) return false;
	if (filters.tag !== void 0 && !paper.tags.includes(filters.tag)) return false;
	return now - paper.savedAt <= SAVED_WITHIN[filters.savedWithin].ms;
}
var titleCollator = new Intl.Collator(void 0, {
	sensitivity: "base",
	numeric: true
});
var byNewestSaved$1 = (a, b) => b.savedAt - a.savedAt;
/** Compare functions; relevance has no order of its own without a query: newest saved. */
var COMPARE = {
	relevance: byNewestSaved$1,
	"saved-desc": byNewestSaved$1,
	"saved-asc": (a, b) => a.savedAt - b.savedAt,
	title: (a, b) => titleCollator.compare(a.title, b.title) || byNewestSaved$1(a, b),
	"published-desc": (a, b) => (b.published ?? "").localeCompare(a.published ?? "") || byNewestSaved$1(a, b)
};
function sortPapers(papers, sort) {
	return [...papers].sort(COMPARE[sort]);
}
/** Each order of one version of the shelf, made when first asked for. */
var ShelfOrders = class {
	papers;
	orders = /* @__PURE__ */ new Map();
	constructor(papers) {
		this.papers = papers;
	}
	get(sort) {
		const key = sort === "relevance" ? "saved-desc" : sort;
		let order = this.orders.get(key);
		if (!order) {
			order = sortPapers(this.papers, key);
			this.orders.set(key, order);
		}
		return order;
	}
};
/** The papers to show, in order: those matching the search and every filter. */
function applyShelfQuery(orders, query) {
	const { filters, matches, now } = query;
	const filtering = hasFilters(filters);
	const shown = orders.get(query.sort).filter((paper) => (!matches || matches.has(paper.id)) && (!filtering || matchesFilters(paper, filters, now)));
	if (!matches || query.sort !== "relevance") return shown;
	return shown.map((paper) => ({
		paper,
		score: matches.get(paper.id) ?? 0
	})).sort((a, b) => b.score - a.score).map(({ paper }) => paper);
}
/** How many papers each filter value would keep, for the filter menus. */
function countShelf(papers) {
	const counts = {
		byStatus: /* @__PURE__ */ new Map(),
		bySite: /* @__PURE__ */ new Map(),
		byTag: /* @__PURE__ */ new Map()
	};
	const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
	for (const paper of papers) {
		bump(counts.byStatus, paper.status);
		bump(counts.bySite, paper.site);
		for (const tag of paper.tags) bump(counts.byTag, tag);
	}
	return counts;
}
// components/Choice.tsx
function Choice({ label, value, any, options, onChange }) {
	return /* @__PURE__ */ a("select", {
		"aria-label": label,
		value: value ?? "",
		onChange: (event) => onChange(event.target.value || void 0),
		children: [any !== void 0 && /* @__PURE__ */ a("option", {
			value: "",
			children: any
		}), options.map(([optionValue, optionLabel]) => /* @__PURE__ */ a("option", {
			value: optionValue,
			children: optionLabel
		}, optionValue))]
	});
}
// components/format.ts
/** Number formatting for the reading list; one formatter, since toLocaleString() builds one per call. */
var numberFormat = new Intl.NumberFormat();
function formatNumber(n) {
	return numberFormat.format(n);
}
/** "1 paper", "10,000 papers". */
function countOf(n, noun) {
	return n === 1 ? `1 ${noun}` : `${formatNumber(n)} ${noun}s`;
}
// components/BulkBar.tsx
function BulkBar(props) {
	const [tag, setTag] = d("");
	return /* @__PURE__ */ a("section", {
		class: "bulk",
		"aria-label": "Selected papers",
		children: [
			/* @__PURE__ */ a("span", {
				class: "bulk-count",
				children: [countOf(props.count, "paper"), " selected"]
			}),
			/* @__PURE__ */ a(Choice, {
				label: "Set the status of the selected papers",
				value: void 0,
				any: "Set status…",
				options: PAPER_STATUSES.map((status) => [status, STATUS_LABELS$1[status]]),
				onChange: (status) => status && props.onSetStatus(status)
			}),
			/* @__PURE__ */ a("form", {
				class: "bulk-tag",
				onSubmit: (event) => {
					event.preventDefault();
					const name = tag.replace(/\s+/g, " ").trim();
					if (!name) return;
					props.onAddTag(name);
					setTag("");
				},
				children: [
					/* @__PURE__ */ a("input", {
						ref: props.tagInputRef,
						type: "text",
						list: "shelf-tag-names",
						"aria-label": "Tag the selected papers",
						"aria-keyshortcuts": "t",
						placeholder: "Add tag…",
						maxLength: 64,
						value: tag,
						onInput: (event) => setTag(event.target.value),
						onKeyDown: (event) => {
							if (event.key === "Escape") {
								event.preventDefault();
								props.onDone();
							}
						}
					}),
					/* @__PURE__ */ a("datalist", {
						id: "shelf-tag-names",
						children: props.tagNames.map((name) => /* @__PURE__ */ a("option", { value: name }, name))
					}),
					/* @__PURE__ */ a("button", {
						type: "submit",
						children: "Tag"
					})
				]
			}),
			/* @__PURE__ */ a("button", {
				type: "button",
				class: "danger",
				"aria-keyshortcuts": "Delete",
				onClick: props.onRemove,
				children: "Remove"
			}),
			/* @__PURE__ */ a("button", {
				type: "button",
				"aria-keyshortcuts": "Escape",
				onClick: props.onClear,
				children: "Clear selection"
			})
		]
	});
}
// components/NoteDialog.tsx
/** Edits the note of one paper in a modal dialog (native <dialog>: focus trap and Escape for free). */
function NoteDialog({ paper, onSave, onClose }) {
	const dialog = T(null);
	const [note, setNote] = d(paper.note);
	F(() => {
		dialog.current?.showModal();
	}, []);
	const save = () => {
		onSave(note);
		dialog.current?.close();
	};
	return /* @__PURE__ */ a("dialog", {
		ref: dialog,
		class: "note-dialog",
		"aria-labelledby": "note-dialog-title",
		onClose,
		children: /* @__PURE__ */ a("form", {
			method: "dialog",
			onSubmit: (event) => {
				event.preventDefault();
				save();
			},
			children: [
				/* @__PURE__ */ a("h2", {
					id: "note-dialog-title",
					children: "Note"
				}),
				/* @__PURE__ */ a("p", {
					class: "note-dialog-paper",
					children: paper.title
				}),
				/* @__PURE__ */ a("textarea", {
					"aria-label": `Note on "${paper.title}"`,
					"aria-keyshortcuts": "Control+Enter",
					rows: 8,
					maxLength: LIMITS.noteLength,
					value: note,
					autoFocus: true,
					onInput: (event) => setNote(event.target.value),
					onKeyDown: (event) => {
						if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
							event.preventDefault();
							save();
						}
					}
				}),
				/* @__PURE__ */ a("div", {
					class: "dialog-actions",
					children: [/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => dialog.current?.close(),
						children: "Cancel"
					}), /* @__PURE__ */ a("button", {
						type: "submit",
						class: "primary",
						children: "Save note"
					})]
				})
			]
		})
	});
}
// node_modules/@tanstack/virtual-core/dist/esm/lazy-measurements.js
function getMeasurementKey(item) {
	return typeof item === "object" ? item.key : item;
}
function createLazyMeasurementsView(cache, flat) {
	const count = cache.length;
	return new Proxy(cache, { get(target, prop, receiver) {
		if (typeof prop === "string") {
			const c = prop.charCodeAt(0);
			if (c >= 48 && c <= 57) {
				const i = +prop;
				if (Number.isInteger(i) && i >= 0 && i < count) {
					let v = target[i];
					if (typeof v !== "object") {
						const s = flat[i * 2];
						v = target[i] = {
							index: i,
							key: v,
							start: s,
							size: flat[i * 2 + 1],
							end: s + flat[i * 2 + 1],
							lane: 0
						};
					}
					return v;
				}
			}
			if (prop === "length") return count;
		}
		return Reflect.get(target, prop, receiver);
	} });
}
// node_modules/@tanstack/virtual-core/dist/esm/utils.js
function memo(getDeps, fn, opts) {
	let deps = opts.initialDeps ?? [];
	let result;
	let isInitial = true;
	function memoizedFunction() {
		const newDeps = getDeps();
		if (!(newDeps.length !== deps.length || newDeps.some((dep, index) => deps[index] !== dep))) return result;
		deps = newDeps;
		result = fn(...newDeps);
		if ((opts == null ? void 0 : opts.onChange) && !(isInitial && opts.skipInitialOnChange)) opts.onChange(result);
		isInitial = false;
		return result;
	}
	memoizedFunction.updateDeps = (newDeps) => {
		deps = newDeps;
	};
	return memoizedFunction;
}
function notUndefined(value, msg) {
	if (value === void 0) throw new Error(`Unexpected undefined${msg ? `: ${msg}` : ""}`);
	else return value;
}
var approxEqual = (a, b) => Math.abs(a - b) < 1.01;
var debounce = (targetWindow, fn, ms) => {
	let timeoutId;
	return Object.assign(function(...args) {
		targetWindow.clearTimeout(timeoutId);
		timeoutId = targetWindow.setTimeout(() => fn.apply(this, args), ms);
	}, { cancel: () => {
		targetWindow.clearTimeout(timeoutId);
	} });
};
// node_modules/@tanstack/virtual-core/dist/esm/scroll-classifier.js
function classifyScrollEvent({ offset, isScrolling, elementMax, holdOffset, scrollOffset, pendingWrite, clampedMaxAtWrite }) {
	var _a;
	if (isScrolling && pendingWrite === null && offset === scrollOffset) return "spurious";
	if (pendingWrite !== null && Math.abs(offset - pendingWrite.target) < 1.5) return "readBack";
	if (pendingWrite !== null && !pendingWrite.smooth && elementMax !== null && pendingWrite.target > elementMax + holdOffset + .5 && Math.abs(offset - (elementMax + holdOffset)) < 1.5) return "clampedReadBack";
	if (pendingWrite !== null && !pendingWrite.smooth && ((_a = pendingWrite.lowMaxes) == null ? void 0 : _a.some((max) => Math.abs(offset - max) < 1.5))) return "clampedReadBack";
	if (clampedMaxAtWrite !== null && Math.abs(offset - clampedMaxAtWrite) < 1.5) return "clampedEcho";
	return "external";
}
var isAnimating = (phase) => phase === "smooth" || phase === "smoothFinishing";
function externalRetiresCommand({ kind, offset, command, target }) {
	return kind !== "spurious" && kind !== "readBack" && kind !== "clampedReadBack" && (command == null ? void 0 : command.index) != null && command.phase !== "queued" && !isAnimating(command.phase) && !approxEqual(offset, command.lastTargetOffset) && !approxEqual(offset, target()) && kind !== "clampedEcho";
}
var FLING_WINDOW_MS = 40;
function flingSpedUp(samples) {
	const last = samples[samples.length - 1];
	if (last === void 0) return false;
	let j = samples.length - 2;
	while (j >= 0 && last.t - samples[j].t < FLING_WINDOW_MS) j--;
	if (j < 0) return false;
	const mid = samples[j];
	let k = j - 1;
	while (k >= 0 && mid.t - samples[k].t < FLING_WINDOW_MS) k--;
	if (k < 0) return false;
	const first = samples[k];
	const recent = (last.offset - mid.offset) / (last.t - mid.t);
	const before = (mid.offset - first.offset) / (mid.t - first.t);
	return recent * before >= 0 && Math.abs(recent) >= 2 * Math.abs(before) && Math.abs(recent) - Math.abs(before) >= .8;
}
function flingCaught(samples) {
	const last = samples[samples.length - 1];
	if (last === void 0) return false;
	let j = samples.length - 2;
	while (j >= 0 && last.t - samples[j].t < FLING_WINDOW_MS) j--;
	if (j < 0) return false;
	const from = samples[j];
	return Math.abs(last.offset - from.offset) / (last.t - from.t) >= .05;
}
// node_modules/@tanstack/virtual-core/dist/esm/ios-gesture.js
var _isIOSResult;
var isIOSWebKit = () => {
	if (_isIOSResult !== void 0) return _isIOSResult;
	if (typeof navigator === "undefined") return _isIOSResult = false;
	if (/iP(hone|od|ad)/.test(navigator.userAgent)) return _isIOSResult = true;
	const mtp = navigator.maxTouchPoints;
	return _isIOSResult = navigator.platform === "MacIntel" && mtp !== void 0 && mtp > 0;
};
var _iosMomentumOverridesWritesResult;
var iosMomentumOverridesWrites = () => {
	if (_iosMomentumOverridesWritesResult !== void 0) return _iosMomentumOverridesWritesResult;
	return _iosMomentumOverridesWritesResult = isIOSWebKit() && typeof CSS !== "undefined" && typeof CSS.supports === "function" && CSS.supports("overflow-anchor: auto");
};
var momentumOverridesWrites = () => !isIOSWebKit() || iosMomentumOverridesWrites();
var touchListenerOptions = {
	capture: true,
	passive: true
};
var IosGesture = class {
	constructor(host) {
		this.host = host;
		this._touch = null;
		this.inMotion = () => this._touch !== null && this._touch.phase !== "lateFling";
		this.dragging = () => {
			var _a;
			return ((_a = this._touch) == null ? void 0 : _a.phase) === "down" && this._touch.moved;
		};
		this.tail = () => {
			var _a;
			return ((_a = this._touch) == null ? void 0 : _a.phase) === "tail" ? this._touch.moved ? "fling" : "tap" : null;
		};
		this.onScroll = ({ isScrolling, ownReadBack, moved, external }) => {
			var _a, _b, _c;
			if (isScrolling && ((_a = this._touch) == null ? void 0 : _a.phase) === "tail") this._openTail(this._touch.moved || !ownReadBack, false);
			else if (((_b = this._touch) == null ? void 0 : _b.phase) === "lateFling") {
				if (this.host.now() > this._touch.until) this._touch = null;
				else if (external && isScrolling && moved) this._openTail(true, false);
			}
			if (!ownReadBack && isScrolling && moved && ((_c = this._touch) == null ? void 0 : _c.phase) === "down") {
				this._touch.moved = true;
				return true;
			}
			return false;
		};
		this.touchStart = () => {
			this.end();
			this._touch = {
				phase: "down",
				moved: false
			};
		};
		this.touchEnd = () => {
			var _a;
			const moved = ((_a = this._touch) == null ? void 0 : _a.phase) === "down" && this._touch.moved;
			this.end();
			this._openTail(moved, moved);
		};
		this.end = () => {
			var _a;
			const win = this.host.getWindow();
			if (((_a = this._touch) == null ? void 0 : _a.phase) === "tail" && win != null) win.clearTimeout(this._touch.timerId);
			this._touch = null;
		};
		this.listen = (target) => {
			const onTouchStart = () => this.touchStart();
			const onTouchEnd = () => this.touchEnd();
			target.addEventListener("touchstart", onTouchStart, touchListenerOptions);
			target.addEventListener("touchend", onTouchEnd, touchListenerOptions);
			target.addEventListener("touchcancel", onTouchEnd, touchListenerOptions);
			return () => {
				target.removeEventListener("touchstart", onTouchStart, touchListenerOptions);
				target.removeEventListener("touchend", onTouchEnd, touchListenerOptions);
				target.removeEventListener("touchcancel", onTouchEnd, touchListenerOptions);
				this.end();
			};
		};
		this._openTail = (moved, awaitingFling) => {
			const win = this.host.getWindow();
			if (win == null) return;
			this.end();
			const tail = {
				phase: "tail",
				moved,
				awaitingFling,
				timerId: win.setTimeout(() => {
					if (this.host.tailStillMoving()) {
						this._openTail(tail.moved, tail.awaitingFling);
						return;
					}
					this._touch = tail.awaitingFling ? {
						phase: "lateFling",
						until: this.host.now() + 1e3
					} : null;
					this.host.onTailClosed();
				}, 150)
			};
			this._touch = tail;
		};
	}
	get touch() {
		return this._touch;
	}
};
// node_modules/@tanstack/virtual-core/dist/esm/index.js
var getRect = (element) => {
	const { clientWidth, clientHeight } = element;
	return {
		width: clientWidth,
		height: clientHeight
	};
};
var createFrameQueue = (targetWindow) => {
	const ids = /* @__PURE__ */ new Set();
	return {
		schedule: (fn) => {
			const id = targetWindow.requestAnimationFrame(() => {
				ids.delete(id);
				fn();
			});
			ids.add(id);
		},
		cancel: () => {
			ids.forEach((id) => targetWindow.cancelAnimationFrame(id));
			ids.clear();
		}
	};
};
var defaultKeyExtractor = (index) => index;
var defaultRangeExtractor = (range) => {
	const overscan = range.overscan * Math.max(range.lanes ?? 1, 1);
	const start = Math.max(range.startIndex - overscan, 0);
	const len = Math.min(range.endIndex + overscan, range.count - 1) - start + 1;
	const arr = new Array(len);
	for (let i = 0; i < len; i++) arr[i] = start + i;
	return arr;
};
var observeElementRect = (instance, cb) => {
	const element = instance.scrollElement;
	if (!element) return;
	const targetWindow = instance.targetWindow;
	if (!targetWindow) return;
	const handler = (rect) => {
		const { width, height } = rect;
		cb({
			width: Math.round(width),
			height: Math.round(height)
		});
	};
	handler(getRect(element));
	if (!targetWindow.ResizeObserver) return () => {};
	const frames = createFrameQueue(targetWindow);
	const observer = new targetWindow.ResizeObserver(() => {
		const run = () => {
			handler(getRect(element));
		};
		instance.options.useAnimationFrameWithResizeObserver ? frames.schedule(run) : run();
	});
	observer.observe(element, { box: "content-box" });
	return () => {
		observer.unobserve(element);
		frames.cancel();
	};
};
var addEventListenerOptions = { passive: true };
var supportsScrollend = typeof window == "undefined" ? true : "onscrollend" in window;
var observeOffset = (instance, cb, readOffset) => {
	const element = instance.scrollElement;
	if (!element) return;
	const targetWindow = instance.targetWindow;
	if (!targetWindow) return;
	const registerScrollendEvent = instance.options.useScrollendEvent && supportsScrollend;
	let offset = 0;
	const fallback = registerScrollendEvent ? null : debounce(targetWindow, () => cb(readOffset(element), false), instance.options.isScrollingResetDelay);
	const createHandler = (isScrolling) => () => {
		offset = readOffset(element);
		fallback?.();
		cb(offset, isScrolling);
	};
	const handler = createHandler(true);
	const endHandler = createHandler(false);
	element.addEventListener("scroll", handler, addEventListenerOptions);
	if (registerScrollendEvent) element.addEventListener("scrollend", endHandler, addEventListenerOptions);
	return () => {
		element.removeEventListener("scroll", handler);
		if (registerScrollendEvent) element.removeEventListener("scrollend", endHandler);
		fallback?.cancel();
	};
};
var observeElementOffset = (instance, cb) => observeOffset(instance, cb, (el) => {
	const { horizontal, isRtl } = instance.options;
	return horizontal ? el.scrollLeft * (isRtl && -1 || 1) : el.scrollTop;
});
var measureElement = (element, entry, instance) => {
	if (instance.options.useCachedMeasurements) {
		const index = instance.indexFromElement(element);
		const key = instance.options.getItemKey(index);
		return instance.itemSizeCache.get(key) ?? instance.options.estimateSize(index);
	}
	if (entry == null ? void 0 : entry.borderBoxSize) {
		const box = entry.borderBoxSize[0];
		if (box) return Math.round(box[instance.options.horizontal ? "inlineSize" : "blockSize"]);
	}
	if (!entry) {
		const index = instance.indexFromElement(element);
		const key = instance.options.getItemKey(index);
		const cachedSize = instance.itemSizeCache.get(key);
		if (cachedSize !== void 0) return cachedSize;
	}
	return element[instance.options.horizontal ? "offsetWidth" : "offsetHeight"];
};
var scrollWithAdjustments = (offset, { adjustments = 0, behavior }, instance) => {
	var _a;
	const { scrollElement, options } = instance;
	const adjustedOffset = offset + adjustments;
	const isRtlElement = options.horizontal && options.isRtl && scrollElement !== null && "ownerDocument" in scrollElement;
	(_a = scrollElement == null ? void 0 : scrollElement.scrollTo) == null || _a.call(scrollElement, {
		[options.horizontal ? "left" : "top"]: isRtlElement ? -adjustedOffset : adjustedOffset,
		behavior
	});
};
var elementScroll = scrollWithAdjustments;
var initialScrollPhase = (behavior, atTarget) => behavior === "smooth" ? atTarget ? "smoothLanded" : "smooth" : "instant";
var isSmoothScroll = (state) => (state == null ? void 0 : state.phase) === "smooth" || (state == null ? void 0 : state.phase) === "smoothLanded";
function isAppendWithTrim(prevCount, nextCount, getPreviousKey, getNextKey) {
	if (nextCount === 0) return false;
	const firstKey = getNextKey(0);
	const removedKeys = /* @__PURE__ */ new Set();
	let removedCount = 0;
	while (removedCount < prevCount) {
		const key = getPreviousKey(removedCount);
		if (key === firstKey) break;
		removedKeys.add(key);
		removedCount++;
	}
	const retainedCount = prevCount - removedCount;
	if (retainedCount === 0 || retainedCount >= nextCount) return false;
	for (let i = 0; i < retainedCount; i++) if (getNextKey(i) !== getPreviousKey(removedCount + i)) return false;
	for (let i = retainedCount; i < nextCount; i++) if (removedKeys.has(getNextKey(i))) return false;
	return true;
}
var Virtualizer = class {
	constructor(opts) {
		this.unsubs = [];
		this.scrollElement = null;
		this.targetWindow = null;
		this.isScrolling = false;
		this.scrollState = null;
		this.measurementsCache = [];
		this._singleLaneMeasurements = null;
		this.itemSizeCache = /* @__PURE__ */ new Map();
		this.itemSizeCacheVersion = 0;
		this.laneAssignments = /* @__PURE__ */ new Map();
		this.pendingMin = null;
		this.prevLanes = void 0;
		this.lanesChangedFlag = false;
		this.lanesSettling = false;
		this.pendingScrollAnchor = null;
		this.scrollRect = null;
		this.scrollOffset = null;
		this.scrollDirection = null;
		this._holdOffset = 0;
		this._reportedOverscroll = false;
		this._iosGesture = new IosGesture({
			getWindow: () => this.targetWindow,
			now: () => this.now(),
			tailStillMoving: () => {
				const state = this.scrollState;
				if ((state == null ? void 0 : state.phase) !== "queued" || this.pendingWrite !== null) return false;
				const now = this._readElementOffset();
				if (now === null || this._lastElementOffset === null || Math.abs(now - this._lastElementOffset) < 1) return false;
				this._lastElementOffset = now;
				state.samples = [...state.samples ?? [], {
					t: this.now(),
					offset: now
				}];
				return true;
			},
			onTailClosed: () => {
				const state = this.scrollState;
				if ((state == null ? void 0 : state.phase) === "queued" && flingCaught(state.samples ?? [])) this.scrollState = null;
				this._flushHoldIfReady(true);
				this._writeAwaitingCommand();
				this._retryClampedAdjustment();
			}
		});
		this._lastElementOffset = null;
		this.pendingWrite = null;
		this._clampedAdjustment = null;
		this.elementsCache = /* @__PURE__ */ new Map();
		this._resizeBatch = null;
		this.now = () => {
			var _a, _b, _c;
			return ((_c = (_b = (_a = this.targetWindow) == null ? void 0 : _a.performance) == null ? void 0 : _b.now) == null ? void 0 : _c.call(_b)) ?? Date.now();
		};
		this.observer = /* @__PURE__ */ (() => {
			let _ro = null;
			let _frames = null;
			let delivering = false;
			let observeQueued = false;
			const pendingObservations = /* @__PURE__ */ new Set();
			const get = () => {
				if (_ro) return _ro;
				const targetWindow = this.targetWindow;
				if (!targetWindow || !targetWindow.ResizeObserver) return null;
				const frames = _frames = createFrameQueue(targetWindow);
				return _ro = new targetWindow.ResizeObserver((entries) => {
					const run = () => {
						const batch = { sync: false };
						this._resizeBatch = batch;
						try {
							entries.forEach(measureEntry);
						} finally {
							this._resizeBatch = null;
							if (batch.notify) {
								this.notify(batch.sync);
								this._noteClampMax();
								this._flushHoldIfReady(true);
								this._retryClampedAdjustment();
								this.measureElement(null);
							}
						}
					};
					if (this.options.useAnimationFrameWithResizeObserver) frames.schedule(run);
					else {
						delivering = true;
						try {
							run();
						} finally {
							delivering = false;
						}
					}
				});
			};
			const measureEntry = (entry) => {
				const node = entry.target;
				const index = this.indexFromElement(node);
				if (!node.isConnected) {
					this.observer.unobserve(node);
					for (const [cacheKey, cachedNode] of this.elementsCache) if (cachedNode === node) {
						this.elementsCache.delete(cacheKey);
						break;
					}
					return;
				}
				if (!this.isIndexInRange(index)) return;
				if (this.shouldMeasureDuringScroll(index)) this.resizeItem(index, this.options.measureElement(node, entry, this));
			};
			return {
				disconnect: () => {
					var _a;
					(_a = get()) == null || _a.disconnect();
					_frames?.cancel();
					pendingObservations.clear();
					observeQueued = false;
					_ro = null;
					_frames = null;
				},
				observe: (target) => {
					const observer = get();
					if (!observer) return;
					if (!delivering) {
						observer.observe(target, { box: "border-box" });
						return;
					}
					pendingObservations.add(target);
					if (!observeQueued) {
						observeQueued = true;
						_frames?.schedule(() => {
							observeQueued = false;
							pendingObservations.forEach((node) => {
								if (node.isConnected) _ro?.observe(node, { box: "border-box" });
							});
							pendingObservations.clear();
						});
					}
				},
				unobserve: (target) => {
					var _a;
					pendingObservations.delete(target);
					(_a = get()) == null || _a.unobserve(target);
				}
			};
		})();
		this.range = null;
		this.setOptions = (opts2) => {
			var _a;
			const merged = {
				debug: false,
				initialOffset: 0,
				overscan: 1,
				paddingStart: 0,
				paddingEnd: 0,
				scrollPaddingStart: 0,
				scrollPaddingEnd: 0,
				horizontal: false,
				getItemKey: defaultKeyExtractor,
				rangeExtractor: defaultRangeExtractor,
				onChange: () => {},
				measureElement,
				initialRect: {
					width: 0,
					height: 0
				},
				scrollMargin: 0,
				gap: 0,
				indexAttribute: "data-index",
				initialMeasurementsCache: [],
				lanes: 1,
				anchorTo: "start",
				followOnAppend: false,
				scrollEndThreshold: 1,
				isScrollingResetDelay: 150,
				enabled: true,
				isRtl: false,
				useScrollendEvent: false,
				useAnimationFrameWithResizeObserver: false,
				laneAssignmentMode: "estimate",
				useCachedMeasurements: false
			};
			for (const key in opts2) {
				const v = opts2[key];
				if (v !== void 0) merged[key] = v;
			}
			const prevOptions = this.options;
			let anchor = null;
			let followOnAppend = null;
			let edgeKeysChanged = false;
			if (prevOptions !== void 0 && prevOptions.enabled && merged.enabled && merged.anchorTo === "end" && this.scrollElement !== null) {
				const prevCount = prevOptions.count;
				const nextCount = merged.count;
				const measurements = this.getMeasurements();
				const previousItems = ((_a = this._singleLaneMeasurements) == null ? void 0 : _a.items) ?? measurements;
				const getPreviousKey = (index) => getMeasurementKey(previousItems[index]);
				const prevFirstKey = prevCount > 0 ? getPreviousKey(0) : null;
				const prevLastKey = prevCount > 0 ? getPreviousKey(prevCount - 1) : null;
				if (nextCount !== prevCount || prevCount > 0 && nextCount > 0 && (merged.getItemKey(0) !== prevFirstKey || merged.getItemKey(nextCount - 1) !== prevLastKey)) {
					edgeKeysChanged = true;
					const item = prevCount > 0 ? this.getVirtualItemForOffset(this.getScrollOffset()) ?? measurements[0] : null;
					if (item) anchor = [item.key, this.getScrollOffset() - item.start];
					const behavior = merged.followOnAppend === true ? "auto" : merged.followOnAppend || null;
					if (behavior && nextCount > 0 && this.isAtEnd(prevOptions.scrollEndThreshold) && (prevCount === 0 || merged.getItemKey(nextCount - 1) !== prevLastKey)) {
						if (nextCount > prevCount || isAppendWithTrim(prevCount, nextCount, getPreviousKey, merged.getItemKey)) followOnAppend = behavior;
					}
				}
			}
			this.options = merged;
			if (edgeKeysChanged) {
				this.pendingMin = 0;
				this.itemSizeCacheVersion++;
			}
			let anchorDelta = null;
			if (anchor && this.scrollOffset !== null && !this._awaitingCommandReadBack()) {
				const [anchorKey, anchorOffset] = anchor;
				const newMeasurements = this.getMeasurements();
				const { count, getItemKey } = this.options;
				let idx = 0;
				while (idx < count && getItemKey(idx) !== anchorKey) idx++;
				if (idx < count) {
					const anchorItem = newMeasurements[idx];
					if (anchorItem) {
						const newOffset = Math.max(0, anchorItem.start + anchorOffset);
						if (!followOnAppend && newOffset !== this.scrollOffset) {
							anchorDelta = newOffset - this.scrollOffset;
							this.scrollOffset = newOffset;
						}
					}
				}
			}
			if (followOnAppend) this.pendingScrollAnchor = {
				kind: "follow",
				behavior: followOnAppend
			};
			else if (anchorDelta !== null) {
				if (this._canWriteScroll()) this.pendingScrollAnchor = {
					kind: "anchor",
					delta: anchorDelta
				};
				else {
					this._holdOffset += anchorDelta;
					this._followOffsetTarget(anchorDelta);
				}
			}
		};
		this.notify = (sync) => {
			var _a, _b;
			(_b = (_a = this.options).onChange) == null || _b.call(_a, this, sync);
		};
		this.maybeNotify = memo(() => {
			this.calculateRange();
			return [
				this.isScrolling,
				this.range ? this.range.startIndex : null,
				this.range ? this.range.endIndex : null
			];
		}, (isScrolling) => {
			this.notify(isScrolling);
		}, {
			key: false,
			debug: () => this.options.debug,
			initialDeps: [
				this.isScrolling,
				this.range ? this.range.startIndex : null,
				this.range ? this.range.endIndex : null
			]
		});
		this.cleanup = () => {
			var _a;
			this.unsubs.filter(Boolean).forEach((d) => d());
			this.unsubs = [];
			this.observer.disconnect();
			if (this.rafId != null && this.targetWindow) {
				this.targetWindow.cancelAnimationFrame(this.rafId);
				this.rafId = null;
			}
			this.scrollState = null;
			(_a = this._momentumStop) == null || _a.restore();
			this._momentumStop = null;
			this.isScrolling = false;
			this.scrollDirection = null;
			this._holdOffset = 0;
			this._reportedOverscroll = false;
			this._clampedAdjustment = null;
			this.pendingWrite = null;
			this.scrollElement = null;
			this.targetWindow = null;
		};
		this._didMount = () => {
			return () => {
				this.cleanup();
			};
		};
		this._willUpdate = () => {
			var _a;
			const scrollElement = this.options.enabled ? this.options.getScrollElement() : null;
			if (this.scrollElement !== scrollElement) {
				this.cleanup();
				if (!scrollElement) {
					this.maybeNotify();
					return;
				}
				this.scrollElement = scrollElement;
				if (this.scrollElement && "ownerDocument" in this.scrollElement) this.targetWindow = this.scrollElement.ownerDocument.defaultView;
				else this.targetWindow = ((_a = this.scrollElement) == null ? void 0 : _a.window) ?? null;
				this.elementsCache.forEach((cached) => {
					this.observer.observe(cached);
				});
				this.unsubs.push(this.options.observeElementRect(this, (rect) => {
					this.scrollRect = rect;
					this.maybeNotify();
				}));
				this.unsubs.push(this.options.observeElementOffset(this, (offset, isScrolling) => {
					var _a2, _b, _c, _d;
					const elementMax = isScrolling ? this._elementMaxScrollOffset() : null;
					const wasOverscrolled = this._reportedOverscroll;
					this._reportedOverscroll = offset < 0 || elementMax !== null && offset > elementMax + 1;
					const elementOffset = offset;
					this._lastElementOffset = elementOffset;
					offset = this._toLayoutOffset(offset);
					const kind = this._classifyScrollEvent(offset, isScrolling, elementMax);
					if (kind === "spurious") return;
					if (kind === "readBack") offset = this.pendingWrite.target;
					else if (kind === "clampedReadBack" && ((_a2 = this.scrollState) == null ? void 0 : _a2.index) != null && offset < this.getMaxScrollOffset() - 1.5) this.scrollState.lastTargetOffset = offset;
					else if (externalRetiresCommand({
						kind,
						offset,
						command: this.scrollState,
						target: () => this.getScrollStateTarget(this.scrollState)
					})) this.scrollState = null;
					this.pendingWrite = null;
					if (this._clampedAdjustment !== null && Math.abs(offset - this._clampedAdjustment.maxAtWrite) >= 1.5) this._clampedAdjustment = null;
					const prevOffset = this.getScrollOffset();
					const prevDirection = this.scrollDirection;
					this.scrollDirection = isScrolling ? prevOffset === offset ? this.scrollDirection : prevOffset < offset ? "forward" : "backward" : null;
					this.scrollOffset = offset;
					this.isScrolling = isScrolling;
					const queued = this.scrollState;
					if ((queued == null ? void 0 : queued.phase) === "queued" && kind === "external" && isScrolling) {
						if (wasOverscrolled || this._reportedOverscroll) queued.samples = [];
						else {
							const t = this.now();
							queued.samples = [...(queued.samples ?? []).filter((sample) => t - sample.t <= 200), {
								t,
								offset: elementOffset
							}];
							if (prevDirection !== null && this.scrollDirection !== prevDirection || flingSpedUp(queued.samples)) this.scrollState = null;
						}
					}
					if (this._iosGesture.onScroll({
						isScrolling,
						ownReadBack: kind === "readBack",
						moved: offset !== prevOffset,
						external: kind === "external" && ((_b = this.scrollState) == null ? void 0 : _b.phase) !== "smooth" && ((_c = this.scrollState) == null ? void 0 : _c.phase) !== "smoothFinishing"
					}) && ((_d = this.scrollState) == null ? void 0 : _d.phase) === "queued") this.scrollState = null;
					this._flushHoldIfReady(true);
					if (this.scrollState) this.scheduleScrollReconcile();
					this.maybeNotify();
				}));
				if ("addEventListener" in this.scrollElement) this.unsubs.push(this._iosGesture.listen(this.scrollElement));
				this._scrollToOffset(this.getScrollOffset());
			}
			this._noteClampMax();
			const anchor = this.pendingScrollAnchor;
			this.pendingScrollAnchor = null;
			if (anchor && this.scrollElement && this.options.enabled) {
				if (anchor.kind === "anchor") {
					if (!this._canWriteScroll()) {
						this._holdOffset += anchor.delta;
						this._followOffsetTarget(anchor.delta);
						this.notify(false);
					} else if (isSmoothScroll(this.scrollState) && !approxEqual(this.getScrollOffset() - anchor.delta, this.scrollState.lastTargetOffset));
					else {
						this._followOffsetTarget(anchor.delta);
						this._scrollToOffset(this.getScrollOffset());
					}
				} else this.scrollToEnd({ behavior: anchor.behavior });
			}
			this._flushHoldIfReady(false);
			this._retryClampedAdjustment();
		};
		this._classifyScrollEvent = (offset, isScrolling, elementMax) => {
			var _a;
			return classifyScrollEvent({
				offset,
				isScrolling,
				elementMax,
				holdOffset: this._holdOffset,
				scrollOffset: this.scrollOffset,
				pendingWrite: this.pendingWrite,
				clampedMaxAtWrite: ((_a = this._clampedAdjustment) == null ? void 0 : _a.maxAtWrite) ?? null
			});
		};
		this._retryClampedAdjustment = () => {
			if (this._clampedAdjustment === null || !this.scrollElement || !this.options.enabled || !this._canWriteScroll()) return;
			const { target, maxAtWrite } = this._clampedAdjustment;
			const max = this.getMaxScrollOffset();
			if (max > maxAtWrite + .5) {
				this._clampedAdjustment = target > max + .5 ? {
					target,
					maxAtWrite: max
				} : null;
				this._scrollToOffset(target);
			}
		};
		this._writeAwaitingCommand = () => {
			const state = this.scrollState;
			if (state === null || state.phase !== "queued") return;
			const { behavior } = state;
			this.getMeasurements();
			const offset = this.getScrollStateTarget(state);
			state.lastTargetOffset = offset;
			this._clampedAdjustment = null;
			state.phase = initialScrollPhase(behavior, state.index != null && approxEqual(offset, this.getScrollOffset()));
			this._scrollToOffset(offset, { behavior });
			this.scheduleScrollReconcile();
		};
		this._readElementOffset = () => {
			const el = this.scrollElement;
			if (el == null) return null;
			const { horizontal, isRtl } = this.options;
			if (typeof el.scrollTop === "number") return horizontal ? el.scrollLeft * (isRtl && -1 || 1) : el.scrollTop;
			if (typeof el.scrollY === "number") return horizontal ? el.scrollX : el.scrollY;
			return null;
		};
		this._canWriteScroll = () => !(isIOSWebKit() && this._iosGesture.inMotion()) && !this._reportedOverscroll;
		this._flushHoldIfReady = (sync) => {
			var _a;
			if (this._holdOffset === 0) return;
			if (!this.scrollElement || !this.options.enabled) return;
			if (!this._canWriteScroll()) return;
			if (((_a = this.scrollState) == null ? void 0 : _a.phase) === "smooth") return;
			this._holdOffset = 0;
			if (this.scrollOffset !== null && this.scrollOffset < 0) this.scrollOffset = 0;
			this.notify(sync);
			const target = this.getCommandWrittenOffset() ?? this.getScrollOffset();
			this._clampedAdjustment = this._clampedBy(target);
			this._scrollToOffset(target);
		};
		this.rafId = null;
		this.getSize = () => {
			if (!this.options.enabled) {
				this.scrollRect = null;
				return 0;
			}
			this.scrollRect = this.scrollRect ?? this.options.initialRect;
			return this.scrollRect[this.options.horizontal ? "width" : "height"];
		};
		this.getScrollOffset = () => {
			if (!this.options.enabled) {
				this.scrollOffset = null;
				return 0;
			}
			this.scrollOffset = this.scrollOffset ?? (typeof this.options.initialOffset === "function" ? this.options.initialOffset() : this.options.initialOffset);
			return this.scrollOffset;
		};
		this.getMeasurementOptions = memo(() => [
			this.options.count,
			this.options.paddingStart,
			this.options.scrollMargin,
			this.options.getItemKey,
			this.options.enabled,
			this.options.lanes,
			this.options.laneAssignmentMode,
			this.options.gap
		], (count, paddingStart, scrollMargin, getItemKey, enabled, lanes, laneAssignmentMode, gap) => {
			if (this.prevLanes !== void 0 && this.prevLanes !== lanes) this.lanesChangedFlag = true;
			this.prevLanes = lanes;
			this.pendingMin = null;
			return {
				count,
				paddingStart,
				scrollMargin,
				getItemKey,
				enabled,
				lanes,
				laneAssignmentMode,
				gap
			};
		}, { key: false });
		this.isIndexInRange = (index) => index >= 0 && index < this.options.count;
		this.getMeasurements = memo(() => [this.getMeasurementOptions(), this.itemSizeCacheVersion], ({ count, paddingStart, scrollMargin, getItemKey, enabled, lanes, laneAssignmentMode, gap }, _itemSizeCacheVersion) => {
			var _a;
			const itemSizeCache = this.itemSizeCache;
			if (!enabled) {
				this.measurementsCache = [];
				this._singleLaneMeasurements = null;
				this.itemSizeCache.clear();
				this.laneAssignments.clear();
				return [];
			}
			if (this.laneAssignments.size > count) {
				for (const index of this.laneAssignments.keys()) if (index >= count) this.laneAssignments.delete(index);
			}
			if (this.lanesChangedFlag) {
				this.lanesChangedFlag = false;
				this.lanesSettling = true;
				this.measurementsCache = [];
				this._singleLaneMeasurements = null;
				this.itemSizeCache.clear();
				this.laneAssignments.clear();
				this.pendingMin = null;
			}
			if (this.measurementsCache.length === 0 && !this.lanesSettling) {
				this.measurementsCache = this.options.initialMeasurementsCache;
				this.measurementsCache.forEach((item) => {
					this.itemSizeCache.set(item.key, item.size);
				});
			}
			const min = this.lanesSettling ? 0 : this.pendingMin ?? 0;
			this.pendingMin = null;
			if (this.lanesSettling && this.measurementsCache.length === count) this.lanesSettling = false;
			if (lanes === 1) {
				const need = count * 2;
				let flat = (_a = this._singleLaneMeasurements) == null ? void 0 : _a.flat;
				if (!flat || flat.length < need) {
					const next = new Float64Array(need);
					if (flat && min > 0) next.set(flat.subarray(0, min * 2));
					flat = next;
				}
				const items = min === 0 ? new Array(count) : this._singleLaneMeasurements.items.slice();
				let runningStart;
				if (min === 0) runningStart = paddingStart + scrollMargin;
				else {
					const prevIdx = min - 1;
					runningStart = flat[prevIdx * 2] + flat[prevIdx * 2 + 1] + gap;
				}
				for (let i = min; i < count; i++) {
					const key = getItemKey(i);
					items[i] = key;
					const measuredSize = itemSizeCache.get(key);
					const size = typeof measuredSize === "number" ? measuredSize : this.options.estimateSize(i);
					flat[i * 2] = runningStart;
					flat[i * 2 + 1] = size;
					runningStart += size + gap;
				}
				this._singleLaneMeasurements = {
					flat,
					items
				};
				const view = createLazyMeasurementsView(items, flat);
				this.measurementsCache = view;
				return view;
			}
			const measurements = this.measurementsCache.slice(0, min);
			const laneLastIndex = new Array(lanes).fill(void 0);
			const laneEnds = new Float64Array(lanes);
			let filledLanes = 0;
			for (let m = 0; m < min; m++) {
				const item = measurements[m];
				if (item) {
					if (laneLastIndex[item.lane] === void 0) filledLanes++;
					laneLastIndex[item.lane] = m;
					laneEnds[item.lane] = item.end;
				}
			}
			for (let i = min; i < count; i++) {
				const key = getItemKey(i);
				const cachedLane = this.laneAssignments.get(i);
				let lane;
				let start;
				const shouldCacheLane = laneAssignmentMode === "estimate" || itemSizeCache.has(key);
				if (cachedLane !== void 0 && this.options.lanes > 1) {
					lane = cachedLane;
					const prevIndex = laneLastIndex[lane];
					const prevInLane = prevIndex !== void 0 ? measurements[prevIndex] : void 0;
					start = prevInLane ? prevInLane.end + gap : paddingStart + scrollMargin;
				} else if (filledLanes === lanes) {
					let bestLane = 0;
					let bestEnd = laneEnds[0];
					let bestIdx = laneLastIndex[0];
					for (let l = 1; l < lanes; l++) {
						const e = laneEnds[l];
						if (e < bestEnd || e === bestEnd && laneLastIndex[l] < bestIdx) {
							bestLane = l;
							bestEnd = e;
							bestIdx = laneLastIndex[l];
						}
					}
					lane = bestLane;
					start = bestEnd + gap;
					if (shouldCacheLane) this.laneAssignments.set(i, lane);
				} else {
					lane = i % this.options.lanes;
					start = paddingStart + scrollMargin;
					if (shouldCacheLane) this.laneAssignments.set(i, lane);
				}
				const measuredSize = itemSizeCache.get(key);
				const size = typeof measuredSize === "number" ? measuredSize : this.options.estimateSize(i);
				const end = start + size;
				measurements[i] = {
					index: i,
					start,
					size,
					end,
					key,
					lane
				};
				if (laneLastIndex[lane] === void 0) filledLanes++;
				laneLastIndex[lane] = i;
				laneEnds[lane] = end;
			}
			this.measurementsCache = measurements;
			return measurements;
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.calculateRange = memo(() => [
			this.getMeasurements(),
			this.getSize(),
			this.getScrollOffset(),
			this.options.lanes,
			this._getLayoutTotalSize() + this.options.scrollMargin
		], (measurements, outerSize, scrollOffset, lanes, listEnd) => {
			if (measurements.length === 0 || outerSize === 0) {
				this.range = null;
				return null;
			}
			const maxScrollOffset = Math.max(listEnd - outerSize, 0);
			this.range = calculateRangeImpl(measurements, outerSize, Math.min(scrollOffset, maxScrollOffset), lanes, lanes === 1 && this._singleLaneMeasurements !== null ? this._singleLaneMeasurements.flat : null);
			return this.range;
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.getVirtualIndexes = memo(() => {
			let startIndex = null;
			let endIndex = null;
			const range = this.calculateRange();
			if (range) {
				startIndex = range.startIndex;
				endIndex = range.endIndex;
			}
			this.maybeNotify.updateDeps([
				this.isScrolling,
				startIndex,
				endIndex
			]);
			return [
				this.options.rangeExtractor,
				this.options.overscan,
				this.options.count,
				startIndex,
				endIndex,
				this.options.lanes
			];
		}, (rangeExtractor, overscan, count, startIndex, endIndex, lanes) => {
			return startIndex === null || endIndex === null ? [] : rangeExtractor({
				startIndex,
				endIndex,
				overscan,
				count,
				lanes
			});
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.indexFromElement = (node) => {
			const attributeName = this.options.indexAttribute;
			const indexStr = node.getAttribute(attributeName);
			if (!indexStr) {
				console.warn(`Missing attribute name '${attributeName}={index}' on measured element.`);
				return -1;
			}
			return parseInt(indexStr, 10);
		};
		this.shouldMeasureDuringScroll = (index) => {
			var _a;
			if (!isSmoothScroll(this.scrollState)) return true;
			const scrollIndex = this.scrollState.index ?? ((_a = this.getVirtualItemForOffset(this.scrollState.lastTargetOffset)) == null ? void 0 : _a.index);
			if (scrollIndex !== void 0 && this.range) {
				const bufferSize = Math.max(this.options.overscan, Math.ceil((this.range.endIndex - this.range.startIndex) / 2));
				const minIndex = Math.max(0, scrollIndex - bufferSize);
				const maxIndex = Math.min(this.options.count - 1, scrollIndex + bufferSize);
				return index >= minIndex && index <= maxIndex;
			}
			return true;
		};
		this.measureElement = (node) => {
			if (!node) {
				this.elementsCache.forEach((cached, key2) => {
					if (!cached.isConnected) {
						this.observer.unobserve(cached);
						this.elementsCache.delete(key2);
					}
				});
				return;
			}
			const index = this.indexFromElement(node);
			if (!this.isIndexInRange(index)) return;
			const key = this.options.getItemKey(index);
			const prevNode = this.elementsCache.get(key);
			if (prevNode !== node) {
				if (prevNode) this.observer.unobserve(prevNode);
				this.observer.observe(node);
				this.elementsCache.set(key, node);
			}
			if (node.isConnected && (!this.isScrolling || this.scrollState) && this.shouldMeasureDuringScroll(index)) this.resizeItem(index, this.options.measureElement(node, void 0, this));
		};
		this.resizeItem = (index, size) => {
			var _a, _b, _c;
			if (!this.isIndexInRange(index)) return;
			if ((_a = this._resizeBatch) == null ? void 0 : _a.sync) this.getMeasurements();
			let cachedSize;
			let itemStart;
			let key;
			const flat = (_b = this._singleLaneMeasurements) == null ? void 0 : _b.flat;
			if (this.options.lanes === 1 && flat != null) {
				key = this.options.getItemKey(index);
				itemStart = flat[index * 2];
				cachedSize = flat[index * 2 + 1];
			} else {
				const item = this.measurementsCache[index];
				if (!item) return;
				key = item.key;
				itemStart = item.start;
				cachedSize = item.size;
			}
			const itemSize = this.itemSizeCache.get(key) ?? cachedSize;
			const delta = size - itemSize;
			if (delta !== 0) {
				const wasAtEnd = this.options.anchorTo === "end" && !isSmoothScroll(this.scrollState) && this.getVirtualDistanceFromEnd() <= this.options.scrollEndThreshold;
				const prevTotalSize = wasAtEnd ? this._getLayoutTotalSize() : 0;
				const scrollOffset = this.getScrollOffset();
				const defaultShouldAdjust = !this.itemSizeCache.has(key) ? itemStart < scrollOffset : itemStart + itemSize <= scrollOffset && this.scrollDirection !== "backward";
				const shouldAdjustScroll = !isSmoothScroll(this.scrollState) && (this.shouldAdjustScrollPositionOnItemSizeChange !== void 0 ? this.shouldAdjustScrollPositionOnItemSizeChange(this.measurementsCache[index] ?? {
					index,
					key,
					start: itemStart,
					size: cachedSize,
					end: itemStart + cachedSize,
					lane: 0
				}, delta, this) : defaultShouldAdjust);
				if (this.pendingMin === null || index < this.pendingMin) this.pendingMin = index;
				this.itemSizeCache.set(key, size);
				this.itemSizeCacheVersion++;
				let adjustedSync = false;
				if (!this._awaitingCommandReadBack()) {
					if (wasAtEnd) adjustedSync = this.applyScrollAdjustment(this._getLayoutTotalSize() - prevTotalSize);
					else if (shouldAdjustScroll) adjustedSync = this.applyScrollAdjustment(delta);
				}
				if (this._resizeBatch) {
					this._resizeBatch.notify = true;
					(_c = this._resizeBatch).sync || (_c.sync = adjustedSync);
					return;
				}
				this.notify(adjustedSync);
				this._noteClampMax();
				this._flushHoldIfReady(true);
				this._retryClampedAdjustment();
			}
		};
		this.getVirtualItems = memo(() => [
			this.getVirtualIndexes(),
			this.getMeasurements(),
			this._holdOffset
		], (indexes, measurements, hold) => {
			const virtualItems = [];
			for (let k = 0, len = indexes.length; k < len; k++) {
				const measurement = measurements[indexes[k]];
				virtualItems.push(hold === 0 ? measurement : {
					...measurement,
					start: measurement.start - hold,
					end: measurement.end - hold
				});
			}
			return virtualItems;
		}, {
			key: false,
			debug: () => this.options.debug
		});
		this.getVirtualItemForOffset = (offset) => {
			var _a;
			const measurements = this.getMeasurements();
			if (measurements.length === 0) return;
			const flat = (_a = this._singleLaneMeasurements) == null ? void 0 : _a.flat;
			const useFlat = this.options.lanes === 1 && flat != null;
			return notUndefined(measurements[findNearestBinarySearch(0, measurements.length - 1, useFlat ? (i) => flat[i * 2] : (i) => notUndefined(measurements[i]).start, offset)]);
		};
		this._noteClampMax = () => {
			if (!this._awaitingCommandReadBack()) return;
			const elementMax = this._elementMaxScrollOffset();
			if (elementMax === null) return;
			const write = this.pendingWrite;
			const max = Math.max(elementMax, 0) + this._holdOffset;
			if (max >= write.target) return;
			const lowMaxes = write.lowMaxes ?? (write.lowMaxes = []);
			if (lowMaxes[lowMaxes.length - 1] !== max) lowMaxes.push(max);
		};
		this.getMaxScrollOffset = () => (this._elementMaxScrollOffset() ?? 0) + this._holdOffset;
		this._toLayoutOffset = (elementOffset) => {
			var _a;
			let offset = elementOffset + this._holdOffset;
			if (((_a = this.pendingScrollAnchor) == null ? void 0 : _a.kind) === "anchor") offset += this.pendingScrollAnchor.delta;
			return offset;
		};
		this._elementMaxScrollOffset = () => {
			const el = this.scrollElement;
			if (el === null) return null;
			if ("scrollHeight" in el) return this.options.horizontal ? el.scrollWidth - el.clientWidth : el.scrollHeight - el.clientHeight;
			if ("document" in el) {
				const doc = el.document.documentElement;
				return this.options.horizontal ? doc.scrollWidth - el.innerWidth : doc.scrollHeight - el.innerHeight;
			}
			return null;
		};
		this._momentumStop = null;
		this._stopMomentum = (done) => {
			const el = this.scrollElement;
			const win = this.targetWindow;
			if (el === null || win === null) return;
			const scroller = "document" in el ? el.document.scrollingElement : el;
			if (!(scroller == null ? void 0 : scroller.style)) return;
			if (this._momentumStop) {
				this._momentumStop.done = done;
				return;
			}
			const { style } = scroller;
			const property = this.options.horizontal ? "overflow-x" : "overflow-y";
			const value = style.getPropertyValue(property);
			const priority = style.getPropertyPriority(property);
			const crossSize = () => this.options.horizontal ? scroller.clientHeight : scroller.clientWidth;
			const crossSizeBefore = crossSize();
			style.setProperty(property, "hidden", "important");
			if (crossSize() !== crossSizeBefore) {
				style.setProperty(property, value, priority);
				return;
			}
			const stop = {
				restore: () => {
					if (style.getPropertyValue(property) !== "hidden" || style.getPropertyPriority(property) !== "important") return false;
					style.setProperty(property, value, priority);
					return true;
				},
				done
			};
			this._momentumStop = stop;
			win.requestAnimationFrame(() => win.requestAnimationFrame(() => {
				if (this._momentumStop !== stop) return;
				this._momentumStop = null;
				if (stop.restore()) stop.done();
			}));
		};
		this._clampedBy = (target) => {
			const elementMax = this._elementMaxScrollOffset();
			if (elementMax === null) return null;
			const maxAtWrite = elementMax + this._holdOffset;
			return target > maxAtWrite + .5 ? {
				target,
				maxAtWrite
			} : null;
		};
		this.getVirtualDistanceFromEnd = () => {
			return Math.max(this._getLayoutTotalSize() + this.options.scrollMargin - this.getSize() - this.getScrollOffset(), 0);
		};
		this.getDistanceFromEnd = () => {
			return Math.max(this.getMaxScrollOffset() - this.getScrollOffset(), 0);
		};
		this.isAtEnd = (threshold = this.options.scrollEndThreshold) => {
			return this.getDistanceFromEnd() <= threshold;
		};
		this.getOffsetForAlignment = (toOffset, align, itemSize = 0) => {
			if (!this.scrollElement) return 0;
			const size = this.getSize();
			const scrollOffset = this.getScrollOffset();
			if (align === "auto") align = toOffset >= scrollOffset + size ? "end" : "start";
			if (align === "center") toOffset += (itemSize - size) / 2;
			else if (align === "end") toOffset -= size;
			const maxOffset = this.getMaxScrollOffset();
			return Math.max(Math.min(maxOffset, toOffset), 0);
		};
		this.getOffsetForIndex = (index, align = "auto") => {
			index = Math.max(0, Math.min(index, this.options.count - 1));
			const size = this.getSize();
			const scrollOffset = this.getScrollOffset();
			const item = this.getMeasurements()[index];
			if (!item) return;
			if (align === "auto") {
				if (item.end >= scrollOffset + size - this.options.scrollPaddingEnd) align = "end";
				else if (item.start <= scrollOffset + this.options.scrollPaddingStart) align = "start";
				else return [scrollOffset, align];
			}
			if (align === "end" && index === this.options.count - 1) {
				const maxOffset = this.getMaxScrollOffset();
				const toOffset2 = maxOffset - this.options.paddingEnd + this.options.scrollPaddingEnd;
				return [Math.max(Math.min(toOffset2, maxOffset), 0), align];
			}
			const toOffset = align === "end" ? item.end + this.options.scrollPaddingEnd : item.start - this.options.scrollPaddingStart;
			return [this.getOffsetForAlignment(toOffset, align, item.size), align];
		};
		this.scrollToOffset = (toOffset, { align = "start", behavior = "auto" } = {}) => {
			this._startScroll({
				index: null,
				align
			}, this.getOffsetForAlignment(toOffset, align), behavior, "absolute");
		};
		this.scrollToIndex = (index, { align: initialAlign = "auto", behavior = "auto" } = {}) => {
			index = Math.max(0, Math.min(index, this.options.count - 1));
			const offsetInfo = this.getOffsetForIndex(index, initialAlign);
			if (!offsetInfo) return;
			const [offset, align] = offsetInfo;
			this._startScroll({
				index,
				align
			}, offset, behavior, "absolute");
		};
		this.scrollBy = (delta, { behavior = "auto" } = {}) => {
			const offset = this.getOffsetForAlignment((this.getCommandWrittenOffset() ?? this.getScrollOffset()) + delta, "start");
			this._startScroll({
				index: null,
				align: "start"
			}, offset, behavior, "relative");
		};
		this.scrollToEnd = ({ behavior = "auto" } = {}) => {
			if (this.options.count > 0) {
				this._startScroll({
					index: this.options.count - 1,
					align: "end",
					toEnd: true
				}, Math.max(this.getMaxScrollOffset(), 0), behavior, "absolute");
				return;
			}
			this.scrollToOffset(Math.max(this.getTotalSize() - this.getSize(), 0), { behavior });
		};
		this.cancelScroll = () => {
			if (this.rafId != null && this.targetWindow) {
				this.targetWindow.cancelAnimationFrame(this.rafId);
				this.rafId = null;
			}
			this.scrollState = null;
		};
		this.getTotalSize = () => Math.max(this._getLayoutTotalSize() - this._holdOffset, 0);
		this._getLayoutTotalSize = () => {
			var _a, _b;
			const measurements = this.getMeasurements();
			let end;
			if (measurements.length === 0) end = this.options.paddingStart;
			else if (this.options.lanes === 1) {
				const lastIdx = measurements.length - 1;
				const flat = (_a = this._singleLaneMeasurements) == null ? void 0 : _a.flat;
				if (flat != null) end = flat[lastIdx * 2] + flat[lastIdx * 2 + 1];
				else end = ((_b = measurements[lastIdx]) == null ? void 0 : _b.end) ?? 0;
			} else {
				const endByLane = Array(this.options.lanes).fill(null);
				let endIndex = measurements.length - 1;
				while (endIndex >= 0 && endByLane.some((val) => val === null)) {
					const item = measurements[endIndex];
					if (endByLane[item.lane] === null) endByLane[item.lane] = item.end;
					endIndex--;
				}
				end = Math.max(...endByLane.filter((val) => val !== null));
			}
			return Math.max(end - this.options.scrollMargin + this.options.paddingEnd, 0);
		};
		this.takeSnapshot = () => {
			const snapshot = [];
			if (this.itemSizeCache.size === 0) return snapshot;
			const m = this.getMeasurements();
			for (const item of m) if (item && this.itemSizeCache.has(item.key)) snapshot.push({
				index: item.index,
				key: item.key,
				start: item.start,
				size: item.size,
				end: item.end,
				lane: item.lane
			});
			return snapshot;
		};
		this._scrollToOffset = (offset, { adjustments, behavior } = {}) => {
			const write = {
				target: offset + (adjustments ?? 0),
				smooth: behavior === "smooth"
			};
			this.pendingWrite = write;
			this.options.scrollToFn(offset - this._holdOffset, {
				behavior,
				adjustments
			}, this);
			return write;
		};
		this.getCommandWrittenOffset = () => this.scrollState !== null && this.pendingWrite !== null && !this.pendingWrite.smooth ? this.pendingWrite.target : null;
		this._awaitingCommandReadBack = () => {
			const writtenOffset = this.getCommandWrittenOffset();
			return !(isIOSWebKit() && this._iosGesture.dragging()) && writtenOffset !== null && !approxEqual(writtenOffset, this.getScrollOffset());
		};
		this._followOffsetTarget = (delta) => {
			if (this.scrollState !== null && this.scrollState.index == null) this.scrollState.lastTargetOffset += delta;
		};
		this.measure = () => {
			this.pendingMin = null;
			this.itemSizeCache.clear();
			this.laneAssignments.clear();
			this.itemSizeCacheVersion++;
			this.notify(false);
		};
		this.setOptions(opts);
	}
	/**
	* @deprecated Always 0: a scroll correction is folded into `scrollOffset`
	* at once, so there is never an outstanding adjustment to add to it. Read
	* `scrollOffset` alone.
	*/
	get scrollAdjustments() {
		return 0;
	}
	applyScrollAdjustment(delta, behavior) {
		if (delta === 0) return false;
		this._followOffsetTarget(delta);
		if (!this._canWriteScroll()) {
			this._holdOffset += delta;
			if (this.scrollOffset !== null) this.scrollOffset += delta;
			return true;
		} else {
			const offset = this.getScrollOffset();
			this._clampedAdjustment = this._clampedBy(offset + delta);
			const write = this._scrollToOffset(offset, {
				adjustments: delta,
				behavior
			});
			if (this.scrollOffset !== null) {
				if (this.pendingWrite === write) this.scrollOffset += delta;
				if (this.scrollOffset < 0) this.scrollOffset = 0;
			}
			return true;
		}
	}
	scheduleScrollReconcile() {
		if (!this.targetWindow) {
			this.scrollState = null;
			return;
		}
		if (this.rafId != null) return;
		this.rafId = this.targetWindow.requestAnimationFrame(() => {
			this.rafId = null;
			this.reconcileScroll();
		});
	}
	getScrollStateTarget(state) {
		const offsetInfo = state.toEnd ? [Math.max(this.getMaxScrollOffset(), 0)] : state.index != null ? this.getOffsetForIndex(state.index, state.align) : void 0;
		return offsetInfo ? offsetInfo[0] : state.lastTargetOffset;
	}
	reconcileScroll() {
		if (!this.scrollState) return;
		if (!this.scrollElement) return;
		if (this.now() - this.scrollState.startedAt > 5e3) {
			this.scrollState = null;
			return;
		}
		if (this.scrollState.phase === "queued") {
			this.scheduleScrollReconcile();
			return;
		}
		this.getMeasurements();
		const targetOffset = this.getScrollStateTarget(this.scrollState);
		const STABLE_FRAMES = this.scrollState.index == null ? 1 : this.options.useAnimationFrameWithResizeObserver ? 3 : 2;
		const targetChanged = targetOffset !== this.scrollState.lastTargetOffset;
		if (!targetChanged && approxEqual(targetOffset, this.getScrollOffset())) {
			if (this.scrollState.phase === "smooth") this.scrollState.phase = "smoothLanded";
			else if (this.scrollState.phase === "smoothFinishing") this.scrollState.phase = "instant";
			this.scrollState.stableFrames++;
			if (this.scrollState.stableFrames >= STABLE_FRAMES) {
				if (this.getScrollOffset() !== targetOffset) this._scrollToOffset(targetOffset, { behavior: "auto" });
				this.scrollState = null;
				return;
			}
		} else {
			this.scrollState.stableFrames = 0;
			if (targetChanged) {
				const viewport = this.getSize() || 600;
				const distance = Math.abs(targetOffset - this.getScrollOffset());
				const keepSmooth = isSmoothScroll(this.scrollState) && distance > viewport;
				this.scrollState.lastTargetOffset = targetOffset;
				if (keepSmooth) this.scrollState.phase = "smooth";
				else if (this.scrollState.phase === "smooth") this.scrollState.phase = "smoothFinishing";
				else if (this.scrollState.phase === "smoothLanded") this.scrollState.phase = "instant";
				this._scrollToOffset(targetOffset, { behavior: keepSmooth ? "smooth" : "auto" });
			}
		}
		this.scheduleScrollReconcile();
	}
	_startScroll(target, offset, behavior, kind) {
		this.pendingScrollAnchor = null;
		this._clampedAdjustment = null;
		const tail = this._iosGesture.tail();
		if (kind === "absolute" && tail !== null) {
			if (tail === "fling" && momentumOverridesWrites()) {
				this._stopMomentum(() => {
					const state = this.scrollState;
					if ((state == null ? void 0 : state.phase) !== "queued" || this._iosGesture.tail() !== "fling" || this._reportedOverscroll) return;
					this._iosGesture.end();
					this._flushHoldIfReady(true);
					this._writeAwaitingCommand();
				});
				this.scrollState = {
					...target,
					startedAt: this.now(),
					lastTargetOffset: offset,
					stableFrames: 0,
					phase: "queued",
					behavior,
					samples: []
				};
				this.scheduleScrollReconcile();
				return;
			}
			this._iosGesture.end();
		}
		this.scrollState = {
			...target,
			startedAt: this.now(),
			lastTargetOffset: offset,
			stableFrames: 0,
			behavior,
			phase: initialScrollPhase(behavior, target.index != null && approxEqual(offset, this.getScrollOffset()))
		};
		this._scrollToOffset(offset, { behavior });
		this.scheduleScrollReconcile();
	}
};
var findNearestBinarySearch = (low, high, getCurrentValue, value) => {
	while (low <= high) {
		const middle = (low + high) / 2 | 0;
		const currentValue = getCurrentValue(middle);
		if (currentValue < value) low = middle + 1;
		else if (currentValue > value) high = middle - 1;
		else return middle;
	}
	if (low > 0) return low - 1;
	else return 0;
};
function findNearestBinarySearchFlat(flat, high, value) {
	let low = 0;
	while (low <= high) {
		const middle = (low + high) / 2 | 0;
		const currentValue = flat[middle * 2];
		if (currentValue < value) low = middle + 1;
		else if (currentValue > value) high = middle - 1;
		else return middle;
	}
	return low > 0 ? low - 1 : 0;
}
function calculateRangeImpl(measurements, outerSize, scrollOffset, lanes, flat) {
	const lastIndex = measurements.length - 1;
	if (measurements.length <= lanes) return {
		startIndex: 0,
		endIndex: lastIndex
	};
	if (lanes === 1 && flat !== null) {
		const startIndex2 = findNearestBinarySearchFlat(flat, lastIndex, scrollOffset);
		let endIndex2 = startIndex2;
		const limit = scrollOffset + outerSize;
		while (endIndex2 < lastIndex && flat[endIndex2 * 2] + flat[endIndex2 * 2 + 1] < limit) endIndex2++;
		return {
			startIndex: startIndex2,
			endIndex: endIndex2
		};
	}
	const getStart = (index) => measurements[index].start;
	let startIndex = findNearestBinarySearch(0, lastIndex, getStart, scrollOffset);
	let endIndex = startIndex;
	if (lanes === 1) while (endIndex < lastIndex && measurements[endIndex].end < scrollOffset + outerSize) endIndex++;
	else if (lanes > 1) {
		const endPerLane = Array(lanes).fill(0);
		while (endIndex < lastIndex && endPerLane.some((pos) => pos < scrollOffset + outerSize)) {
			const item = measurements[endIndex];
			endPerLane[item.lane] = item.end;
			endIndex++;
		}
		const startPerLane = Array(lanes).fill(scrollOffset + outerSize);
		while (startIndex >= 0 && startPerLane.some((pos) => pos >= scrollOffset)) {
			const item = measurements[startIndex];
			startPerLane[item.lane] = item.start;
			startIndex--;
		}
		startIndex = Math.max(0, startIndex - startIndex % lanes);
		endIndex = Math.min(lastIndex, endIndex + (lanes - 1 - endIndex % lanes));
	}
	return {
		startIndex,
		endIndex
	};
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
// components/PaperRow.tsx
var MAX_AUTHORS_SHOWN = 3;
function formatAuthors(authors) {
	if (authors.length <= MAX_AUTHORS_SHOWN) return authors.join(", ");
	return `${authors.slice(0, MAX_AUTHORS_SHOWN).join(", ")} et al.`;
}
var dateFormat = new Intl.DateTimeFormat(void 0, { dateStyle: "medium" });
function rowElementId(paperId) {
	return `paper-${paperId.replace(/[^\w-]/g, "_")}`;
}
/** One paper of the reading list; every page-derived string is rendered as text. */
function PaperRow(props) {
	const { paper, actions, active, selected } = props;
	const tabIndex = active ? 0 : -1;
	const onRowClick = (event) => {
		if (event.target.closest("a, button, input, select")) return;
		actions.onActivate(paper);
	};
	return /* @__PURE__ */ a("li", {
		class: `paper${active ? " is-active" : ""}${selected ? " is-selected" : ""}`,
		id: rowElementId(paper.id),
		"data-paper-id": paper.id,
		tabIndex,
		"aria-posinset": props.position,
		"aria-setsize": props.setSize,
		style: {
			transform: `translateY(${props.top}px)`,
			height: `100px`
		},
		onClick: onRowClick,
		children: [
			/* @__PURE__ */ a("input", {
				type: "checkbox",
				class: "paper-select",
				tabIndex,
				checked: selected,
				"aria-label": `Select "${paper.title}"`,
				onClick: (event) => actions.onToggleSelect(paper, event.shiftKey)
			}),
			/* @__PURE__ */ a("div", {
				class: "paper-main",
				children: [
					/* @__PURE__ */ a("a", {
						class: "paper-title",
						href: paper.url,
						target: "_blank",
						rel: "noopener noreferrer",
						tabIndex,
						title: paper.title,
						children: paper.title
					}),
					/* @__PURE__ */ a("div", {
						class: "paper-authors",
						children: formatAuthors(paper.authors)
					}),
					/* @__PURE__ */ a("div", {
						class: "paper-meta",
						children: [
							/* @__PURE__ */ a("select", {
								class: `paper-status status-${paper.status}`,
								tabIndex,
								"aria-label": `Status of "${paper.title}"`,
								"aria-keyshortcuts": "1 2 3",
								value: paper.status,
								onChange: (event) => actions.onSetStatus(paper, event.target.value),
								children: PAPER_STATUSES.map((status) => /* @__PURE__ */ a("option", {
									value: status,
									children: STATUS_LABELS$1[status]
								}, status))
							}),
							paper.note && /* @__PURE__ */ a("span", {
								class: "paper-note",
								title: paper.note,
								children: [/* @__PURE__ */ a("span", {
									"aria-hidden": "true",
									children: "✎ "
								}), paper.note]
							}),
							/* @__PURE__ */ a("span", {
								class: "paper-site",
								children: SITE_NAMES[paper.site]
							}),
							/* @__PURE__ */ a("span", {
								"aria-hidden": "true",
								children: "·"
							}),
							/* @__PURE__ */ a("time", {
								dateTime: new Date(paper.savedAt).toISOString(),
								children: ["saved ", dateFormat.format(paper.savedAt)]
							}),
							paper.tags.map((tag) => /* @__PURE__ */ a(TagChip, {
								name: tag,
								color: props.tagColors.get(tag)
							}, tag))
						]
					})
				]
			}),
			/* @__PURE__ */ a("div", {
				class: "paper-actions",
				children: [/* @__PURE__ */ a("button", {
					type: "button",
					class: "icon-button",
					tabIndex,
					"aria-label": `Edit the note on "${paper.title}"`,
					"aria-keyshortcuts": "n",
					title: "Note (n)",
					onClick: () => actions.onEditNote(paper),
					children: "✎"
				}), /* @__PURE__ */ a("button", {
					type: "button",
					class: "icon-button paper-remove",
					tabIndex,
					"aria-label": `Remove "${paper.title}" from the shelf`,
					"aria-keyshortcuts": "Delete",
					title: "Remove from the shelf (Delete)",
					onClick: () => actions.onRemove(paper),
					children: "×"
				})]
			})
		]
	});
}
// components/use-virtualizer.ts
/**
* Preact binding for @tanstack/virtual-core (its React adapter, @tanstack/react-virtual, needs
* React): one Virtualizer per component, re-rendering the component when the visible range moves.
*/
function useVirtualizer(options) {
	const [, rerender] = _((tick) => tick + 1, 0);
	const resolved = {
		observeElementRect,
		observeElementOffset,
		scrollToFn: elementScroll,
		...options,
		onChange: () => rerender(void 0)
	};
	const [virtualizer] = d(() => new Virtualizer(resolved));
	virtualizer.setOptions(resolved);
	F(() => virtualizer._didMount(), []);
	F(() => virtualizer._willUpdate());
	return virtualizer;
}
// components/ReadingList.tsx
/**
* The reading list: a virtualized list (only the rows in view, plus a few, are in the DOM, so
* 10,000 papers scroll like 20) driven by the keyboard.
*
* Keys act on the active row, which holds the focus (roving tabindex: it is the one row in the
* Tab order). The active row is always rendered, even scrolled out of view, so focus is never
* lost to a recycled row. Moving is handled here (it needs the viewport); every other command
* goes up to the owner of the data.
*/
/** Rows rendered beyond the viewport on each side: enough for a key press or a wheel notch. */
var OVERSCAN = 3;
/**
* Up to this many papers every row is rendered: cheap at that size, and the browser's find in
* page (and anything else that reads the page) sees the whole list, as DESIGN.md's contract says.
*/
var RENDER_ALL_UP_TO = 60;
function ReadingList(props) {
	const { papers, activeId, selected } = props;
	const scrollRef = T(null);
	const listRef = T(null);
	const pendingFocus = T(false);
	const lastFocusRequest = T(props.focusRequest);
	const lastActiveIndex = T(0);
	const activeIndex = activeId === void 0 ? 0 : papers.findIndex((p) => p.id === activeId);
	const focusIndex = activeIndex === -1 ? Math.max(0, Math.min(lastActiveIndex.current, papers.length - 1)) : activeIndex;
	lastActiveIndex.current = focusIndex;
	const virtualizer = useVirtualizer({
		count: papers.length,
		getScrollElement: () => scrollRef.current,
		estimateSize: () => 100,
		getItemKey: (index) => papers[index]?.id ?? index,
		overscan: props.complete && papers.length <= RENDER_ALL_UP_TO ? papers.length : OVERSCAN,
		initialRect: {
			width: 0,
			height: 480
		},
		rangeExtractor: (range) => {
			const indexes = defaultRangeExtractor(range);
			if (focusIndex < papers.length && !indexes.includes(focusIndex)) {
				indexes.push(focusIndex);
				indexes.sort((a, b) => a - b);
			}
			return indexes;
		}
	});
	A(() => {
		if (scrollRef.current?.scrollTop) virtualizer.scrollToOffset(0);
	}, [props.viewKey]);
	if (props.focusRequest !== lastFocusRequest.current) {
		lastFocusRequest.current = props.focusRequest;
		pendingFocus.current = true;
	}
	F(() => {
		if (!pendingFocus.current) return;
		const paper = papers[focusIndex];
		const row = paper && listRef.current?.querySelector(`#${rowElementId(paper.id)}`);
		if (!row) return;
		pendingFocus.current = false;
		if (document.activeElement !== row) row.focus({ preventScroll: true });
	});
	const moveTo = (index) => {
		const paper = papers[Math.max(0, Math.min(index, papers.length - 1))];
		if (!paper) return;
		virtualizer.scrollToIndex(papers.indexOf(paper), { align: "auto" });
		pendingFocus.current = true;
		props.onActivate(paper, true);
	};
	const onKeyDown = (event) => {
		const row = event.target;
		if (!row.matches("li.paper")) return;
		const command = listCommandFor(event);
		if (!command) return;
		event.preventDefault();
		const index = papers.findIndex((p) => p.id === row.dataset.paperId);
		if (index === -1) return;
		const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / 100));
		if (command.type === "move") {
			const steps = {
				next: index + 1,
				previous: index - 1,
				first: 0,
				last: papers.length - 1,
				"page-down": index + pageRows,
				"page-up": index - pageRows
			};
			moveTo(steps[command.to]);
			return;
		}
		const paper = papers[index];
		if (index !== focusIndex) props.onActivate(paper, false);
		if (command.type === "extend") {
			const targetIndex = index + (command.to === "next" ? 1 : -1);
			const target = papers[targetIndex];
			if (!target) return;
			props.onExtendSelection(paper, target);
			moveTo(targetIndex);
			return;
		}
		props.onCommand(command, paper);
	};
	const onFocus = (event) => {
		const row = event.target.closest("li.paper");
		const paper = row && papers.find((p) => p.id === row.dataset.paperId);
		if (paper && paper.id !== activeId) props.onActivate(paper, false);
	};
	return /* @__PURE__ */ a("div", {
		class: "papers",
		ref: scrollRef,
		children: /* @__PURE__ */ a("ul", {
			ref: listRef,
			"aria-label": "Saved papers",
			style: { height: `${virtualizer.getTotalSize()}px` },
			onKeyDown,
			onFocusIn: onFocus,
			children: virtualizer.getVirtualItems().map((item) => {
				const paper = papers[item.index];
				if (!paper) return null;
				return /* @__PURE__ */ a(PaperRow, {
					paper,
					tagColors: props.tagColors,
					actions: props.rowActions,
					active: item.index === focusIndex,
					selected: selected.has(paper.id),
					position: item.index + 1,
					setSize: papers.length,
					top: item.start
				}, paper.id);
			})
		})
	});
}
// components/ShelfToolbar.tsx
var count = (n) => ` (${formatNumber(n ?? 0)})`;
function ShelfToolbar(props) {
	const { filters, counts } = props;
	const tags = [...counts.byTag.keys()].sort((a, b) => a.localeCompare(b));
	const sites = SITE_IDS.filter((site) => counts.bySite.has(site));
	const set = (change) => props.onFilters({
		...filters,
		...change
	});
	return /* @__PURE__ */ a("div", {
		class: "toolbar",
		children: [/* @__PURE__ */ a("input", {
			ref: props.searchRef,
			type: "search",
			class: "search",
			"aria-label": "Search papers",
			"aria-keyshortcuts": "/",
			placeholder: "Search titles, authors, abstracts, tags, notes  ( / )",
			value: props.query,
			onInput: (event) => props.onQuery(event.target.value),
			onKeyDown: (event) => {
				if (event.key === "ArrowDown" || event.key === "Enter") {
					event.preventDefault();
					props.onLeaveSearch();
				} else if (event.key === "Escape" && props.query) {
					event.preventDefault();
					props.onQuery("");
				}
			}
		}), /* @__PURE__ */ a("div", {
			class: "filters",
			children: [
				/* @__PURE__ */ a(Choice, {
					label: "Filter by status",
					value: filters.status,
					any: "All statuses",
					options: PAPER_STATUSES.map((status) => [status, `${STATUS_LABELS$1[status]}${count(counts.byStatus.get(status))}`]),
					onChange: (status) => set({ status })
				}),
				/* @__PURE__ */ a(Choice, {
					label: "Filter by tag",
					value: filters.tag,
					any: "All tags",
					options: tags.map((tag) => [tag, `${tag}${count(counts.byTag.get(tag))}`]),
					onChange: (tag) => set({ tag })
				}),
				/* @__PURE__ */ a(Choice, {
					label: "Filter by site",
					value: filters.site,
					any: "All sites",
					options: sites.map((site) => [site, `${SITE_NAMES[site]}${count(counts.bySite.get(site))}`]),
					onChange: (site) => set({ site })
				}),
				/* @__PURE__ */ a(Choice, {
					label: "Filter by date saved",
					value: filters.savedWithin,
					options: Object.entries(SAVED_WITHIN).map(([value, { label }]) => [value, label]),
					onChange: (savedWithin) => set({ savedWithin: savedWithin ?? "any" })
				}),
				/* @__PURE__ */ a(Choice, {
					label: "Sort by",
					value: props.sort,
					options: Object.entries(SHELF_SORTS),
					onChange: (sort) => props.onSort(sort ?? "relevance")
				})
			]
		})]
	});
}
// lib/shelf/mirror.ts
/**
* The shelf in a page's memory, kept current by reading only what changed.
*
* A liveQuery over the whole table would read all of it again after every change: at 10,000
* papers that is ~15 MB to read and deserialize, most of a second on a busy machine, for each
* status key pressed. Instead, after the first full read, a change costs the list of ids (to see
* papers come and go) and the papers whose `updatedAt` is at least the newest seen so far.
* And the page's own writes do not wait even for that: their results are absorbed at once.
*
* Contract this relies on: every write that changes a paper sets its `updatedAt` to the time of
* the write (all of lib/db does). A paper that comes back with an older `updatedAt` (undo) is
* new to the mirror, so it is read in full anyway. The one write that keeps old timestamps on
* papers the shelf already has, replacing the shelf with a backup, is followed by `invalidate`
* and a full read in the page that made it.
*/
var byNewestSaved = (a, b) => b.savedAt - a.savedAt;
/** Two writes can fall in the same millisecond: an equal `updatedAt` is not enough to skip one. */
function sameRecord(a, b) {
	return a.updatedAt === b.updatedAt && JSON.stringify(a) === JSON.stringify(b);
}
var ShelfMirror = class {
	byId = /* @__PURE__ */ new Map();
	newestUpdate = Number.NEGATIVE_INFINITY;
	loaded = false;
	/** Newest saved first; a new array after every change. */
	papers = [];
	/** The next read reads everything again. */
	invalidate() {
		this.loaded = false;
	}
	/** Reads what changed since the reads applied so far: everything, the first time. */
	read = () => db.transaction("r", db.papers, async () => {
		if (!this.loaded) return { records: await listPapersInPages() };
		const ids = await db.papers.toCollection().primaryKeys();
		const updated = await db.papers.where("updatedAt").aboveOrEqual(this.newestUpdate).toArray();
		const have = new Set(updated.map((paper) => paper.id));
		const unknown = ids.filter((id) => !this.byId.has(id) && !have.has(id));
		const added = unknown.length > 0 ? await db.papers.bulkGet(unknown) : [];
		return {
			ids,
			records: [...updated, ...added.filter((paper) => paper !== void 0)]
		};
	});
	/** Applies a read; true when the shelf changed (and `papers` is a new array). */
	apply({ ids, records }) {
		const full = ids === void 0;
		const present = new Set(ids ?? records.map((paper) => paper.id));
		const gone = [...this.byId.keys()].filter((id) => !present.has(id));
		const wasLoaded = this.loaded;
		this.loaded = true;
		return this.update(records, gone, full) || !wasLoaded;
	}
	/** What this page just wrote (the records lib/db returned): shown without reading them back. */
	absorb(written, removedIds = []) {
		return this.loaded && this.update(written, removedIds, false);
	}
	update(records, removedIds, full) {
		let changed = false;
		let reorder = false;
		for (const id of removedIds) if (this.byId.delete(id)) changed = reorder = true;
		for (const paper of records) {
			const known = this.byId.get(paper.id);
			this.newestUpdate = Math.max(this.newestUpdate, paper.updatedAt);
			if (known && (!full && known.updatedAt > paper.updatedAt || sameRecord(known, paper))) continue;
			this.byId.set(paper.id, paper);
			changed = true;
			if (known?.savedAt !== paper.savedAt) reorder = true;
		}
		if (reorder) this.papers = [...this.byId.values()].sort(byNewestSaved);
		else if (changed) this.papers = this.papers.map((paper) => this.byId.get(paper.id) ?? paper);
		return changed;
	}
};
// lib/shelf/search-query.ts
var FIELDS = [
	"title",
	"authors",
	"abstract",
	"tags",
	"note"
];
var SHORT_FIELDS = [
	"title",
	"authors",
	"tags",
	"note"
];
/** A title hit says more than an abstract hit; a tag or note is the user's own word for it. */
var BOOST = {
	title: 3,
	authors: 2,
	tags: 2,
	note: 2
};
/** The word being typed matches as a prefix from this length, within SHORT_FIELDS... */
var SHORT_PREFIX_LENGTH = 3;
/** ...and in every field from this length. */
var FULL_PREFIX_LENGTH = 4;
/** From this length a term also matches with one typo (MiniSearch: fuzzy 0.2 × length). */
var FUZZY_LENGTH = 5;
/**
* English function words: in nearly every abstract, so they rank nothing and only cost time and
* memory. Kept short on purpose: "learning" or "model" are words someone may search for.
*/
var STOP_WORDS = new Set("a an and are as at be by for from has have in into is it its of on or our than that the their this to was we were which with".split(" "));
/** Lower case, and accents folded so that "schrodinger" finds "Schrödinger". */
function normalizeTerm(term) {
	const lower = term.toLowerCase();
	if (STOP_WORDS.has(lower)) return null;
	return /[^\u0000-\u007f]/.test(lower) ? lower.normalize("NFD").replace(/\p{Diacritic}/gu, "") : lower;
}
/** The same word splitting as MiniSearch's default tokenizer, so queries split like documents. */
var WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
function queryTerms(query) {
	return query.split(WORD_SEPARATOR).map((term) => term ? normalizeTerm(term) : null).filter((term) => !!term);
}
/** The MiniSearch query for what the user typed; undefined when it has no searchable term. */
function buildQuery(query) {
	const terms = queryTerms(query);
	const typing = /[\p{Z}\p{P}]$/u.test(query) ? void 0 : terms.pop();
	const queries = terms.map((term) => ({
		queries: [term],
		prefix: term.length >= FULL_PREFIX_LENGTH,
		fuzzy: term.length >= FUZZY_LENGTH ? .2 : false
	}));
	if (typing === void 0 || typing.length < (terms.length > 0 ? 3 : 2)) {} else if (typing.length >= FULL_PREFIX_LENGTH) queries.push({
		queries: [typing],
		prefix: true,
		fuzzy: typing.length >= FUZZY_LENGTH ? .2 : false
	});
	else if (typing.length >= SHORT_PREFIX_LENGTH) queries.push({
		combineWith: "OR",
		queries: [{ queries: [typing] }, {
			queries: [typing],
			prefix: true,
			fields: SHORT_FIELDS
		}]
	});
	else queries.push({ queries: [typing] });
	return queries.length > 0 ? {
		combineWith: "AND",
		queries
	} : void 0;
}
// components/use-shelf.ts
/**
* The reading list's data in an extension page: the papers (newest first) and tags, live, and a
* search index kept in step with them.
*
* First paint is what the user waits for, so it does not wait for the whole shelf: the newest
* page of papers is read on its own and shown at once, the full list (10,000 papers are ~15 MB to
* read and deserialize) replaces it when it arrives, and the index builds after that, in slices.
* Later changes, from this page or any other, are read alone (ShelfMirror).
*/
/** Enough rows to fill the options page; a handful of milliseconds to read. */
var FIRST_PAGE_SIZE = 20;
/** How often indexing progress re-renders the list (each render re-runs an active search). */
var PROGRESS_INTERVAL_MS = 250;
function useShelfData() {
	const [firstPage, setFirstPage] = d();
	const [readAll, setReadAll] = d(false);
	F(() => {
		let live = true;
		listPapers({ limit: FIRST_PAGE_SIZE }).then((papers) => {
			if (!live) return;
			setFirstPage(papers);
			afterNextPaint(() => live && setReadAll(true));
		}).catch((error) => console.error("Paper Shelf: reading the shelf failed", error));
		return () => {
			live = false;
		};
	}, []);
	const { papers: all, absorb, reload } = useMirroredShelf(readAll);
	const tags = useLiveQuery(listTags, []);
	return {
		papers: all ?? firstPage,
		complete: all !== void 0,
		tags,
		absorb,
		reload
	};
}
/** The whole shelf once `enabled`, following every change (lib/shelf/mirror.ts). */
function useMirroredShelf(enabled) {
	const [papers, setPapers] = d();
	const mirror = w(() => new ShelfMirror(), []);
	A(() => {
		if (!enabled) return;
		const subscription = liveQuery(mirror.read).subscribe({
			next: (read) => {
				if (mirror.apply(read)) setPapers(mirror.papers);
			},
			error: (error) => console.error("Paper Shelf: reading the shelf failed", error)
		});
		return () => subscription.unsubscribe();
	}, [mirror, enabled]);
	return {
		papers,
		absorb: b((written, removedIds = []) => {
			if (mirror.absorb(written, removedIds)) setPapers(mirror.papers);
		}, [mirror]),
		reload: b(() => {
			mirror.invalidate();
			mirror.read().then((read) => {
				if (mirror.apply(read)) setPapers(mirror.papers);
			}).catch((error) => console.error("Paper Shelf: reading the shelf failed", error));
		}, [mirror])
	};
}
function afterNextPaint(callback) {
	requestAnimationFrame(() => setTimeout(callback, 0));
}
/** A module loaded after the page's first paint: code that paint does not need. */
function useModuleAfterPaint(load) {
	const [loaded, setLoaded] = d();
	A(() => {
		let live = true;
		afterNextPaint(() => {
			load().then((module) => live && setLoaded(module)).catch((error) => console.error("Paper Shelf: loading part of the page failed", error));
		});
		return () => {
			live = false;
		};
	}, []);
	return loaded;
}
function useShelfSearch(papers, complete, query) {
	const [progress, setProgress] = d({
		indexed: 0,
		total: 0
	});
	const [index, setIndex] = d();
	A(() => {
		if (!complete || index) return;
		let live = true;
		__vitePreload(async () => {
			const { PaperSearchIndex } = await import("./search-index-5henqKTT.js");
			return { PaperSearchIndex };
		}, []).then(({ PaperSearchIndex }) => {
			let lastReport = 0;
			const onProgress = (next) => {
				const now = performance.now();
				if (next.indexed === next.total || now - lastReport > PROGRESS_INTERVAL_MS) {
					lastReport = now;
					setProgress(next);
				}
			};
			if (live) setIndex(new PaperSearchIndex({ onProgress }));
		}).catch((error) => console.error("Paper Shelf: loading search failed", error));
		return () => {
			live = false;
		};
	}, [complete, index]);
	A(() => () => index?.cancel(), [index]);
	A(() => {
		if (!index || !papers || !complete) return;
		let cancelled = false;
		afterNextPaint(() => {
			if (!cancelled) index.sync(papers);
		});
		return () => {
			cancelled = true;
		};
	}, [
		index,
		papers,
		complete
	]);
	return {
		matches: w(() => index ? index.search(query) : buildQuery(query) ? NOTHING_INDEXED : void 0, [
			index,
			query,
			progress
		]),
		progress
	};
}
var NOTHING_INDEXED = /* @__PURE__ */ new Map();
// components/ShelfView.tsx
/**
* The reading list as the popup and the options page show it: search, filters, the virtualized
* list, bulk actions on a selection, notes, and undo for removals. Both pages render this one
* component (`layout` only changes its size).
*
* Export and import sit next to the count: export offers the selection, the current search and
* filters, and the whole shelf.
*/
function ShelfView({ layout }) {
	const { papers, complete, tags, absorb, reload } = useShelfData();
	const transfer = useModuleAfterPaint(() => __vitePreload(() => import("./TransferTools-COReWZLb.js"), __vite__mapDeps([3,2,1,0])));
	const [query, setQuery] = d("");
	const [filters, setFilters] = d(NO_FILTERS);
	const [sort, setSort] = d("relevance");
	const [activeId, setActiveId] = d();
	const [selected, setSelected] = d(/* @__PURE__ */ new Set());
	const [focusRequest, setFocusRequest] = d(0);
	const [undo, setUndo] = d();
	const [notice, setNotice] = d("");
	const [notePaper, setNotePaper] = d();
	const [helpOpen, setHelpOpen] = d(false);
	const searchRef = T(null);
	const tagInputRef = T(null);
	const [tagFocusRequest, setTagFocusRequest] = d(0);
	const { matches, progress } = useShelfSearch(papers, complete, query);
	const orders = w(() => new ShelfOrders(papers ?? []), [papers]);
	const counts = w(() => countShelf(papers ?? []), [papers]);
	const shown = w(() => applyShelfQuery(orders, {
		filters,
		sort,
		matches,
		now: Date.now()
	}), [
		orders,
		filters,
		sort,
		matches
	]);
	const byId = w(() => new Map((papers ?? []).map((paper) => [paper.id, paper])), [papers]);
	const selectedPapers = w(() => [...selected].flatMap((id) => byId.get(id) ?? []), [selected, byId]);
	const tagColors = w(() => new Map((tags ?? []).flatMap((tag) => tag.color ? [[tag.name, tag.color]] : [])), [tags]);
	const tagNames = w(() => (tags ?? []).map((tag) => tag.name), [tags]);
	A(() => {
		if (tagFocusRequest) tagInputRef.current?.focus();
	}, [tagFocusRequest]);
	/** Runs a write; a failure is said in the status line, never lost in the console. */
	const run = (work, failure) => {
		setNotice("");
		work.catch((error) => {
			console.error(`Paper Shelf: ${failure}`, error);
			setNotice(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
		});
	};
	/** A command acts on the selection when there is one, else on the active paper. */
	const targetsOf = (paper) => selected.size > 0 ? selectedPapers.map((p) => p.id) : [paper.id];
	const setStatus$1 = (ids, status) => {
		run(setStatus(ids, status).then(absorb), "Could not change the status");
	};
	const remove$1 = (ids) => {
		run(remove(ids).then((removed) => {
			absorb([], removed.map((paper) => paper.id));
			if (removed.length === 0) return;
			setUndo({
				message: `Removed ${countOf(removed.length, "paper")}.`,
				papers: removed
			});
			setSelected(/* @__PURE__ */ new Set());
			setFocusRequest((n) => n + 1);
		}), "Could not remove");
	};
	const undoRemoval = () => {
		if (!undo) return;
		setUndo(void 0);
		run(restore(undo.papers).then((restored) => {
			absorb(restored);
			setNotice(`Restored ${countOf(restored.length, "paper")}.`);
			const first = restored[0];
			if (first) setActiveId(first.id);
			setFocusRequest((n) => n + 1);
		}), "Could not restore");
	};
	const toggleSelected = (ids, on) => {
		setSelected((current) => {
			const next = new Set(current);
			for (const id of ids) if (on ?? !next.has(id)) next.add(id);
			else next.delete(id);
			return next;
		});
	};
	const rowActions = {
		onToggleSelect(paper, range) {
			const anchor = activeId === void 0 ? -1 : shown.findIndex((p) => p.id === activeId);
			const index = shown.indexOf(paper);
			if (range && anchor !== -1 && index !== -1) {
				const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
				toggleSelected(shown.slice(from, to + 1).map((p) => p.id), true);
			} else toggleSelected([paper.id]);
			setActiveId(paper.id);
		},
		onSetStatus: (paper, status) => setStatus$1([paper.id], status),
		onEditNote: (paper) => setNotePaper(paper),
		onRemove: (paper) => remove$1([paper.id]),
		onActivate(paper) {
			setActiveId(paper.id);
			setFocusRequest((n) => n + 1);
		}
	};
	const onCommand = (command, paper) => {
		switch (command.type) {
			case "open":
				run(browser.tabs.create({ url: paper.url }), "Could not open the paper");
				break;
			case "toggle-selection":
				toggleSelected([paper.id]);
				break;
			case "select-all":
				setSelected(new Set(shown.map((p) => p.id)));
				break;
			case "set-status":
				setStatus$1(targetsOf(paper), command.status);
				break;
			case "delete":
				remove$1(targetsOf(paper));
				break;
			case "edit-note":
				setNotePaper(paper);
				break;
			case "tag":
				if (selected.size === 0) setSelected(/* @__PURE__ */ new Set([paper.id]));
				setTagFocusRequest((n) => n + 1);
				break;
			case "escape": if (selected.size > 0) setSelected(/* @__PURE__ */ new Set());
			else searchRef.current?.focus();
		}
	};
	A(() => {
		const onKeyDown = (event) => {
			if (event.defaultPrevented || event.altKey || isTypingTarget(event.target)) return;
			if (document.querySelector("dialog[open]")) return;
			const command = event.ctrlKey || event.metaKey;
			if (event.key === "/" && !command) {
				event.preventDefault();
				searchRef.current?.focus();
				searchRef.current?.select();
			} else if ((event.key === "z" || event.key === "Z") && undo) {
				event.preventDefault();
				undoRemoval();
			} else if (event.key === "?" && !command) {
				event.preventDefault();
				setHelpOpen((open) => !open);
			}
		};
		document.addEventListener("keydown", onKeyDown);
		return () => document.removeEventListener("keydown", onKeyDown);
	});
	const total = papers?.length ?? 0;
	const allShownSelected = shown.length > 0 && shown.every((p) => selected.has(p.id));
	const searching = matches !== void 0;
	const indexing = searching && progress.indexed < total;
	return /* @__PURE__ */ a("div", {
		class: `shelf-view layout-${layout}`,
		children: [
			/* @__PURE__ */ a(ShelfToolbar, {
				query,
				filters,
				sort,
				counts,
				searchRef,
				onQuery: (next) => {
					setQuery(next);
					setActiveId(void 0);
				},
				onFilters: (next) => {
					setFilters(next);
					setActiveId(void 0);
				},
				onSort: (next) => {
					setSort(next);
					setActiveId(void 0);
				},
				onLeaveSearch: () => setFocusRequest((n) => n + 1)
			}),
			/* @__PURE__ */ a("div", {
				class: "results-bar",
				children: [
					/* @__PURE__ */ a("input", {
						type: "checkbox",
						class: "select-all",
						"aria-label": "Select all shown papers",
						"aria-keyshortcuts": "Control+A",
						checked: allShownSelected,
						disabled: shown.length === 0,
						onClick: () => setSelected(allShownSelected ? /* @__PURE__ */ new Set() : new Set(shown.map((p) => p.id)))
					}),
					/* @__PURE__ */ a("p", {
						class: "results",
						"aria-live": "polite",
						children: [
							papers === void 0 ? "Loading your shelf…" : searching || hasFilters(filters) ? `${formatNumber(shown.length)} of ${countOf(total, "paper")}` : countOf(total, "paper"),
							!complete && papers !== void 0 && " (loading the rest…)",
							indexing && ` · searched ${formatNumber(progress.indexed)} of ${formatNumber(total)} so far`
						]
					}),
					transfer && /* @__PURE__ */ a(transfer.TransferTools, {
						scopes: [
							...selectedPapers.length > 0 ? [{
								id: "selection",
								label: "Selected papers",
								papers: selectedPapers
							}] : [],
							...searching || hasFilters(filters) ? [{
								id: "shown",
								label: "Papers shown",
								papers: shown
							}] : [],
							{
								id: "all",
								label: "All papers",
								papers: papers ?? []
							}
						],
						tags: tags ?? [],
						onImported: reload
					})
				]
			}),
			papers === void 0 ? null : total === 0 ? /* @__PURE__ */ a(EmptyShelf, {}) : shown.length === 0 ? /* @__PURE__ */ a("div", {
				class: "empty",
				children: [/* @__PURE__ */ a("p", {
					class: "empty-title",
					children: "No paper matches"
				}), /* @__PURE__ */ a("button", {
					type: "button",
					onClick: () => {
						setQuery("");
						setFilters(NO_FILTERS);
					},
					children: "Clear the search and filters"
				})]
			}) : /* @__PURE__ */ a(ReadingList, {
				papers: shown,
				complete,
				viewKey: `${query}\n${JSON.stringify(filters)}\n${sort}`,
				tagColors,
				activeId,
				selected,
				focusRequest,
				rowActions,
				onActivate: (paper) => setActiveId(paper.id),
				onExtendSelection: (from, to) => toggleSelected([from.id, to.id], true),
				onCommand
			}),
			selected.size > 0 && /* @__PURE__ */ a(BulkBar, {
				count: selectedPapers.length,
				tagNames,
				tagInputRef,
				onSetStatus: (status) => setStatus$1(selectedPapers.map((p) => p.id), status),
				onAddTag: (tag) => run(addTag(selectedPapers.map((p) => p.id), tag).then(absorb), "Could not tag"),
				onRemove: () => remove$1(selectedPapers.map((p) => p.id)),
				onClear: () => setSelected(/* @__PURE__ */ new Set()),
				onDone: () => setFocusRequest((n) => n + 1)
			}),
			/* @__PURE__ */ a("div", {
				class: "notice",
				role: "status",
				children: [notice, undo && /* @__PURE__ */ a($, { children: [
					notice && " ",
					undo.message,
					" ",
					/* @__PURE__ */ a("button", {
						type: "button",
						"aria-keyshortcuts": "z",
						onClick: undoRemoval,
						children: "Undo"
					})
				] })]
			}),
			/* @__PURE__ */ a("details", {
				class: "shortcuts",
				open: helpOpen,
				onToggle: (event) => setHelpOpen(event.target.open),
				children: [/* @__PURE__ */ a("summary", { children: "Keyboard shortcuts" }), /* @__PURE__ */ a("dl", { children: SHORTCUT_HELP.map(({ keys, action }) => /* @__PURE__ */ a("div", { children: [/* @__PURE__ */ a("dt", { children: keys.map((key) => /* @__PURE__ */ a("kbd", { children: key }, key)) }), /* @__PURE__ */ a("dd", { children: action })] }, action)) })]
			}),
			notePaper && /* @__PURE__ */ a(NoteDialog, {
				paper: notePaper,
				onSave: (note) => run(saveNote(notePaper.id, note).then((saved) => absorb(saved ? [saved] : [])), "Could not save the note"),
				onClose: () => setNotePaper(void 0)
			})
		]
	});
}
function EmptyShelf() {
	return /* @__PURE__ */ a("div", {
		class: "empty",
		children: [/* @__PURE__ */ a("p", {
			class: "empty-title",
			children: "Your shelf is empty"
		}), /* @__PURE__ */ a("p", { children: [
			"Open a listing such as",
			" ",
			/* @__PURE__ */ a("a", {
				href: "https://huggingface.co/papers",
				target: "_blank",
				rel: "noopener noreferrer",
				children: "Hugging Face Papers"
			}),
			" ",
			"or",
			" ",
			/* @__PURE__ */ a("a", {
				href: "https://arxiv.org/list/cs.LG/new",
				target: "_blank",
				rel: "noopener noreferrer",
				children: "arXiv cs.LG"
			}),
			" ",
			"and press ",
			/* @__PURE__ */ a("strong", { children: "☆ Save" }),
			" on any paper. Saved papers show up here, newest first."
		] })]
	});
}
export { Q as C, $ as S, SPECIAL_CHARACTERS as _, normalizeTerm as a, T as b, BackupSettings as c, ToolbarPanel as d, a as f, LETTER_COMMANDS as g, ACCENT_COMMANDS as h, buildQuery as i, useLiveQuery as l, backupSchema as m, BOOST as n, TagChip as o, BACKUP_FORMAT as p, FIELDS as r, BackupReminder as s, ShelfView as t, ExportMenu as u, A as v, d as x, P as y };
