import { r as __toESM, t as __commonJSMin } from "./rolldown-runtime-SbdDWaPq.js";
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
// node_modules/dexie/import-wrapper.mjs
var import_dexie = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	(function(global, factory) {
		typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, global.Dexie = factory());
	})(this$1, (function() {
		"use strict";
		var extendStatics = function(d, b) {
			extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d, b) {
				d.__proto__ = b;
			} || function(d, b) {
				for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p];
			};
			return extendStatics(d, b);
		};
		function __extends(d, b) {
			if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
			extendStatics(d, b);
			function __() {
				this.constructor = d;
			}
			d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
		}
		var __assign = function() {
			__assign = Object.assign || function __assign(t) {
				for (var s, i = 1, n = arguments.length; i < n; i++) {
					s = arguments[i];
					for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
				}
				return t;
			};
			return __assign.apply(this, arguments);
		};
		function __spreadArray(to, from, pack) {
			if (pack || arguments.length === 2) {
				for (var i = 0, l = from.length, ar; i < l; i++) if (ar || !(i in from)) {
					if (!ar) ar = Array.prototype.slice.call(from, 0, i);
					ar[i] = from[i];
				}
			}
			return to.concat(ar || Array.prototype.slice.call(from));
		}
		var _global = typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : global;
		var keys = Object.keys;
		var isArray = Array.isArray;
		if (typeof Promise !== "undefined" && !_global.Promise) _global.Promise = Promise;
		function extend(obj, extension) {
			if (typeof extension !== "object") return obj;
			keys(extension).forEach(function(key) {
				obj[key] = extension[key];
			});
			return obj;
		}
		var getProto = Object.getPrototypeOf;
		var _hasOwn = {}.hasOwnProperty;
		function hasOwn(obj, prop) {
			return _hasOwn.call(obj, prop);
		}
		function props(proto, extension) {
			if (typeof extension === "function") extension = extension(getProto(proto));
			(typeof Reflect === "undefined" ? keys : Reflect.ownKeys)(extension).forEach(function(key) {
				setProp(proto, key, extension[key]);
			});
		}
		var defineProperty = Object.defineProperty;
		function setProp(obj, prop, functionOrGetSet, options) {
			defineProperty(obj, prop, extend(functionOrGetSet && hasOwn(functionOrGetSet, "get") && typeof functionOrGetSet.get === "function" ? {
				get: functionOrGetSet.get,
				set: functionOrGetSet.set,
				configurable: true
			} : {
				value: functionOrGetSet,
				configurable: true,
				writable: true
			}, options));
		}
		function derive(Child) {
			return { from: function(Parent) {
				Child.prototype = Object.create(Parent.prototype);
				setProp(Child.prototype, "constructor", Child);
				return { extend: props.bind(null, Child.prototype) };
			} };
		}
		var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
		function getPropertyDescriptor(obj, prop) {
			var pd = getOwnPropertyDescriptor(obj, prop);
			var proto;
			return pd || (proto = getProto(obj)) && getPropertyDescriptor(proto, prop);
		}
		var _slice = [].slice;
		function slice(args, start, end) {
			return _slice.call(args, start, end);
		}
		function override(origFunc, overridedFactory) {
			return overridedFactory(origFunc);
		}
		function assert(b) {
			if (!b) throw new Error("Assertion Failed");
		}
		function asap$1(fn) {
			if (_global.setImmediate) setImmediate(fn);
			else setTimeout(fn, 0);
		}
		function arrayToObject(array, extractor) {
			return array.reduce(function(result, item, i) {
				var nameAndValue = extractor(item, i);
				if (nameAndValue) result[nameAndValue[0]] = nameAndValue[1];
				return result;
			}, {});
		}
		function getByKeyPath(obj, keyPath) {
			if (typeof keyPath === "string" && hasOwn(obj, keyPath)) return obj[keyPath];
			if (!keyPath) return obj;
			if (typeof keyPath !== "string") {
				var rv = [];
				for (var i = 0, l = keyPath.length; i < l; ++i) {
					var val = getByKeyPath(obj, keyPath[i]);
					rv.push(val);
				}
				return rv;
			}
			var period = keyPath.indexOf(".");
			if (period !== -1) {
				var innerObj = obj[keyPath.substr(0, period)];
				return innerObj == null ? void 0 : getByKeyPath(innerObj, keyPath.substr(period + 1));
			}
		}
		function setByKeyPath(obj, keyPath, value) {
			if (!obj || keyPath === void 0) return;
			if ("isFrozen" in Object && Object.isFrozen(obj)) return;
			if (typeof keyPath !== "string" && "length" in keyPath) {
				assert(typeof value !== "string" && "length" in value);
				for (var i = 0, l = keyPath.length; i < l; ++i) setByKeyPath(obj, keyPath[i], value[i]);
			} else {
				var period = keyPath.indexOf(".");
				if (period !== -1) {
					var currentKeyPath = keyPath.substr(0, period);
					var remainingKeyPath = keyPath.substr(period + 1);
					if (remainingKeyPath === "") if (value === void 0) {
						if (isArray(obj) && !isNaN(parseInt(currentKeyPath))) obj.splice(currentKeyPath, 1);
						else delete obj[currentKeyPath];
					} else obj[currentKeyPath] = value;
					else {
						var innerObj = obj[currentKeyPath];
						if (!innerObj || !hasOwn(obj, currentKeyPath)) {
							if (value === void 0) return;
							innerObj = obj[currentKeyPath] = {};
						}
						setByKeyPath(innerObj, remainingKeyPath, value);
					}
				} else if (value === void 0) {
					if (isArray(obj) && !isNaN(parseInt(keyPath))) obj.splice(keyPath, 1);
					else delete obj[keyPath];
				} else obj[keyPath] = value;
			}
		}
		function delByKeyPath(obj, keyPath) {
			if (typeof keyPath === "string") setByKeyPath(obj, keyPath, void 0);
			else if ("length" in keyPath) [].map.call(keyPath, function(kp) {
				setByKeyPath(obj, kp, void 0);
			});
		}
		function shallowClone(obj) {
			var rv = {};
			for (var m in obj) if (hasOwn(obj, m)) rv[m] = obj[m];
			return rv;
		}
		var concat = [].concat;
		function flatten(a) {
			return concat.apply([], a);
		}
		var intrinsicTypeNames = "BigUint64Array,BigInt64Array,Array,Boolean,String,Date,RegExp,Blob,File,FileList,FileSystemFileHandle,FileSystemDirectoryHandle,ArrayBuffer,DataView,Uint8ClampedArray,ImageBitmap,ImageData,Map,Set,CryptoKey".split(",").concat(flatten([
			8,
			16,
			32,
			64
		].map(function(num) {
			return [
				"Int",
				"Uint",
				"Float"
			].map(function(t) {
				return t + num + "Array";
			});
		}))).filter(function(t) {
			return _global[t];
		});
		var intrinsicTypes = new Set(intrinsicTypeNames.map(function(t) {
			return _global[t];
		}));
		function cloneSimpleObjectTree(o) {
			var rv = {};
			for (var k in o) if (hasOwn(o, k)) {
				var v = o[k];
				rv[k] = !v || typeof v !== "object" || intrinsicTypes.has(v.constructor) ? v : cloneSimpleObjectTree(v);
			}
			return rv;
		}
		var circularRefs = null;
		function deepClone(any) {
			circularRefs = /* @__PURE__ */ new WeakMap();
			var rv = innerDeepClone(any);
			circularRefs = null;
			return rv;
		}
		function innerDeepClone(x) {
			if (!x || typeof x !== "object") return x;
			var rv = circularRefs.get(x);
			if (rv) return rv;
			if (isArray(x)) {
				rv = [];
				circularRefs.set(x, rv);
				for (var i = 0, l = x.length; i < l; ++i) rv.push(innerDeepClone(x[i]));
			} else if (intrinsicTypes.has(x.constructor)) rv = x;
			else {
				var proto = getProto(x);
				rv = proto === Object.prototype ? {} : Object.create(proto);
				circularRefs.set(x, rv);
				for (var prop in x) if (hasOwn(x, prop)) rv[prop] = innerDeepClone(x[prop]);
			}
			return rv;
		}
		var toString = {}.toString;
		function toStringTag(o) {
			return toString.call(o).slice(8, -1);
		}
		var iteratorSymbol = typeof Symbol !== "undefined" ? Symbol.iterator : "@@iterator";
		var getIteratorOf = typeof iteratorSymbol === "symbol" ? function(x) {
			var i;
			return x != null && (i = x[iteratorSymbol]) && i.apply(x);
		} : function() {
			return null;
		};
		function delArrayItem(a, x) {
			var i = a.indexOf(x);
			if (i >= 0) a.splice(i, 1);
			return i >= 0;
		}
		var NO_CHAR_ARRAY = {};
		function getArrayOf(arrayLike) {
			var i, a, x, it;
			if (arguments.length === 1) {
				if (isArray(arrayLike)) return arrayLike.slice();
				if (this === NO_CHAR_ARRAY && typeof arrayLike === "string") return [arrayLike];
				if (it = getIteratorOf(arrayLike)) {
					a = [];
					while (x = it.next(), !x.done) a.push(x.value);
					return a;
				}
				if (arrayLike == null) return [arrayLike];
				i = arrayLike.length;
				if (typeof i === "number") {
					a = new Array(i);
					while (i--) a[i] = arrayLike[i];
					return a;
				}
				return [arrayLike];
			}
			i = arguments.length;
			a = new Array(i);
			while (i--) a[i] = arguments[i];
			return a;
		}
		var isAsyncFunction = typeof Symbol !== "undefined" ? function(fn) {
			return fn[Symbol.toStringTag] === "AsyncFunction";
		} : function() {
			return false;
		};
		var dexieErrorNames = [
			"Modify",
			"Bulk",
			"OpenFailed",
			"VersionChange",
			"Schema",
			"Upgrade",
			"InvalidTable",
			"MissingAPI",
			"NoSuchDatabase",
			"InvalidArgument",
			"SubTransaction",
			"Unsupported",
			"Internal",
			"DatabaseClosed",
			"PrematureCommit",
			"ForeignAwait"
		];
		var idbDomErrorNames = [
			"Unknown",
			"Constraint",
			"Data",
			"TransactionInactive",
			"ReadOnly",
			"Version",
			"NotFound",
			"InvalidState",
			"InvalidAccess",
			"Abort",
			"Timeout",
			"QuotaExceeded",
			"Syntax",
			"DataClone"
		];
		var errorList = dexieErrorNames.concat(idbDomErrorNames);
		var defaultTexts = {
			VersionChanged: "Database version changed by other database connection",
			DatabaseClosed: "Database has been closed",
			Abort: "Transaction aborted",
			TransactionInactive: "Transaction has already completed or failed",
			MissingAPI: "IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb"
		};
		function DexieError(name, msg) {
			this.name = name;
			this.message = msg;
		}
		derive(DexieError).from(Error).extend({ toString: function() {
			return this.name + ": " + this.message;
		} });
		function getMultiErrorMessage(msg, failures) {
			return msg + ". Errors: " + Object.keys(failures).map(function(key) {
				return failures[key].toString();
			}).filter(function(v, i, s) {
				return s.indexOf(v) === i;
			}).join("\n");
		}
		function ModifyError(msg, failures, successCount, failedKeys) {
			this.failures = failures;
			this.failedKeys = failedKeys;
			this.successCount = successCount;
			this.message = getMultiErrorMessage(msg, failures);
		}
		derive(ModifyError).from(DexieError);
		function BulkError(msg, failures) {
			this.name = "BulkError";
			this.failures = Object.keys(failures).map(function(pos) {
				return failures[pos];
			});
			this.failuresByPos = failures;
			this.message = getMultiErrorMessage(msg, this.failures);
		}
		derive(BulkError).from(DexieError);
		var errnames = errorList.reduce(function(obj, name) {
			return obj[name] = name + "Error", obj;
		}, {});
		var BaseException = DexieError;
		var exceptions = errorList.reduce(function(obj, name) {
			var fullName = name + "Error";
			function DexieError(msgOrInner, inner) {
				this.name = fullName;
				if (!msgOrInner) {
					this.message = defaultTexts[name] || fullName;
					this.inner = null;
				} else if (typeof msgOrInner === "string") {
					this.message = "".concat(msgOrInner).concat(!inner ? "" : "\n " + inner);
					this.inner = inner || null;
				} else if (typeof msgOrInner === "object") {
					this.message = "".concat(msgOrInner.name, " ").concat(msgOrInner.message);
					this.inner = msgOrInner;
				}
			}
			derive(DexieError).from(BaseException);
			obj[name] = DexieError;
			return obj;
		}, {});
		exceptions.Syntax = SyntaxError;
		exceptions.Type = TypeError;
		exceptions.Range = RangeError;
		var exceptionMap = idbDomErrorNames.reduce(function(obj, name) {
			obj[name + "Error"] = exceptions[name];
			return obj;
		}, {});
		function mapError(domError, message) {
			if (!domError || domError instanceof DexieError || domError instanceof TypeError || domError instanceof SyntaxError || !domError.name || !exceptionMap[domError.name]) return domError;
			var rv = new exceptionMap[domError.name](message || domError.message, domError);
			if ("stack" in domError) setProp(rv, "stack", { get: function() {
				return this.inner.stack;
			} });
			return rv;
		}
		var fullNameExceptions = errorList.reduce(function(obj, name) {
			if ([
				"Syntax",
				"Type",
				"Range"
			].indexOf(name) === -1) obj[name + "Error"] = exceptions[name];
			return obj;
		}, {});
		fullNameExceptions.ModifyError = ModifyError;
		fullNameExceptions.DexieError = DexieError;
		fullNameExceptions.BulkError = BulkError;
		function nop() {}
		function mirror(val) {
			return val;
		}
		function pureFunctionChain(f1, f2) {
			if (f1 == null || f1 === mirror) return f2;
			return function(val) {
				return f2(f1(val));
			};
		}
		function callBoth(on1, on2) {
			return function() {
				on1.apply(this, arguments);
				on2.apply(this, arguments);
			};
		}
		function hookCreatingChain(f1, f2) {
			if (f1 === nop) return f2;
			return function() {
				var res = f1.apply(this, arguments);
				if (res !== void 0) arguments[0] = res;
				var onsuccess = this.onsuccess, onerror = this.onerror;
				this.onsuccess = null;
				this.onerror = null;
				var res2 = f2.apply(this, arguments);
				if (onsuccess) this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
				if (onerror) this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
				return res2 !== void 0 ? res2 : res;
			};
		}
		function hookDeletingChain(f1, f2) {
			if (f1 === nop) return f2;
			return function() {
				f1.apply(this, arguments);
				var onsuccess = this.onsuccess, onerror = this.onerror;
				this.onsuccess = this.onerror = null;
				f2.apply(this, arguments);
				if (onsuccess) this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
				if (onerror) this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
			};
		}
		function hookUpdatingChain(f1, f2) {
			if (f1 === nop) return f2;
			return function() {
				var res = f1.apply(this, arguments);
				var modifications = arguments[0];
				extend(modifications, res);
				var onsuccess = this.onsuccess, onerror = this.onerror;
				this.onsuccess = null;
				this.onerror = null;
				var res2 = f2.apply(this, arguments);
				if (onsuccess) this.onsuccess = this.onsuccess ? callBoth(onsuccess, this.onsuccess) : onsuccess;
				if (onerror) this.onerror = this.onerror ? callBoth(onerror, this.onerror) : onerror;
				return res === void 0 ? res2 === void 0 ? void 0 : res2 : extend(res, res2);
			};
		}
		function reverseStoppableEventChain(f1, f2) {
			if (f1 === nop) return f2;
			return function() {
				if (f2.apply(this, arguments) === false) return false;
				return f1.apply(this, arguments);
			};
		}
		function promisableChain(f1, f2) {
			if (f1 === nop) return f2;
			return function() {
				var res = f1.apply(this, arguments);
				if (res && typeof res.then === "function") {
					var thiz = this, i = arguments.length, args = new Array(i);
					while (i--) args[i] = arguments[i];
					return res.then(function() {
						return f2.apply(thiz, args);
					});
				}
				return f2.apply(this, arguments);
			};
		}
		var debug = typeof location !== "undefined" && /^(http|https):\/\/(localhost|127\.0\.0\.1)/.test(location.href);
		function setDebug(value, filter) {
			debug = value;
		}
		var INTERNAL = {};
		var ZONE_ECHO_LIMIT = 100, _a$1 = typeof Promise === "undefined" ? [] : (function() {
			var globalP = Promise.resolve();
			if (typeof crypto === "undefined" || !crypto.subtle) return [
				globalP,
				getProto(globalP),
				globalP
			];
			var nativeP = crypto.subtle.digest("SHA-512", new Uint8Array([0]));
			return [
				nativeP,
				getProto(nativeP),
				globalP
			];
		})(), resolvedNativePromise = _a$1[0], nativePromiseProto = _a$1[1], resolvedGlobalPromise = _a$1[2], nativePromiseThen = nativePromiseProto && nativePromiseProto.then;
		var NativePromise = resolvedNativePromise && resolvedNativePromise.constructor;
		var patchGlobalPromise = !!resolvedGlobalPromise;
		function schedulePhysicalTick() {
			queueMicrotask(physicalTick);
		}
		var asap = function(callback, args) {
			microtickQueue.push([callback, args]);
			if (needsNewPhysicalTick) {
				schedulePhysicalTick();
				needsNewPhysicalTick = false;
			}
		};
		var isOutsideMicroTick = true, needsNewPhysicalTick = true, unhandledErrors = [], rejectingErrors = [], rejectionMapper = mirror;
		var globalPSD = {
			id: "global",
			global: true,
			ref: 0,
			unhandleds: [],
			onunhandled: nop,
			pgp: false,
			env: {},
			finalize: nop
		};
		var PSD = globalPSD;
		var microtickQueue = [];
		var numScheduledCalls = 0;
		var tickFinalizers = [];
		function DexiePromise(fn) {
			if (typeof this !== "object") throw new TypeError("Promises must be constructed via new");
			this._listeners = [];
			this._lib = false;
			var psd = this._PSD = PSD;
			if (typeof fn !== "function") {
				if (fn !== INTERNAL) throw new TypeError("Not a function");
				this._state = arguments[1];
				this._value = arguments[2];
				if (this._state === false) handleRejection(this, this._value);
				return;
			}
			this._state = null;
			this._value = null;
			++psd.ref;
			executePromiseTask(this, fn);
		}
		var thenProp = {
			get: function() {
				var psd = PSD, microTaskId = totalEchoes;
				function then(onFulfilled, onRejected) {
					var _this = this;
					var possibleAwait = !psd.global && (psd !== PSD || microTaskId !== totalEchoes);
					var cleanup = possibleAwait && !decrementExpectedAwaits();
					var rv = new DexiePromise(function(resolve, reject) {
						propagateToListener(_this, new Listener(nativeAwaitCompatibleWrap(onFulfilled, psd, possibleAwait, cleanup), nativeAwaitCompatibleWrap(onRejected, psd, possibleAwait, cleanup), resolve, reject, psd));
					});
					if (this._consoleTask) rv._consoleTask = this._consoleTask;
					return rv;
				}
				then.prototype = INTERNAL;
				return then;
			},
			set: function(value) {
				setProp(this, "then", value && value.prototype === INTERNAL ? thenProp : {
					get: function() {
						return value;
					},
					set: thenProp.set
				});
			}
		};
		props(DexiePromise.prototype, {
			then: thenProp,
			_then: function(onFulfilled, onRejected) {
				propagateToListener(this, new Listener(null, null, onFulfilled, onRejected, PSD));
			},
			catch: function(onRejected) {
				if (arguments.length === 1) return this.then(null, onRejected);
				var type = arguments[0], handler = arguments[1];
				return typeof type === "function" ? this.then(null, function(err) {
					return err instanceof type ? handler(err) : PromiseReject(err);
				}) : this.then(null, function(err) {
					return err && err.name === type ? handler(err) : PromiseReject(err);
				});
			},
			finally: function(onFinally) {
				return this.then(function(value) {
					return DexiePromise.resolve(onFinally()).then(function() {
						return value;
					});
				}, function(err) {
					return DexiePromise.resolve(onFinally()).then(function() {
						return PromiseReject(err);
					});
				});
			},
			timeout: function(ms, msg) {
				var _this = this;
				return ms < Infinity ? new DexiePromise(function(resolve, reject) {
					var handle = setTimeout(function() {
						return reject(new exceptions.Timeout(msg));
					}, ms);
					_this.then(resolve, reject).finally(clearTimeout.bind(null, handle));
				}) : this;
			}
		});
		if (typeof Symbol !== "undefined" && Symbol.toStringTag) setProp(DexiePromise.prototype, Symbol.toStringTag, "Dexie.Promise");
		globalPSD.env = snapShot();
		function Listener(onFulfilled, onRejected, resolve, reject, zone) {
			this.onFulfilled = typeof onFulfilled === "function" ? onFulfilled : null;
			this.onRejected = typeof onRejected === "function" ? onRejected : null;
			this.resolve = resolve;
			this.reject = reject;
			this.psd = zone;
		}
		props(DexiePromise, {
			all: function() {
				var values = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
				return new DexiePromise(function(resolve, reject) {
					if (values.length === 0) resolve([]);
					var remaining = values.length;
					values.forEach(function(a, i) {
						return DexiePromise.resolve(a).then(function(x) {
							values[i] = x;
							if (!--remaining) resolve(values);
						}, reject);
					});
				});
			},
			resolve: function(value) {
				if (value instanceof DexiePromise) return value;
				if (value && typeof value.then === "function") return new DexiePromise(function(resolve, reject) {
					value.then(resolve, reject);
				});
				return new DexiePromise(INTERNAL, true, value);
			},
			reject: PromiseReject,
			race: function() {
				var values = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
				return new DexiePromise(function(resolve, reject) {
					values.map(function(value) {
						return DexiePromise.resolve(value).then(resolve, reject);
					});
				});
			},
			PSD: {
				get: function() {
					return PSD;
				},
				set: function(value) {
					return PSD = value;
				}
			},
			totalEchoes: { get: function() {
				return totalEchoes;
			} },
			newPSD: newScope,
			usePSD,
			scheduler: {
				get: function() {
					return asap;
				},
				set: function(value) {
					asap = value;
				}
			},
			rejectionMapper: {
				get: function() {
					return rejectionMapper;
				},
				set: function(value) {
					rejectionMapper = value;
				}
			},
			follow: function(fn, zoneProps) {
				return new DexiePromise(function(resolve, reject) {
					return newScope(function(resolve, reject) {
						var psd = PSD;
						psd.unhandleds = [];
						psd.onunhandled = reject;
						psd.finalize = callBoth(function() {
							var _this = this;
							run_at_end_of_this_or_next_physical_tick(function() {
								_this.unhandleds.length === 0 ? resolve() : reject(_this.unhandleds[0]);
							});
						}, psd.finalize);
						fn();
					}, zoneProps, resolve, reject);
				});
			}
		});
		if (NativePromise) {
			if (NativePromise.allSettled) setProp(DexiePromise, "allSettled", function() {
				var possiblePromises = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
				return new DexiePromise(function(resolve) {
					if (possiblePromises.length === 0) resolve([]);
					var remaining = possiblePromises.length;
					var results = new Array(remaining);
					possiblePromises.forEach(function(p, i) {
						return DexiePromise.resolve(p).then(function(value) {
							return results[i] = {
								status: "fulfilled",
								value
							};
						}, function(reason) {
							return results[i] = {
								status: "rejected",
								reason
							};
						}).then(function() {
							return --remaining || resolve(results);
						});
					});
				});
			});
			if (NativePromise.any && typeof AggregateError !== "undefined") setProp(DexiePromise, "any", function() {
				var possiblePromises = getArrayOf.apply(null, arguments).map(onPossibleParallellAsync);
				return new DexiePromise(function(resolve, reject) {
					if (possiblePromises.length === 0) reject(/* @__PURE__ */ new AggregateError([]));
					var remaining = possiblePromises.length;
					var failures = new Array(remaining);
					possiblePromises.forEach(function(p, i) {
						return DexiePromise.resolve(p).then(function(value) {
							return resolve(value);
						}, function(failure) {
							failures[i] = failure;
							if (!--remaining) reject(new AggregateError(failures));
						});
					});
				});
			});
			if (NativePromise.withResolvers) DexiePromise.withResolvers = NativePromise.withResolvers;
		}
		function executePromiseTask(promise, fn) {
			try {
				fn(function(value) {
					if (promise._state !== null) return;
					if (value === promise) throw new TypeError("A promise cannot be resolved with itself.");
					var shouldExecuteTick = promise._lib && beginMicroTickScope();
					if (value && typeof value.then === "function") executePromiseTask(promise, function(resolve, reject) {
						value instanceof DexiePromise ? value._then(resolve, reject) : value.then(resolve, reject);
					});
					else {
						promise._state = true;
						promise._value = value;
						propagateAllListeners(promise);
					}
					if (shouldExecuteTick) endMicroTickScope();
				}, handleRejection.bind(null, promise));
			} catch (ex) {
				handleRejection(promise, ex);
			}
		}
		function handleRejection(promise, reason) {
			rejectingErrors.push(reason);
			if (promise._state !== null) return;
			var shouldExecuteTick = promise._lib && beginMicroTickScope();
			reason = rejectionMapper(reason);
			promise._state = false;
			promise._value = reason;
			addPossiblyUnhandledError(promise);
			propagateAllListeners(promise);
			if (shouldExecuteTick) endMicroTickScope();
		}
		function propagateAllListeners(promise) {
			var listeners = promise._listeners;
			promise._listeners = [];
			for (var i = 0, len = listeners.length; i < len; ++i) propagateToListener(promise, listeners[i]);
			var psd = promise._PSD;
			--psd.ref || psd.finalize();
			if (numScheduledCalls === 0) {
				++numScheduledCalls;
				asap(function() {
					if (--numScheduledCalls === 0) finalizePhysicalTick();
				}, []);
			}
		}
		function propagateToListener(promise, listener) {
			if (promise._state === null) {
				promise._listeners.push(listener);
				return;
			}
			var cb = promise._state ? listener.onFulfilled : listener.onRejected;
			if (cb === null) return (promise._state ? listener.resolve : listener.reject)(promise._value);
			++listener.psd.ref;
			++numScheduledCalls;
			asap(callListener, [
				cb,
				promise,
				listener
			]);
		}
		function callListener(cb, promise, listener) {
			try {
				var ret, value = promise._value;
				if (!promise._state && rejectingErrors.length) rejectingErrors = [];
				ret = debug && promise._consoleTask ? promise._consoleTask.run(function() {
					return cb(value);
				}) : cb(value);
				if (!promise._state && rejectingErrors.indexOf(value) === -1) markErrorAsHandled(promise);
				listener.resolve(ret);
			} catch (e) {
				listener.reject(e);
			} finally {
				if (--numScheduledCalls === 0) finalizePhysicalTick();
				--listener.psd.ref || listener.psd.finalize();
			}
		}
		function physicalTick() {
			usePSD(globalPSD, function() {
				beginMicroTickScope() && endMicroTickScope();
			});
		}
		function beginMicroTickScope() {
			var wasRootExec = isOutsideMicroTick;
			isOutsideMicroTick = false;
			needsNewPhysicalTick = false;
			return wasRootExec;
		}
		function endMicroTickScope() {
			var callbacks, i, l;
			do
				while (microtickQueue.length > 0) {
					callbacks = microtickQueue;
					microtickQueue = [];
					l = callbacks.length;
					for (i = 0; i < l; ++i) {
						var item = callbacks[i];
						item[0].apply(null, item[1]);
					}
				}
			while (microtickQueue.length > 0);
			isOutsideMicroTick = true;
			needsNewPhysicalTick = true;
		}
		function finalizePhysicalTick() {
			var unhandledErrs = unhandledErrors;
			unhandledErrors = [];
			unhandledErrs.forEach(function(p) {
				p._PSD.onunhandled.call(null, p._value, p);
			});
			var finalizers = tickFinalizers.slice(0);
			var i = finalizers.length;
			while (i) finalizers[--i]();
		}
		function run_at_end_of_this_or_next_physical_tick(fn) {
			function finalizer() {
				fn();
				tickFinalizers.splice(tickFinalizers.indexOf(finalizer), 1);
			}
			tickFinalizers.push(finalizer);
			++numScheduledCalls;
			asap(function() {
				if (--numScheduledCalls === 0) finalizePhysicalTick();
			}, []);
		}
		function addPossiblyUnhandledError(promise) {
			if (!unhandledErrors.some(function(p) {
				return p._value === promise._value;
			})) unhandledErrors.push(promise);
		}
		function markErrorAsHandled(promise) {
			var i = unhandledErrors.length;
			while (i) if (unhandledErrors[--i]._value === promise._value) {
				unhandledErrors.splice(i, 1);
				return;
			}
		}
		function PromiseReject(reason) {
			return new DexiePromise(INTERNAL, false, reason);
		}
		function wrap(fn, errorCatcher) {
			var psd = PSD;
			return function() {
				var wasRootExec = beginMicroTickScope(), outerScope = PSD;
				try {
					switchToZone(psd, true);
					return fn.apply(this, arguments);
				} catch (e) {
					errorCatcher && errorCatcher(e);
				} finally {
					switchToZone(outerScope, false);
					if (wasRootExec) endMicroTickScope();
				}
			};
		}
		var task = {
			awaits: 0,
			echoes: 0,
			id: 0
		};
		var taskCounter = 0;
		var zoneStack = [];
		var zoneEchoes = 0;
		var totalEchoes = 0;
		var zone_id_counter = 0;
		function newScope(fn, props, a1, a2) {
			var parent = PSD, psd = Object.create(parent);
			psd.parent = parent;
			psd.ref = 0;
			psd.global = false;
			psd.id = ++zone_id_counter;
			globalPSD.env;
			psd.env = patchGlobalPromise ? {
				Promise: DexiePromise,
				PromiseProp: {
					value: DexiePromise,
					configurable: true,
					writable: true
				},
				all: DexiePromise.all,
				race: DexiePromise.race,
				allSettled: DexiePromise.allSettled,
				any: DexiePromise.any,
				resolve: DexiePromise.resolve,
				reject: DexiePromise.reject
			} : {};
			if (props) extend(psd, props);
			++parent.ref;
			psd.finalize = function() {
				--this.parent.ref || this.parent.finalize();
			};
			var rv = usePSD(psd, fn, a1, a2);
			if (psd.ref === 0) psd.finalize();
			return rv;
		}
		function incrementExpectedAwaits() {
			if (!task.id) task.id = ++taskCounter;
			++task.awaits;
			task.echoes += ZONE_ECHO_LIMIT;
			return task.id;
		}
		function decrementExpectedAwaits() {
			if (!task.awaits) return false;
			if (--task.awaits === 0) task.id = 0;
			task.echoes = task.awaits * ZONE_ECHO_LIMIT;
			return true;
		}
		if (("" + nativePromiseThen).indexOf("[native code]") === -1) incrementExpectedAwaits = decrementExpectedAwaits = nop;
		function onPossibleParallellAsync(possiblePromise) {
			if (task.echoes && possiblePromise && possiblePromise.constructor === NativePromise) {
				incrementExpectedAwaits();
				return possiblePromise.then(function(x) {
					decrementExpectedAwaits();
					return x;
				}, function(e) {
					decrementExpectedAwaits();
					return rejection(e);
				});
			}
			return possiblePromise;
		}
		function zoneEnterEcho(targetZone) {
			++totalEchoes;
			if (!task.echoes || --task.echoes === 0) task.echoes = task.awaits = task.id = 0;
			zoneStack.push(PSD);
			switchToZone(targetZone, true);
		}
		function zoneLeaveEcho() {
			var zone = zoneStack[zoneStack.length - 1];
			zoneStack.pop();
			switchToZone(zone, false);
		}
		function switchToZone(targetZone, bEnteringZone) {
			var currentZone = PSD;
			if (bEnteringZone ? task.echoes && (!zoneEchoes++ || targetZone !== PSD) : zoneEchoes && (!--zoneEchoes || targetZone !== PSD)) queueMicrotask(bEnteringZone ? zoneEnterEcho.bind(null, targetZone) : zoneLeaveEcho);
			if (targetZone === PSD) return;
			PSD = targetZone;
			if (currentZone === globalPSD) globalPSD.env = snapShot();
			if (patchGlobalPromise) {
				var GlobalPromise = globalPSD.env.Promise;
				var targetEnv = targetZone.env;
				if (currentZone.global || targetZone.global) {
					Object.defineProperty(_global, "Promise", targetEnv.PromiseProp);
					GlobalPromise.all = targetEnv.all;
					GlobalPromise.race = targetEnv.race;
					GlobalPromise.resolve = targetEnv.resolve;
					GlobalPromise.reject = targetEnv.reject;
					if (targetEnv.allSettled) GlobalPromise.allSettled = targetEnv.allSettled;
					if (targetEnv.any) GlobalPromise.any = targetEnv.any;
				}
			}
		}
		function snapShot() {
			var GlobalPromise = _global.Promise;
			return patchGlobalPromise ? {
				Promise: GlobalPromise,
				PromiseProp: Object.getOwnPropertyDescriptor(_global, "Promise"),
				all: GlobalPromise.all,
				race: GlobalPromise.race,
				allSettled: GlobalPromise.allSettled,
				any: GlobalPromise.any,
				resolve: GlobalPromise.resolve,
				reject: GlobalPromise.reject
			} : {};
		}
		function usePSD(psd, fn, a1, a2, a3) {
			var outerScope = PSD;
			try {
				switchToZone(psd, true);
				return fn(a1, a2, a3);
			} finally {
				switchToZone(outerScope, false);
			}
		}
		function nativeAwaitCompatibleWrap(fn, zone, possibleAwait, cleanup) {
			return typeof fn !== "function" ? fn : function() {
				var outerZone = PSD;
				if (possibleAwait) incrementExpectedAwaits();
				switchToZone(zone, true);
				try {
					return fn.apply(this, arguments);
				} finally {
					switchToZone(outerZone, false);
					if (cleanup) queueMicrotask(decrementExpectedAwaits);
				}
			};
		}
		function execInGlobalContext(cb) {
			if (Promise === NativePromise && task.echoes === 0) {
				if (zoneEchoes === 0) cb();
				else enqueueNativeMicroTask(cb);
			} else setTimeout(cb, 0);
		}
		var rejection = DexiePromise.reject;
		function tempTransaction(db, mode, storeNames, fn) {
			if (!db.idbdb || !db._state.openComplete && !PSD.letThrough && !db._vip) {
				if (db._state.openComplete) return rejection(new exceptions.DatabaseClosed(db._state.dbOpenError));
				if (!db._state.isBeingOpened) {
					if (!db._state.autoOpen) return rejection(new exceptions.DatabaseClosed());
					db.open().catch(nop);
				}
				return db._state.dbReadyPromise.then(function() {
					return tempTransaction(db, mode, storeNames, fn);
				});
			} else {
				var trans = db._createTransaction(mode, storeNames, db._dbSchema);
				try {
					trans.create();
					db._state.PR1398_maxLoop = 3;
				} catch (ex) {
					if (ex.name === errnames.InvalidState && db.isOpen() && --db._state.PR1398_maxLoop > 0) {
						console.warn("Dexie: Need to reopen db");
						db.close({ disableAutoOpen: false });
						return db.open().then(function() {
							return tempTransaction(db, mode, storeNames, fn);
						});
					}
					return rejection(ex);
				}
				return trans._promise(mode, function(resolve, reject) {
					return newScope(function() {
						PSD.trans = trans;
						return fn(resolve, reject, trans);
					});
				}).then(function(result) {
					if (mode === "readwrite") try {
						trans.idbtrans.commit();
					} catch (_a) {}
					return mode === "readonly" ? result : trans._completion.then(function() {
						return result;
					});
				});
			}
		}
		var DEXIE_VERSION = "4.4.7";
		var maxString = String.fromCharCode(65535);
		var minKey = -Infinity;
		var INVALID_KEY_ARGUMENT = "Invalid key provided. Keys must be of type string, number, Date or Array<string | number | Date>.";
		var STRING_EXPECTED = "String expected.";
		var DEFAULT_MAX_CONNECTIONS = 1e3;
		var DBNAMES_DB = "__dbnames";
		var READONLY = "readonly";
		var READWRITE = "readwrite";
		function combine(filter1, filter2) {
			return filter1 ? filter2 ? function() {
				return filter1.apply(this, arguments) && filter2.apply(this, arguments);
			} : filter1 : filter2;
		}
		var AnyRange = {
			type: 3,
			lower: -Infinity,
			lowerOpen: false,
			upper: [[]],
			upperOpen: false
		};
		function workaroundForUndefinedPrimKey(keyPath) {
			return typeof keyPath === "string" && !/\./.test(keyPath) ? function(obj) {
				if (obj[keyPath] === void 0 && keyPath in obj) {
					obj = deepClone(obj);
					delete obj[keyPath];
				}
				return obj;
			} : function(obj) {
				return obj;
			};
		}
		function Entity() {
			throw exceptions.Type("Entity instances must never be new:ed. Instances are generated by the framework bypassing the constructor.");
		}
		function cmp(a, b) {
			try {
				var ta = type(a);
				var tb = type(b);
				if (ta !== tb) {
					if (ta === "Array") return 1;
					if (tb === "Array") return -1;
					if (ta === "binary") return 1;
					if (tb === "binary") return -1;
					if (ta === "string") return 1;
					if (tb === "string") return -1;
					if (ta === "Date") return 1;
					if (tb !== "Date") return NaN;
					return -1;
				}
				switch (ta) {
					case "number":
					case "Date":
					case "string": return a > b ? 1 : a < b ? -1 : 0;
					case "binary": return compareUint8Arrays(getUint8Array(a), getUint8Array(b));
					case "Array": return compareArrays(a, b);
				}
			} catch (_a) {}
			return NaN;
		}
		function compareArrays(a, b) {
			var al = a.length;
			var bl = b.length;
			var l = al < bl ? al : bl;
			for (var i = 0; i < l; ++i) {
				var res = cmp(a[i], b[i]);
				if (res !== 0) return res;
			}
			return al === bl ? 0 : al < bl ? -1 : 1;
		}
		function compareUint8Arrays(a, b) {
			var al = a.length;
			var bl = b.length;
			var l = al < bl ? al : bl;
			for (var i = 0; i < l; ++i) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
			return al === bl ? 0 : al < bl ? -1 : 1;
		}
		function type(x) {
			var t = typeof x;
			if (t !== "object") return t;
			if (ArrayBuffer.isView(x)) return "binary";
			var tsTag = toStringTag(x);
			return tsTag === "ArrayBuffer" ? "binary" : tsTag;
		}
		function getUint8Array(a) {
			if (a instanceof Uint8Array) return a;
			if (ArrayBuffer.isView(a)) return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
			return new Uint8Array(a);
		}
		function builtInDeletionTrigger(table, keys, res) {
			var yProps = table.schema.yProps;
			if (!yProps) return res;
			if (keys && res.numFailures > 0) keys = keys.filter(function(_, i) {
				return !res.failures[i];
			});
			return Promise.all(yProps.map(function(_a) {
				var updatesTable = _a.updatesTable;
				return keys ? table.db.table(updatesTable).where("k").anyOf(keys).delete() : table.db.table(updatesTable).clear();
			})).then(function() {
				return res;
			});
		}
		var PropModification = function() {
			function PropModification(spec) {
				this["@@propmod"] = spec;
			}
			PropModification.prototype.execute = function(value) {
				var _a;
				var spec = this["@@propmod"];
				if (spec.add !== void 0) {
					var term = spec.add;
					if (isArray(term)) return __spreadArray(__spreadArray([], isArray(value) ? value : [], true), term, true).sort();
					if (typeof term === "number") return (Number(value) || 0) + term;
					if (typeof term === "bigint") try {
						return BigInt(value) + term;
					} catch (_b) {
						return BigInt(0) + term;
					}
					throw new TypeError("Invalid term ".concat(term));
				}
				if (spec.remove !== void 0) {
					var subtrahend_1 = spec.remove;
					if (isArray(subtrahend_1)) return isArray(value) ? value.filter(function(item) {
						return !subtrahend_1.includes(item);
					}).sort() : [];
					if (typeof subtrahend_1 === "number") return Number(value) - subtrahend_1;
					if (typeof subtrahend_1 === "bigint") try {
						return BigInt(value) - subtrahend_1;
					} catch (_c) {
						return BigInt(0) - subtrahend_1;
					}
					throw new TypeError("Invalid subtrahend ".concat(subtrahend_1));
				}
				var prefixToReplace = (_a = spec.replacePrefix) === null || _a === void 0 ? void 0 : _a[0];
				if (prefixToReplace && typeof value === "string" && value.startsWith(prefixToReplace)) return spec.replacePrefix[1] + value.substring(prefixToReplace.length);
				return value;
			};
			return PropModification;
		}();
		function applyUpdateSpec(obj, changes) {
			var keyPaths = keys(changes);
			var numKeys = keyPaths.length;
			var anythingModified = false;
			for (var i = 0; i < numKeys; ++i) {
				var keyPath = keyPaths[i];
				var value = changes[keyPath];
				var origValue = getByKeyPath(obj, keyPath);
				if (value instanceof PropModification) {
					setByKeyPath(obj, keyPath, value.execute(origValue));
					anythingModified = true;
				} else if (origValue !== value) {
					setByKeyPath(obj, keyPath, value);
					anythingModified = true;
				}
			}
			return anythingModified;
		}
		var Table = function() {
			function Table() {}
			Table.prototype._trans = function(mode, fn, writeLocked) {
				var trans = this._tx || PSD.trans;
				var tableName = this.name;
				var task = debug && typeof console !== "undefined" && console.createTask && console.createTask("Dexie: ".concat(mode === "readonly" ? "read" : "write", " ").concat(this.name));
				function checkTableInTransaction(resolve, reject, trans) {
					if (!trans.schema[tableName]) throw new exceptions.NotFound("Table " + tableName + " not part of transaction");
					return fn(trans.idbtrans, trans);
				}
				var wasRootExec = beginMicroTickScope();
				try {
					var p = trans && trans.db._novip === this.db._novip ? trans === PSD.trans ? trans._promise(mode, checkTableInTransaction, writeLocked) : newScope(function() {
						return trans._promise(mode, checkTableInTransaction, writeLocked);
					}, {
						trans,
						transless: PSD.transless || PSD
					}) : tempTransaction(this.db, mode, [this.name], checkTableInTransaction);
					if (task) {
						p._consoleTask = task;
						p = p.catch(function(err) {
							console.trace(err);
							return rejection(err);
						});
					}
					return p;
				} finally {
					if (wasRootExec) endMicroTickScope();
				}
			};
			Table.prototype.get = function(keyOrCrit, cb) {
				var _this = this;
				if (keyOrCrit && keyOrCrit.constructor === Object) return this.where(keyOrCrit).first(cb);
				if (keyOrCrit == null) return rejection(new exceptions.Type("Invalid argument to Table.get()"));
				return this._trans("readonly", function(trans) {
					return _this.core.get({
						trans,
						key: keyOrCrit
					}).then(function(res) {
						return _this.hook.reading.fire(res);
					});
				}).then(cb);
			};
			Table.prototype.where = function(indexOrCrit) {
				if (typeof indexOrCrit === "string") return new this.db.WhereClause(this, indexOrCrit);
				if (isArray(indexOrCrit)) return new this.db.WhereClause(this, "[".concat(indexOrCrit.join("+"), "]"));
				var keyPaths = keys(indexOrCrit);
				if (keyPaths.length === 1) return this.where(keyPaths[0]).equals(indexOrCrit[keyPaths[0]]);
				var compoundIndex = this.schema.indexes.concat(this.schema.primKey).filter(function(ix) {
					if (ix.compound && keyPaths.every(function(keyPath) {
						return ix.keyPath.indexOf(keyPath) >= 0;
					})) {
						for (var i = 0; i < keyPaths.length; ++i) if (keyPaths.indexOf(ix.keyPath[i]) === -1) return false;
						return true;
					}
					return false;
				}).sort(function(a, b) {
					return a.keyPath.length - b.keyPath.length;
				})[0];
				if (compoundIndex && this.db._maxKey !== maxString) {
					var keyPathsInValidOrder = compoundIndex.keyPath.slice(0, keyPaths.length);
					return this.where(keyPathsInValidOrder).equals(keyPathsInValidOrder.map(function(kp) {
						return indexOrCrit[kp];
					}));
				}
				if (!compoundIndex && debug) console.warn("The query ".concat(JSON.stringify(indexOrCrit), " on ").concat(this.name, " would benefit from a ") + "compound index [".concat(keyPaths.join("+"), "]"));
				var idxByName = this.schema.idxByName;
				function equals(a, b) {
					return cmp(a, b) === 0;
				}
				var _a = keyPaths.reduce(function(_a, keyPath) {
					var prevIndex = _a[0], prevFilterFn = _a[1];
					var index = idxByName[keyPath];
					var value = indexOrCrit[keyPath];
					return [prevIndex || index, prevIndex || !index ? combine(prevFilterFn, index && index.multi ? function(x) {
						var prop = getByKeyPath(x, keyPath);
						return isArray(prop) && prop.some(function(item) {
							return equals(value, item);
						});
					} : function(x) {
						return equals(value, getByKeyPath(x, keyPath));
					}) : prevFilterFn];
				}, [null, null]), idx = _a[0], filterFunction = _a[1];
				return idx ? this.where(idx.name).equals(indexOrCrit[idx.keyPath]).filter(filterFunction) : compoundIndex ? this.filter(filterFunction) : this.where(keyPaths).equals("");
			};
			Table.prototype.filter = function(filterFunction) {
				return this.toCollection().and(filterFunction);
			};
			Table.prototype.count = function(thenShortcut) {
				return this.toCollection().count(thenShortcut);
			};
			Table.prototype.offset = function(offset) {
				return this.toCollection().offset(offset);
			};
			Table.prototype.limit = function(numRows) {
				return this.toCollection().limit(numRows);
			};
			Table.prototype.each = function(callback) {
				return this.toCollection().each(callback);
			};
			Table.prototype.toArray = function(thenShortcut) {
				return this.toCollection().toArray(thenShortcut);
			};
			Table.prototype.toCollection = function() {
				return new this.db.Collection(new this.db.WhereClause(this));
			};
			Table.prototype.orderBy = function(index) {
				return new this.db.Collection(new this.db.WhereClause(this, isArray(index) ? "[".concat(index.join("+"), "]") : index));
			};
			Table.prototype.reverse = function() {
				return this.toCollection().reverse();
			};
			Table.prototype.mapToClass = function(constructor) {
				var _a = this, db = _a.db, tableName = _a.name;
				this.schema.mappedClass = constructor;
				if (constructor.prototype instanceof Entity) constructor = function(_super) {
					__extends(class_1, _super);
					function class_1() {
						return _super !== null && _super.apply(this, arguments) || this;
					}
					Object.defineProperty(class_1.prototype, "db", {
						get: function() {
							return db;
						},
						enumerable: false,
						configurable: true
					});
					class_1.prototype.table = function() {
						return tableName;
					};
					return class_1;
				}(constructor);
				var inheritedProps = /* @__PURE__ */ new Set();
				for (var proto = constructor.prototype; proto; proto = getProto(proto)) Object.getOwnPropertyNames(proto).forEach(function(propName) {
					return inheritedProps.add(propName);
				});
				var readHook = function(obj) {
					if (!obj) return obj;
					var res = Object.create(constructor.prototype);
					for (var m in obj) if (!inheritedProps.has(m)) try {
						res[m] = obj[m];
					} catch (_) {}
					return res;
				};
				if (this.schema.readHook) this.hook.reading.unsubscribe(this.schema.readHook);
				this.schema.readHook = readHook;
				this.hook("reading", readHook);
				return constructor;
			};
			Table.prototype.defineClass = function() {
				function Class(content) {
					extend(this, content);
				}
				return this.mapToClass(Class);
			};
			Table.prototype.add = function(obj, key) {
				var _this = this;
				var _a = this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
				var objToAdd = obj;
				if (keyPath && auto) objToAdd = workaroundForUndefinedPrimKey(keyPath)(obj);
				return this._trans("readwrite", function(trans) {
					return _this.core.mutate({
						trans,
						type: "add",
						keys: key != null ? [key] : null,
						values: [objToAdd]
					});
				}).then(function(res) {
					return res.numFailures ? DexiePromise.reject(res.failures[0]) : res.lastResult;
				}).then(function(lastResult) {
					if (keyPath) try {
						setByKeyPath(obj, keyPath, lastResult);
					} catch (_) {}
					return lastResult;
				});
			};
			Table.prototype.upsert = function(key, modifications) {
				var _this = this;
				var keyPath = this.schema.primKey.keyPath;
				return this._trans("readwrite", function(trans) {
					return _this.core.get({
						trans,
						key
					}).then(function(existing) {
						var obj = existing !== null && existing !== void 0 ? existing : {};
						applyUpdateSpec(obj, modifications);
						if (keyPath) setByKeyPath(obj, keyPath, key);
						return _this.core.mutate({
							trans,
							type: "put",
							values: [obj],
							keys: [key],
							upsert: true,
							updates: {
								keys: [key],
								changeSpecs: [modifications]
							}
						}).then(function(res) {
							return res.numFailures ? DexiePromise.reject(res.failures[0]) : !!existing;
						});
					});
				});
			};
			Table.prototype.update = function(keyOrObject, modifications) {
				if (typeof keyOrObject === "object" && !isArray(keyOrObject)) {
					var key = getByKeyPath(keyOrObject, this.schema.primKey.keyPath);
					if (key === void 0) return rejection(new exceptions.InvalidArgument("Given object does not contain its primary key"));
					return this.where(":id").equals(key).modify(modifications);
				} else return this.where(":id").equals(keyOrObject).modify(modifications);
			};
			Table.prototype.put = function(obj, key) {
				var _this = this;
				var _a = this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
				var objToAdd = obj;
				if (keyPath && auto) objToAdd = workaroundForUndefinedPrimKey(keyPath)(obj);
				return this._trans("readwrite", function(trans) {
					return _this.core.mutate({
						trans,
						type: "put",
						values: [objToAdd],
						keys: key != null ? [key] : null
					});
				}).then(function(res) {
					return res.numFailures ? DexiePromise.reject(res.failures[0]) : res.lastResult;
				}).then(function(lastResult) {
					if (keyPath) try {
						setByKeyPath(obj, keyPath, lastResult);
					} catch (_) {}
					return lastResult;
				});
			};
			Table.prototype.delete = function(key) {
				var _this = this;
				return this._trans("readwrite", function(trans) {
					return _this.core.mutate({
						trans,
						type: "delete",
						keys: [key]
					}).then(function(res) {
						return builtInDeletionTrigger(_this, [key], res);
					}).then(function(res) {
						return res.numFailures ? DexiePromise.reject(res.failures[0]) : void 0;
					});
				});
			};
			Table.prototype.clear = function() {
				var _this = this;
				return this._trans("readwrite", function(trans) {
					return _this.core.mutate({
						trans,
						type: "deleteRange",
						range: AnyRange
					}).then(function(res) {
						return builtInDeletionTrigger(_this, null, res);
					});
				}).then(function(res) {
					return res.numFailures ? DexiePromise.reject(res.failures[0]) : void 0;
				});
			};
			Table.prototype.bulkGet = function(keys) {
				var _this = this;
				return this._trans("readonly", function(trans) {
					return _this.core.getMany({
						keys,
						trans
					}).then(function(result) {
						return result.map(function(res) {
							return _this.hook.reading.fire(res);
						});
					});
				});
			};
			Table.prototype.bulkAdd = function(objects, keysOrOptions, options) {
				var _this = this;
				var keys = Array.isArray(keysOrOptions) ? keysOrOptions : void 0;
				options = options || (keys ? void 0 : keysOrOptions);
				var wantResults = options ? options.allKeys : void 0;
				return this._trans("readwrite", function(trans) {
					var _a = _this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
					if (keyPath && keys) throw new exceptions.InvalidArgument("bulkAdd(): keys argument invalid on tables with inbound keys");
					if (keys && keys.length !== objects.length) throw new exceptions.InvalidArgument("Arguments objects and keys must have the same length");
					var numObjects = objects.length;
					var objectsToAdd = keyPath && auto ? objects.map(workaroundForUndefinedPrimKey(keyPath)) : objects;
					return _this.core.mutate({
						trans,
						type: "add",
						keys,
						values: objectsToAdd,
						wantResults
					}).then(function(_a) {
						var numFailures = _a.numFailures, results = _a.results, lastResult = _a.lastResult, failures = _a.failures;
						var result = wantResults ? results : lastResult;
						if (numFailures === 0) return result;
						throw new BulkError("".concat(_this.name, ".bulkAdd(): ").concat(numFailures, " of ").concat(numObjects, " operations failed"), failures);
					});
				});
			};
			Table.prototype.bulkPut = function(objects, keysOrOptions, options) {
				var _this = this;
				var keys = Array.isArray(keysOrOptions) ? keysOrOptions : void 0;
				options = options || (keys ? void 0 : keysOrOptions);
				var wantResults = options ? options.allKeys : void 0;
				return this._trans("readwrite", function(trans) {
					var _a = _this.schema.primKey, auto = _a.auto, keyPath = _a.keyPath;
					if (keyPath && keys) throw new exceptions.InvalidArgument("bulkPut(): keys argument invalid on tables with inbound keys");
					if (keys && keys.length !== objects.length) throw new exceptions.InvalidArgument("Arguments objects and keys must have the same length");
					var numObjects = objects.length;
					var objectsToPut = keyPath && auto ? objects.map(workaroundForUndefinedPrimKey(keyPath)) : objects;
					return _this.core.mutate({
						trans,
						type: "put",
						keys,
						values: objectsToPut,
						wantResults
					}).then(function(_a) {
						var numFailures = _a.numFailures, results = _a.results, lastResult = _a.lastResult, failures = _a.failures;
						var result = wantResults ? results : lastResult;
						if (numFailures === 0) return result;
						throw new BulkError("".concat(_this.name, ".bulkPut(): ").concat(numFailures, " of ").concat(numObjects, " operations failed"), failures);
					});
				});
			};
			Table.prototype.bulkUpdate = function(keysAndChanges) {
				var _this = this;
				var keys = keysAndChanges.map(function(entry) {
					return entry.key;
				});
				var changeSpecs = keysAndChanges.map(function(entry) {
					return entry.changes;
				});
				var offsetMap = [];
				return this._trans("readwrite", function(trans) {
					var coreTable = _this.core;
					return coreTable.getMany({
						trans,
						keys,
						cache: "clone"
					}).then(function(objs) {
						var _a = coreTable.schema.primaryKey, outbound = _a.outbound, extractKey = _a.extractKey;
						var resultKeys = [];
						var resultObjs = [];
						keysAndChanges.forEach(function(_a, idx) {
							var key = _a.key, changes = _a.changes;
							var obj = objs[idx];
							if (obj) {
								for (var _i = 0, _b = Object.keys(changes); _i < _b.length; _i++) {
									var keyPath = _b[_i];
									setByKeyPath(obj, keyPath, changes[keyPath]);
								}
								if (!outbound && cmp(extractKey(obj), key) !== 0) throw new exceptions.Constraint("Cannot update primary key in bulkUpdate()");
								offsetMap.push(idx);
								resultKeys.push(key);
								resultObjs.push(obj);
							}
						});
						var numEntries = resultKeys.length;
						return coreTable.mutate({
							trans,
							type: "put",
							keys: resultKeys,
							values: resultObjs,
							updates: {
								keys,
								changeSpecs
							}
						}).then(function(_a) {
							var numFailures = _a.numFailures, failures = _a.failures;
							if (numFailures === 0) return numEntries;
							for (var _i = 0, _b = Object.keys(failures); _i < _b.length; _i++) {
								var offset = _b[_i];
								var mappedOffset = offsetMap[Number(offset)];
								if (mappedOffset != null) {
									var failure = failures[offset];
									delete failures[offset];
									failures[mappedOffset] = failure;
								}
							}
							throw new BulkError("".concat(_this.name, ".bulkUpdate(): ").concat(numFailures, " of ").concat(numEntries, " operations failed"), failures);
						});
					});
				});
			};
			Table.prototype.bulkDelete = function(keys) {
				var _this = this;
				var numKeys = keys.length;
				return this._trans("readwrite", function(trans) {
					return _this.core.mutate({
						trans,
						type: "delete",
						keys
					}).then(function(res) {
						return builtInDeletionTrigger(_this, keys, res);
					});
				}).then(function(_a) {
					var numFailures = _a.numFailures, lastResult = _a.lastResult, failures = _a.failures;
					if (numFailures === 0) return lastResult;
					throw new BulkError("".concat(_this.name, ".bulkDelete(): ").concat(numFailures, " of ").concat(numKeys, " operations failed"), failures);
				});
			};
			return Table;
		}();
		function Events(ctx) {
			var evs = {};
			var rv = function(eventName, subscriber) {
				if (subscriber) {
					var i = arguments.length, args = new Array(i - 1);
					while (--i) args[i - 1] = arguments[i];
					evs[eventName].subscribe.apply(null, args);
					return ctx;
				} else if (typeof eventName === "string") return evs[eventName];
			};
			rv.addEventType = add;
			for (var i = 1, l = arguments.length; i < l; ++i) add(arguments[i]);
			return rv;
			function add(eventName, chainFunction, defaultFunction) {
				if (typeof eventName === "object") return addConfiguredEvents(eventName);
				if (!chainFunction) chainFunction = reverseStoppableEventChain;
				if (!defaultFunction) defaultFunction = nop;
				var context = {
					subscribers: [],
					fire: defaultFunction,
					subscribe: function(cb) {
						if (context.subscribers.indexOf(cb) === -1) {
							context.subscribers.push(cb);
							context.fire = chainFunction(context.fire, cb);
						}
					},
					unsubscribe: function(cb) {
						context.subscribers = context.subscribers.filter(function(fn) {
							return fn !== cb;
						});
						context.fire = context.subscribers.reduce(chainFunction, defaultFunction);
					}
				};
				evs[eventName] = rv[eventName] = context;
				return context;
			}
			function addConfiguredEvents(cfg) {
				keys(cfg).forEach(function(eventName) {
					var args = cfg[eventName];
					if (isArray(args)) add(eventName, cfg[eventName][0], cfg[eventName][1]);
					else if (args === "asap") var context = add(eventName, mirror, function fire() {
						var i = arguments.length, args = new Array(i);
						while (i--) args[i] = arguments[i];
						context.subscribers.forEach(function(fn) {
							asap$1(function fireEvent() {
								fn.apply(null, args);
							});
						});
					});
					else throw new exceptions.InvalidArgument("Invalid event config");
				});
			}
		}
		function makeClassConstructor(prototype, constructor) {
			derive(constructor).from({ prototype });
			return constructor;
		}
		function createTableConstructor(db) {
			return makeClassConstructor(Table.prototype, function Table(name, tableSchema, trans) {
				this.db = db;
				this._tx = trans;
				this.name = name;
				this.schema = tableSchema;
				this.hook = db._allTables[name] ? db._allTables[name].hook : Events(null, {
					creating: [hookCreatingChain, nop],
					reading: [pureFunctionChain, mirror],
					updating: [hookUpdatingChain, nop],
					deleting: [hookDeletingChain, nop]
				});
			});
		}
		function isPlainKeyRange(ctx, ignoreLimitFilter) {
			return !(ctx.filter || ctx.algorithm || ctx.or) && (ignoreLimitFilter ? ctx.justLimit : !ctx.replayFilter);
		}
		function addFilter(ctx, fn) {
			ctx.filter = combine(ctx.filter, fn);
		}
		function addReplayFilter(ctx, factory, isLimitFilter) {
			var curr = ctx.replayFilter;
			ctx.replayFilter = curr ? function() {
				return combine(curr(), factory());
			} : factory;
			ctx.justLimit = isLimitFilter && !curr;
		}
		function addMatchFilter(ctx, fn) {
			ctx.isMatch = combine(ctx.isMatch, fn);
		}
		function getIndexOrStore(ctx, coreSchema) {
			if (ctx.isPrimKey) return coreSchema.primaryKey;
			var index = coreSchema.getIndexByKeyPath(ctx.index);
			if (!index) throw new exceptions.Schema("KeyPath " + ctx.index + " on object store " + coreSchema.name + " is not indexed");
			return index;
		}
		function openCursor(ctx, coreTable, trans) {
			var index = getIndexOrStore(ctx, coreTable.schema);
			return coreTable.openCursor({
				trans,
				values: !ctx.keysOnly,
				reverse: ctx.dir === "prev",
				unique: !!ctx.unique,
				query: {
					index,
					range: ctx.range
				}
			});
		}
		function iter(ctx, fn, coreTrans, coreTable) {
			var filter = ctx.replayFilter ? combine(ctx.filter, ctx.replayFilter()) : ctx.filter;
			if (!ctx.or) return iterate(openCursor(ctx, coreTable, coreTrans), combine(ctx.algorithm, filter), fn, !ctx.keysOnly && ctx.valueMapper);
			else {
				var set_1 = {};
				var union = function(item, cursor, advance) {
					if (!filter || filter(cursor, advance, function(result) {
						return cursor.stop(result);
					}, function(err) {
						return cursor.fail(err);
					})) {
						var primaryKey = cursor.primaryKey;
						var key = "" + primaryKey;
						if (key === "[object ArrayBuffer]") key = "" + new Uint8Array(primaryKey);
						if (!hasOwn(set_1, key)) {
							set_1[key] = true;
							fn(item, cursor, advance);
						}
					}
				};
				return Promise.all([ctx.or._iterate(union, coreTrans), iterate(openCursor(ctx, coreTable, coreTrans), ctx.algorithm, union, !ctx.keysOnly && ctx.valueMapper)]);
			}
		}
		function iterate(cursorPromise, filter, fn, valueMapper) {
			var wrappedFn = wrap(valueMapper ? function(x, c, a) {
				return fn(valueMapper(x), c, a);
			} : fn);
			return cursorPromise.then(function(cursor) {
				if (cursor) return cursor.start(function() {
					var c = function() {
						return cursor.continue();
					};
					if (!filter || filter(cursor, function(advancer) {
						return c = advancer;
					}, function(val) {
						cursor.stop(val);
						c = nop;
					}, function(e) {
						cursor.fail(e);
						c = nop;
					})) wrappedFn(cursor.value, cursor, function(advancer) {
						return c = advancer;
					});
					c();
				});
			});
		}
		var Collection = function() {
			function Collection() {}
			Collection.prototype._read = function(fn, cb) {
				var ctx = this._ctx;
				return ctx.error ? ctx.table._trans(null, rejection.bind(null, ctx.error)) : ctx.table._trans("readonly", fn).then(cb);
			};
			Collection.prototype._write = function(fn) {
				var ctx = this._ctx;
				return ctx.error ? ctx.table._trans(null, rejection.bind(null, ctx.error)) : ctx.table._trans("readwrite", fn, "locked");
			};
			Collection.prototype._addAlgorithm = function(fn) {
				var ctx = this._ctx;
				ctx.algorithm = combine(ctx.algorithm, fn);
			};
			Collection.prototype._iterate = function(fn, coreTrans) {
				return iter(this._ctx, fn, coreTrans, this._ctx.table.core);
			};
			Collection.prototype.clone = function(props) {
				var rv = Object.create(this.constructor.prototype), ctx = Object.create(this._ctx);
				if (props) extend(ctx, props);
				rv._ctx = ctx;
				return rv;
			};
			Collection.prototype.raw = function() {
				this._ctx.valueMapper = null;
				return this;
			};
			Collection.prototype.each = function(fn) {
				var ctx = this._ctx;
				return this._read(function(trans) {
					return iter(ctx, fn, trans, ctx.table.core);
				});
			};
			Collection.prototype.count = function(cb) {
				var _this = this;
				return this._read(function(trans) {
					var ctx = _this._ctx;
					var coreTable = ctx.table.core;
					if (isPlainKeyRange(ctx, true)) return coreTable.count({
						trans,
						query: {
							index: getIndexOrStore(ctx, coreTable.schema),
							range: ctx.range
						}
					}).then(function(count) {
						return Math.min(count, ctx.limit);
					});
					else {
						var count = 0;
						return iter(ctx, function() {
							++count;
							return false;
						}, trans, coreTable).then(function() {
							return count;
						});
					}
				}).then(cb);
			};
			Collection.prototype.sortBy = function(keyPath, cb) {
				var parts = keyPath.split(".").reverse(), lastPart = parts[0], lastIndex = parts.length - 1;
				function getval(obj, i) {
					if (i) return getval(obj[parts[i]], i - 1);
					return obj[lastPart];
				}
				var order = this._ctx.dir === "next" ? 1 : -1;
				function sorter(a, b) {
					return cmp(getval(a, lastIndex), getval(b, lastIndex)) * order;
				}
				return this.toArray(function(a) {
					return a.slice().sort(sorter);
				}).then(cb);
			};
			Collection.prototype.toArray = function(cb) {
				var _this = this;
				return this._read(function(trans) {
					var ctx = _this._ctx;
					if (isPlainKeyRange(ctx, true) && ctx.limit > 0) {
						var valueMapper_1 = ctx.valueMapper;
						var index = getIndexOrStore(ctx, ctx.table.core.schema);
						return ctx.table.core.query({
							trans,
							limit: ctx.limit,
							values: true,
							direction: ctx.dir === "prev" ? "prev" : void 0,
							query: {
								index,
								range: ctx.range
							}
						}).then(function(_a) {
							var result = _a.result;
							return valueMapper_1 ? result.map(valueMapper_1) : result;
						});
					} else {
						var a_1 = [];
						return iter(ctx, function(item) {
							return a_1.push(item);
						}, trans, ctx.table.core).then(function() {
							return a_1;
						});
					}
				}, cb);
			};
			Collection.prototype.offset = function(offset) {
				var ctx = this._ctx;
				if (offset <= 0) return this;
				ctx.offset += offset;
				if (isPlainKeyRange(ctx)) addReplayFilter(ctx, function() {
					var offsetLeft = offset;
					return function(cursor, advance) {
						if (offsetLeft === 0) return true;
						if (offsetLeft === 1) {
							--offsetLeft;
							return false;
						}
						advance(function() {
							cursor.advance(offsetLeft);
							offsetLeft = 0;
						});
						return false;
					};
				});
				else addReplayFilter(ctx, function() {
					var offsetLeft = offset;
					return function() {
						return --offsetLeft < 0;
					};
				});
				return this;
			};
			Collection.prototype.limit = function(numRows) {
				this._ctx.limit = Math.min(this._ctx.limit, numRows);
				addReplayFilter(this._ctx, function() {
					var rowsLeft = numRows;
					return function(cursor, advance, resolve) {
						if (--rowsLeft <= 0) advance(resolve);
						return rowsLeft >= 0;
					};
				}, true);
				return this;
			};
			Collection.prototype.until = function(filterFunction, bIncludeStopEntry) {
				addFilter(this._ctx, function(cursor, advance, resolve) {
					if (filterFunction(cursor.value)) {
						advance(resolve);
						return bIncludeStopEntry;
					} else return true;
				});
				return this;
			};
			Collection.prototype.first = function(cb) {
				return this.limit(1).toArray(function(a) {
					return a[0];
				}).then(cb);
			};
			Collection.prototype.last = function(cb) {
				return this.reverse().first(cb);
			};
			Collection.prototype.filter = function(filterFunction) {
				addFilter(this._ctx, function(cursor) {
					return filterFunction(cursor.value);
				});
				addMatchFilter(this._ctx, filterFunction);
				return this;
			};
			Collection.prototype.and = function(filter) {
				return this.filter(filter);
			};
			Collection.prototype.or = function(indexName) {
				return new this.db.WhereClause(this._ctx.table, indexName, this);
			};
			Collection.prototype.reverse = function() {
				this._ctx.dir = this._ctx.dir === "prev" ? "next" : "prev";
				if (this._ondirectionchange) this._ondirectionchange(this._ctx.dir);
				return this;
			};
			Collection.prototype.desc = function() {
				return this.reverse();
			};
			Collection.prototype.eachKey = function(cb) {
				var ctx = this._ctx;
				ctx.keysOnly = !ctx.isMatch;
				return this.each(function(val, cursor) {
					cb(cursor.key, cursor);
				});
			};
			Collection.prototype.eachUniqueKey = function(cb) {
				this._ctx.unique = "unique";
				return this.eachKey(cb);
			};
			Collection.prototype.eachPrimaryKey = function(cb) {
				var ctx = this._ctx;
				ctx.keysOnly = !ctx.isMatch;
				return this.each(function(val, cursor) {
					cb(cursor.primaryKey, cursor);
				});
			};
			Collection.prototype.keys = function(cb) {
				var ctx = this._ctx;
				ctx.keysOnly = !ctx.isMatch;
				var a = [];
				return this.each(function(item, cursor) {
					a.push(cursor.key);
				}).then(function() {
					return a;
				}).then(cb);
			};
			Collection.prototype.primaryKeys = function(cb) {
				var ctx = this._ctx;
				if (isPlainKeyRange(ctx, true) && ctx.limit > 0) return this._read(function(trans) {
					var index = getIndexOrStore(ctx, ctx.table.core.schema);
					return ctx.table.core.query({
						trans,
						values: false,
						limit: ctx.limit,
						direction: ctx.dir === "prev" ? "prev" : void 0,
						query: {
							index,
							range: ctx.range
						}
					});
				}).then(function(_a) {
					return _a.result;
				}).then(cb);
				ctx.keysOnly = !ctx.isMatch;
				var a = [];
				return this.each(function(item, cursor) {
					a.push(cursor.primaryKey);
				}).then(function() {
					return a;
				}).then(cb);
			};
			Collection.prototype.uniqueKeys = function(cb) {
				this._ctx.unique = "unique";
				return this.keys(cb);
			};
			Collection.prototype.firstKey = function(cb) {
				return this.limit(1).keys(function(a) {
					return a[0];
				}).then(cb);
			};
			Collection.prototype.lastKey = function(cb) {
				return this.reverse().firstKey(cb);
			};
			Collection.prototype.distinct = function() {
				var ctx = this._ctx, idx = ctx.index && ctx.table.schema.idxByName[ctx.index];
				if (!idx || !idx.multi) return this;
				var set = {};
				addFilter(this._ctx, function(cursor) {
					var strKey = cursor.primaryKey.toString();
					var found = hasOwn(set, strKey);
					set[strKey] = true;
					return !found;
				});
				return this;
			};
			Collection.prototype.modify = function(changes) {
				var _this = this;
				var ctx = this._ctx;
				return this._write(function(trans) {
					var modifyer;
					if (typeof changes === "function") modifyer = changes;
					else modifyer = function(item) {
						return applyUpdateSpec(item, changes);
					};
					var coreTable = ctx.table.core;
					var _a = coreTable.schema.primaryKey, outbound = _a.outbound, extractKey = _a.extractKey;
					var limit = 200;
					var modifyChunkSize = _this.db._options.modifyChunkSize;
					if (modifyChunkSize) {
						if (typeof modifyChunkSize == "object") limit = modifyChunkSize[coreTable.name] || modifyChunkSize["*"] || 200;
						else limit = modifyChunkSize;
					}
					var totalFailures = [];
					var successCount = 0;
					var failedKeys = [];
					var applyMutateResult = function(expectedCount, res) {
						var failures = res.failures, numFailures = res.numFailures;
						successCount += expectedCount - numFailures;
						for (var _i = 0, _a = keys(failures); _i < _a.length; _i++) {
							var pos = _a[_i];
							totalFailures.push(failures[pos]);
						}
					};
					var isUnconditionalDelete = changes === deleteCallback;
					return _this.clone().primaryKeys().then(function(keys) {
						var criteria = isPlainKeyRange(ctx) && ctx.limit === Infinity && (typeof changes !== "function" || isUnconditionalDelete) && {
							index: ctx.index,
							range: ctx.range
						};
						var nextChunk = function(offset) {
							var count = Math.min(limit, keys.length - offset);
							var keysInChunk = keys.slice(offset, offset + count);
							return (isUnconditionalDelete ? Promise.resolve([]) : coreTable.getMany({
								trans,
								keys: keysInChunk,
								cache: "immutable"
							})).then(function(values) {
								var addValues = [];
								var putValues = [];
								var putKeys = outbound ? [] : null;
								var deleteKeys = isUnconditionalDelete ? keysInChunk : [];
								if (!isUnconditionalDelete) for (var i = 0; i < count; ++i) {
									var origValue = values[i];
									var ctx_1 = {
										value: deepClone(origValue),
										primKey: keys[offset + i]
									};
									if (modifyer.call(ctx_1, ctx_1.value, ctx_1) !== false) {
										if (ctx_1.value == null) deleteKeys.push(keys[offset + i]);
										else if (!outbound && cmp(extractKey(origValue), extractKey(ctx_1.value)) !== 0) {
											deleteKeys.push(keys[offset + i]);
											addValues.push(ctx_1.value);
										} else {
											putValues.push(ctx_1.value);
											if (outbound) putKeys.push(keys[offset + i]);
										}
									}
								}
								return Promise.resolve(addValues.length > 0 && coreTable.mutate({
									trans,
									type: "add",
									values: addValues
								}).then(function(res) {
									for (var pos in res.failures) deleteKeys.splice(parseInt(pos), 1);
									applyMutateResult(addValues.length, res);
								})).then(function() {
									return (putValues.length > 0 || criteria && typeof changes === "object") && coreTable.mutate({
										trans,
										type: "put",
										keys: putKeys,
										values: putValues,
										criteria,
										changeSpec: typeof changes !== "function" && changes,
										isAdditionalChunk: offset > 0
									}).then(function(res) {
										return applyMutateResult(putValues.length, res);
									});
								}).then(function() {
									return (deleteKeys.length > 0 || criteria && isUnconditionalDelete) && coreTable.mutate({
										trans,
										type: "delete",
										keys: deleteKeys,
										criteria,
										isAdditionalChunk: offset > 0
									}).then(function(res) {
										return builtInDeletionTrigger(ctx.table, deleteKeys, res);
									}).then(function(res) {
										return applyMutateResult(deleteKeys.length, res);
									});
								}).then(function() {
									return keys.length > offset + count && nextChunk(offset + limit);
								});
							});
						};
						return nextChunk(0).then(function() {
							if (totalFailures.length > 0) throw new ModifyError("Error modifying one or more objects", totalFailures, successCount, failedKeys);
							return keys.length;
						});
					});
				});
			};
			Collection.prototype.delete = function() {
				var ctx = this._ctx, range = ctx.range;
				if (isPlainKeyRange(ctx) && !ctx.table.schema.yProps && (ctx.isPrimKey || range.type === 3)) return this._write(function(trans) {
					var primaryKey = ctx.table.core.schema.primaryKey;
					var coreRange = range;
					return ctx.table.core.count({
						trans,
						query: {
							index: primaryKey,
							range: coreRange
						}
					}).then(function(count) {
						return ctx.table.core.mutate({
							trans,
							type: "deleteRange",
							range: coreRange
						}).then(function(_a) {
							var failures = _a.failures, numFailures = _a.numFailures;
							if (numFailures) throw new ModifyError("Could not delete some values", Object.keys(failures).map(function(pos) {
								return failures[pos];
							}), count - numFailures);
							return count - numFailures;
						});
					});
				});
				return this.modify(deleteCallback);
			};
			return Collection;
		}();
		var deleteCallback = function(value, ctx) {
			return ctx.value = null;
		};
		function createCollectionConstructor(db) {
			return makeClassConstructor(Collection.prototype, function Collection(whereClause, keyRangeGenerator) {
				this.db = db;
				var keyRange = AnyRange, error = null;
				if (keyRangeGenerator) try {
					keyRange = keyRangeGenerator();
				} catch (ex) {
					error = ex;
				}
				var whereCtx = whereClause._ctx;
				var table = whereCtx.table;
				var readingHook = table.hook.reading.fire;
				this._ctx = {
					table,
					index: whereCtx.index,
					isPrimKey: !whereCtx.index || table.schema.primKey.keyPath && whereCtx.index === table.schema.primKey.name,
					range: keyRange,
					keysOnly: false,
					dir: "next",
					unique: "",
					algorithm: null,
					filter: null,
					replayFilter: null,
					justLimit: true,
					isMatch: null,
					offset: 0,
					limit: Infinity,
					error,
					or: whereCtx.or,
					valueMapper: readingHook !== mirror ? readingHook : null
				};
			});
		}
		function simpleCompare(a, b) {
			return a < b ? -1 : a === b ? 0 : 1;
		}
		function simpleCompareReverse(a, b) {
			return a > b ? -1 : a === b ? 0 : 1;
		}
		function fail(collectionOrWhereClause, err, T) {
			var collection = collectionOrWhereClause instanceof WhereClause ? new collectionOrWhereClause.Collection(collectionOrWhereClause) : collectionOrWhereClause;
			collection._ctx.error = T ? new T(err) : new TypeError(err);
			return collection;
		}
		function emptyCollection(whereClause) {
			var collection = new whereClause.Collection(whereClause, function() {
				return rangeEqual("");
			});
			collection._addAlgorithm(function() {
				return false;
			});
			return collection;
		}
		function upperFactory(dir) {
			return dir === "next" ? function(s) {
				return s.toUpperCase();
			} : function(s) {
				return s.toLowerCase();
			};
		}
		function lowerFactory(dir) {
			return dir === "next" ? function(s) {
				return s.toLowerCase();
			} : function(s) {
				return s.toUpperCase();
			};
		}
		function nextCasing(key, lowerKey, upperNeedle, lowerNeedle, cmp, dir) {
			var length = Math.min(key.length, lowerNeedle.length);
			var llp = -1;
			for (var i = 0; i < length; ++i) {
				var lwrKeyChar = lowerKey[i];
				if (lwrKeyChar !== lowerNeedle[i]) {
					if (cmp(key[i], upperNeedle[i]) < 0) return key.substr(0, i) + upperNeedle[i] + upperNeedle.substr(i + 1);
					if (cmp(key[i], lowerNeedle[i]) < 0) return key.substr(0, i) + lowerNeedle[i] + upperNeedle.substr(i + 1);
					if (llp >= 0) return key.substr(0, llp) + lowerKey[llp] + upperNeedle.substr(llp + 1);
					return null;
				}
				if (cmp(key[i], lwrKeyChar) < 0) llp = i;
			}
			if (length < lowerNeedle.length && dir === "next") return key + upperNeedle.substr(key.length);
			if (length < key.length && dir === "prev") return key.substr(0, upperNeedle.length);
			return llp < 0 ? null : key.substr(0, llp) + lowerNeedle[llp] + upperNeedle.substr(llp + 1);
		}
		function addIgnoreCaseAlgorithm(whereClause, match, needles, suffix) {
			var upper, lower, compare, upperNeedles, lowerNeedles, direction, nextKeySuffix, needlesLen = needles.length;
			if (!needles.every(function(s) {
				return typeof s === "string";
			})) return fail(whereClause, STRING_EXPECTED);
			function initDirection(dir) {
				upper = upperFactory(dir);
				lower = lowerFactory(dir);
				compare = dir === "next" ? simpleCompare : simpleCompareReverse;
				var needleBounds = needles.map(function(needle) {
					return {
						lower: lower(needle),
						upper: upper(needle)
					};
				}).sort(function(a, b) {
					return compare(a.lower, b.lower);
				});
				upperNeedles = needleBounds.map(function(nb) {
					return nb.upper;
				});
				lowerNeedles = needleBounds.map(function(nb) {
					return nb.lower;
				});
				direction = dir;
				nextKeySuffix = dir === "next" ? "" : suffix;
			}
			initDirection("next");
			var c = new whereClause.Collection(whereClause, function() {
				return createRange(upperNeedles[0], lowerNeedles[needlesLen - 1] + suffix);
			});
			c._ondirectionchange = function(direction) {
				initDirection(direction);
			};
			var firstPossibleNeedle = 0;
			c._addAlgorithm(function(cursor, advance, resolve) {
				var key = cursor.key;
				if (typeof key !== "string") return false;
				var lowerKey = lower(key);
				if (match(lowerKey, lowerNeedles, firstPossibleNeedle)) return true;
				else {
					var lowestPossibleCasing = null;
					for (var i = firstPossibleNeedle; i < needlesLen; ++i) {
						var casing = nextCasing(key, lowerKey, upperNeedles[i], lowerNeedles[i], compare, direction);
						if (casing === null && lowestPossibleCasing === null) firstPossibleNeedle = i + 1;
						else if (lowestPossibleCasing === null || compare(lowestPossibleCasing, casing) > 0) lowestPossibleCasing = casing;
					}
					if (lowestPossibleCasing !== null) advance(function() {
						cursor.continue(lowestPossibleCasing + nextKeySuffix);
					});
					else advance(resolve);
					return false;
				}
			});
			return c;
		}
		function createRange(lower, upper, lowerOpen, upperOpen) {
			return {
				type: 2,
				lower,
				upper,
				lowerOpen,
				upperOpen
			};
		}
		function rangeEqual(value) {
			return {
				type: 1,
				lower: value,
				upper: value
			};
		}
		var WhereClause = function() {
			function WhereClause() {}
			Object.defineProperty(WhereClause.prototype, "Collection", {
				get: function() {
					return this._ctx.table.db.Collection;
				},
				enumerable: false,
				configurable: true
			});
			WhereClause.prototype.between = function(lower, upper, includeLower, includeUpper) {
				includeLower = includeLower !== false;
				includeUpper = includeUpper === true;
				try {
					if (this._cmp(lower, upper) > 0 || this._cmp(lower, upper) === 0 && (includeLower || includeUpper) && !(includeLower && includeUpper)) return emptyCollection(this);
					return new this.Collection(this, function() {
						return createRange(lower, upper, !includeLower, !includeUpper);
					});
				} catch (e) {
					return fail(this, INVALID_KEY_ARGUMENT);
				}
			};
			WhereClause.prototype.equals = function(value) {
				if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
				return new this.Collection(this, function() {
					return rangeEqual(value);
				});
			};
			WhereClause.prototype.above = function(value) {
				if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
				return new this.Collection(this, function() {
					return createRange(value, void 0, true);
				});
			};
			WhereClause.prototype.aboveOrEqual = function(value) {
				if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
				return new this.Collection(this, function() {
					return createRange(value, void 0, false);
				});
			};
			WhereClause.prototype.below = function(value) {
				if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
				return new this.Collection(this, function() {
					return createRange(void 0, value, false, true);
				});
			};
			WhereClause.prototype.belowOrEqual = function(value) {
				if (value == null) return fail(this, INVALID_KEY_ARGUMENT);
				return new this.Collection(this, function() {
					return createRange(void 0, value);
				});
			};
			WhereClause.prototype.startsWith = function(str) {
				if (typeof str !== "string") return fail(this, STRING_EXPECTED);
				return this.between(str, str + maxString, true, true);
			};
			WhereClause.prototype.startsWithIgnoreCase = function(str) {
				if (str === "") return this.startsWith(str);
				return addIgnoreCaseAlgorithm(this, function(x, a) {
					return x.indexOf(a[0]) === 0;
				}, [str], maxString);
			};
			WhereClause.prototype.equalsIgnoreCase = function(str) {
				return addIgnoreCaseAlgorithm(this, function(x, a) {
					return x === a[0];
				}, [str], "");
			};
			WhereClause.prototype.anyOfIgnoreCase = function() {
				var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
				if (set.length === 0) return emptyCollection(this);
				return addIgnoreCaseAlgorithm(this, function(x, a) {
					return a.indexOf(x) !== -1;
				}, set, "");
			};
			WhereClause.prototype.startsWithAnyOfIgnoreCase = function() {
				var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
				if (set.length === 0) return emptyCollection(this);
				return addIgnoreCaseAlgorithm(this, function(x, a) {
					return a.some(function(n) {
						return x.indexOf(n) === 0;
					});
				}, set, maxString);
			};
			WhereClause.prototype.anyOf = function() {
				var _this = this;
				var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
				var compare = this._cmp;
				try {
					set.sort(compare);
				} catch (e) {
					return fail(this, INVALID_KEY_ARGUMENT);
				}
				if (set.length === 0) return emptyCollection(this);
				var c = new this.Collection(this, function() {
					return createRange(set[0], set[set.length - 1]);
				});
				c._ondirectionchange = function(direction) {
					compare = direction === "next" ? _this._ascending : _this._descending;
					set.sort(compare);
				};
				var i = 0;
				c._addAlgorithm(function(cursor, advance, resolve) {
					var key = cursor.key;
					while (compare(key, set[i]) > 0) {
						++i;
						if (i === set.length) {
							advance(resolve);
							return false;
						}
					}
					if (compare(key, set[i]) === 0) return true;
					else {
						advance(function() {
							cursor.continue(set[i]);
						});
						return false;
					}
				});
				return c;
			};
			WhereClause.prototype.notEqual = function(value) {
				return this.inAnyRange([[minKey, value], [value, this.db._maxKey]], {
					includeLowers: false,
					includeUppers: false
				});
			};
			WhereClause.prototype.noneOf = function() {
				var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
				if (set.length === 0) return new this.Collection(this);
				try {
					set.sort(this._ascending);
				} catch (e) {
					return fail(this, INVALID_KEY_ARGUMENT);
				}
				var ranges = set.reduce(function(res, val) {
					return res ? res.concat([[res[res.length - 1][1], val]]) : [[minKey, val]];
				}, null);
				ranges.push([set[set.length - 1], this.db._maxKey]);
				return this.inAnyRange(ranges, {
					includeLowers: false,
					includeUppers: false
				});
			};
			WhereClause.prototype.inAnyRange = function(ranges, options) {
				var _this = this;
				var cmp = this._cmp, ascending = this._ascending, descending = this._descending, min = this._min, max = this._max;
				if (ranges.length === 0) return emptyCollection(this);
				if (!ranges.every(function(range) {
					return range[0] !== void 0 && range[1] !== void 0 && ascending(range[0], range[1]) <= 0;
				})) return fail(this, "First argument to inAnyRange() must be an Array of two-value Arrays [lower,upper] where upper must not be lower than lower", exceptions.InvalidArgument);
				var includeLowers = !options || options.includeLowers !== false;
				var includeUppers = options && options.includeUppers === true;
				function addRange(ranges, newRange) {
					var i = 0, l = ranges.length;
					for (; i < l; ++i) {
						var range = ranges[i];
						if (cmp(newRange[0], range[1]) < 0 && cmp(newRange[1], range[0]) > 0) {
							range[0] = min(range[0], newRange[0]);
							range[1] = max(range[1], newRange[1]);
							break;
						}
					}
					if (i === l) ranges.push(newRange);
					return ranges;
				}
				var sortDirection = ascending;
				function rangeSorter(a, b) {
					return sortDirection(a[0], b[0]);
				}
				var set;
				try {
					set = ranges.reduce(addRange, []);
					set.sort(rangeSorter);
				} catch (ex) {
					return fail(this, INVALID_KEY_ARGUMENT);
				}
				var rangePos = 0;
				var keyIsBeyondCurrentEntry = includeUppers ? function(key) {
					return ascending(key, set[rangePos][1]) > 0;
				} : function(key) {
					return ascending(key, set[rangePos][1]) >= 0;
				};
				var keyIsBeforeCurrentEntry = includeLowers ? function(key) {
					return descending(key, set[rangePos][0]) > 0;
				} : function(key) {
					return descending(key, set[rangePos][0]) >= 0;
				};
				function keyWithinCurrentRange(key) {
					return !keyIsBeyondCurrentEntry(key) && !keyIsBeforeCurrentEntry(key);
				}
				var checkKey = keyIsBeyondCurrentEntry;
				var c = new this.Collection(this, function() {
					return createRange(set[0][0], set[set.length - 1][1], !includeLowers, !includeUppers);
				});
				c._ondirectionchange = function(direction) {
					if (direction === "next") {
						checkKey = keyIsBeyondCurrentEntry;
						sortDirection = ascending;
					} else {
						checkKey = keyIsBeforeCurrentEntry;
						sortDirection = descending;
					}
					set.sort(rangeSorter);
				};
				c._addAlgorithm(function(cursor, advance, resolve) {
					var key = cursor.key;
					while (checkKey(key)) {
						++rangePos;
						if (rangePos === set.length) {
							advance(resolve);
							return false;
						}
					}
					if (keyWithinCurrentRange(key)) return true;
					else if (_this._cmp(key, set[rangePos][1]) === 0 || _this._cmp(key, set[rangePos][0]) === 0) return false;
					else {
						advance(function() {
							if (sortDirection === ascending) cursor.continue(set[rangePos][0]);
							else cursor.continue(set[rangePos][1]);
						});
						return false;
					}
				});
				return c;
			};
			WhereClause.prototype.startsWithAnyOf = function() {
				var set = getArrayOf.apply(NO_CHAR_ARRAY, arguments);
				if (!set.every(function(s) {
					return typeof s === "string";
				})) return fail(this, "startsWithAnyOf() only works with strings");
				if (set.length === 0) return emptyCollection(this);
				return this.inAnyRange(set.map(function(str) {
					return [str, str + maxString];
				}));
			};
			return WhereClause;
		}();
		function createWhereClauseConstructor(db) {
			return makeClassConstructor(WhereClause.prototype, function WhereClause(table, index, orCollection) {
				this.db = db;
				this._ctx = {
					table,
					index: index === ":id" ? null : index,
					or: orCollection
				};
				this._cmp = this._ascending = cmp;
				this._descending = function(a, b) {
					return cmp(b, a);
				};
				this._max = function(a, b) {
					return cmp(a, b) > 0 ? a : b;
				};
				this._min = function(a, b) {
					return cmp(a, b) < 0 ? a : b;
				};
				this._IDBKeyRange = db._deps.IDBKeyRange;
				if (!this._IDBKeyRange) throw new exceptions.MissingAPI();
			});
		}
		function eventRejectHandler(reject) {
			return wrap(function(event) {
				preventDefault(event);
				reject(event.target.error);
				return false;
			});
		}
		function preventDefault(event) {
			if (event.stopPropagation) event.stopPropagation();
			if (event.preventDefault) event.preventDefault();
		}
		var DEXIE_STORAGE_MUTATED_EVENT_NAME = "storagemutated";
		var STORAGE_MUTATED_DOM_EVENT_NAME = "x-storagemutated-1";
		var globalEvents = Events(null, DEXIE_STORAGE_MUTATED_EVENT_NAME);
		var Transaction = function() {
			function Transaction() {}
			Transaction.prototype._lock = function() {
				assert(!PSD.global);
				++this._reculock;
				if (this._reculock === 1 && !PSD.global) PSD.lockOwnerFor = this;
				return this;
			};
			Transaction.prototype._unlock = function() {
				assert(!PSD.global);
				if (--this._reculock === 0) {
					if (!PSD.global) PSD.lockOwnerFor = null;
					while (this._blockedFuncs.length > 0 && !this._locked()) {
						var fnAndPSD = this._blockedFuncs.shift();
						try {
							usePSD(fnAndPSD[1], fnAndPSD[0]);
						} catch (e) {}
					}
				}
				return this;
			};
			Transaction.prototype._locked = function() {
				return this._reculock && PSD.lockOwnerFor !== this;
			};
			Transaction.prototype.create = function(idbtrans) {
				var _this = this;
				if (!this.mode) return this;
				var idbdb = this.db.idbdb;
				var dbOpenError = this.db._state.dbOpenError;
				assert(!this.idbtrans);
				if (!idbtrans && !idbdb) switch (dbOpenError && dbOpenError.name) {
					case "DatabaseClosedError": throw new exceptions.DatabaseClosed(dbOpenError);
					case "MissingAPIError": throw new exceptions.MissingAPI(dbOpenError.message, dbOpenError);
					default: throw new exceptions.OpenFailed(dbOpenError);
				}
				if (!this.active) throw new exceptions.TransactionInactive();
				assert(this._completion._state === null);
				idbtrans = this.idbtrans = idbtrans || (this.db.core ? this.db.core.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }) : idbdb.transaction(this.storeNames, this.mode, { durability: this.chromeTransactionDurability }));
				idbtrans.onerror = wrap(function(ev) {
					preventDefault(ev);
					_this._reject(idbtrans.error);
				});
				idbtrans.onabort = wrap(function(ev) {
					preventDefault(ev);
					_this.active && _this._reject(new exceptions.Abort(idbtrans.error));
					_this.active = false;
					_this.on("abort").fire(ev);
				});
				idbtrans.oncomplete = wrap(function() {
					_this.active = false;
					_this._resolve();
					if ("mutatedParts" in idbtrans) globalEvents.storagemutated.fire(idbtrans["mutatedParts"]);
				});
				return this;
			};
			Transaction.prototype._promise = function(mode, fn, bWriteLock) {
				var _this = this;
				if (mode === "readwrite" && this.mode !== "readwrite") return rejection(new exceptions.ReadOnly("Transaction is readonly"));
				if (!this.active) return rejection(new exceptions.TransactionInactive());
				if (this._locked()) return new DexiePromise(function(resolve, reject) {
					_this._blockedFuncs.push([function() {
						_this._promise(mode, fn, bWriteLock).then(resolve, reject);
					}, PSD]);
				});
				else if (bWriteLock) return newScope(function() {
					var p = new DexiePromise(function(resolve, reject) {
						_this._lock();
						var rv = fn(resolve, reject, _this);
						if (rv && rv.then) rv.then(resolve, reject);
					});
					p.finally(function() {
						return _this._unlock();
					});
					p._lib = true;
					return p;
				});
				else {
					var p = new DexiePromise(function(resolve, reject) {
						var rv = fn(resolve, reject, _this);
						if (rv && rv.then) rv.then(resolve, reject);
					});
					p._lib = true;
					return p;
				}
			};
			Transaction.prototype._root = function() {
				return this.parent ? this.parent._root() : this;
			};
			Transaction.prototype.waitFor = function(promiseLike) {
				var root = this._root();
				var promise = DexiePromise.resolve(promiseLike);
				if (root._waitingFor) root._waitingFor = root._waitingFor.then(function() {
					return promise;
				});
				else {
					root._waitingFor = promise;
					root._waitingQueue = [];
					var store = root.idbtrans.objectStore(root.storeNames[0]);
					(function spin() {
						++root._spinCount;
						while (root._waitingQueue.length) root._waitingQueue.shift()();
						if (root._waitingFor) store.get(-Infinity).onsuccess = spin;
					})();
				}
				var currentWaitPromise = root._waitingFor;
				return new DexiePromise(function(resolve, reject) {
					promise.then(function(res) {
						return root._waitingQueue.push(wrap(resolve.bind(null, res)));
					}, function(err) {
						return root._waitingQueue.push(wrap(reject.bind(null, err)));
					}).finally(function() {
						if (root._waitingFor === currentWaitPromise) root._waitingFor = null;
					});
				});
			};
			Transaction.prototype.abort = function() {
				if (this.active) {
					this.active = false;
					if (this.idbtrans) this.idbtrans.abort();
					this._reject(new exceptions.Abort());
				}
			};
			Transaction.prototype.table = function(tableName) {
				var memoizedTables = this._memoizedTables || (this._memoizedTables = {});
				if (hasOwn(memoizedTables, tableName)) return memoizedTables[tableName];
				var tableSchema = this.schema[tableName];
				if (!tableSchema) throw new exceptions.NotFound("Table " + tableName + " not part of transaction");
				var transactionBoundTable = new this.db.Table(tableName, tableSchema, this);
				transactionBoundTable.core = this.db.core.table(tableName);
				memoizedTables[tableName] = transactionBoundTable;
				return transactionBoundTable;
			};
			return Transaction;
		}();
		function createTransactionConstructor(db) {
			return makeClassConstructor(Transaction.prototype, function Transaction(mode, storeNames, dbschema, chromeTransactionDurability, parent) {
				var _this = this;
				if (mode !== "readonly") storeNames.forEach(function(storeName) {
					var _a;
					var yProps = (_a = dbschema[storeName]) === null || _a === void 0 ? void 0 : _a.yProps;
					if (yProps) storeNames = storeNames.concat(yProps.map(function(p) {
						return p.updatesTable;
					}));
				});
				this.db = db;
				this.mode = mode;
				this.storeNames = storeNames;
				this.schema = dbschema;
				this.chromeTransactionDurability = chromeTransactionDurability;
				this.idbtrans = null;
				this.on = Events(this, "complete", "error", "abort");
				this.parent = parent || null;
				this.active = true;
				this._reculock = 0;
				this._blockedFuncs = [];
				this._resolve = null;
				this._reject = null;
				this._waitingFor = null;
				this._waitingQueue = null;
				this._spinCount = 0;
				this._completion = new DexiePromise(function(resolve, reject) {
					_this._resolve = resolve;
					_this._reject = reject;
				});
				this._completion.then(function() {
					_this.active = false;
					_this.on.complete.fire();
				}, function(e) {
					var wasActive = _this.active;
					_this.active = false;
					_this.on.error.fire(e);
					_this.parent ? _this.parent._reject(e) : wasActive && _this.idbtrans && _this.idbtrans.abort();
					return rejection(e);
				});
			});
		}
		function createIndexSpec(name, keyPath, unique, multi, auto, compound, isPrimKey, type) {
			return {
				name,
				keyPath,
				unique,
				multi,
				auto,
				compound,
				src: (unique && !isPrimKey ? "&" : "") + (multi ? "*" : "") + (auto ? "++" : "") + nameFromKeyPath(keyPath),
				type
			};
		}
		function nameFromKeyPath(keyPath) {
			return typeof keyPath === "string" ? keyPath : keyPath ? "[" + [].join.call(keyPath, "+") + "]" : "";
		}
		function createTableSchema(name, primKey, indexes) {
			return {
				name,
				primKey,
				indexes,
				mappedClass: null,
				idxByName: arrayToObject(indexes, function(index) {
					return [index.name, index];
				})
			};
		}
		function safariMultiStoreFix(storeNames) {
			return storeNames.length === 1 ? storeNames[0] : storeNames;
		}
		var getMaxKey = function(IdbKeyRange) {
			try {
				IdbKeyRange.only([[]]);
				getMaxKey = function() {
					return [[]];
				};
				return [[]];
			} catch (e) {
				getMaxKey = function() {
					return maxString;
				};
				return maxString;
			}
		};
		function getKeyExtractor(keyPath) {
			if (keyPath == null) return function() {};
			else if (typeof keyPath === "string") return getSinglePathKeyExtractor(keyPath);
			else return function(obj) {
				return getByKeyPath(obj, keyPath);
			};
		}
		function getSinglePathKeyExtractor(keyPath) {
			if (keyPath.split(".").length === 1) return function(obj) {
				return obj[keyPath];
			};
			else return function(obj) {
				return getByKeyPath(obj, keyPath);
			};
		}
		function arrayify(arrayLike) {
			return [].slice.call(arrayLike);
		}
		var _id_counter = 0;
		function getKeyPathAlias(keyPath) {
			return keyPath == null ? ":id" : typeof keyPath === "string" ? keyPath : "[".concat(keyPath.join("+"), "]");
		}
		function createDBCore(db, IdbKeyRange, tmpTrans) {
			function extractSchema(db, trans) {
				var tables = arrayify(db.objectStoreNames);
				var tempStore = tables.length > 0 ? trans.objectStore(tables[0]) : {};
				return {
					schema: {
						name: db.name,
						tables: tables.map(function(table) {
							return trans.objectStore(table);
						}).map(function(store) {
							var keyPath = store.keyPath, autoIncrement = store.autoIncrement;
							var compound = isArray(keyPath);
							var outbound = keyPath == null;
							var indexByKeyPath = {};
							var result = {
								name: store.name,
								primaryKey: {
									name: null,
									isPrimaryKey: true,
									outbound,
									compound,
									keyPath,
									autoIncrement,
									unique: true,
									extractKey: getKeyExtractor(keyPath)
								},
								indexes: arrayify(store.indexNames).map(function(indexName) {
									return store.index(indexName);
								}).map(function(index) {
									var name = index.name, unique = index.unique, multiEntry = index.multiEntry, keyPath = index.keyPath;
									var result = {
										name,
										compound: isArray(keyPath),
										keyPath,
										unique,
										multiEntry,
										extractKey: getKeyExtractor(keyPath)
									};
									indexByKeyPath[getKeyPathAlias(keyPath)] = result;
									return result;
								}),
								getIndexByKeyPath: function(keyPath) {
									return indexByKeyPath[getKeyPathAlias(keyPath)];
								}
							};
							indexByKeyPath[":id"] = result.primaryKey;
							if (keyPath != null) indexByKeyPath[getKeyPathAlias(keyPath)] = result.primaryKey;
							return result;
						})
					},
					hasGetAll: tables.length > 0 && "getAll" in tempStore && !(typeof navigator !== "undefined" && /Safari/.test(navigator.userAgent) && !/(Chrome\/|Edge\/)/.test(navigator.userAgent) && [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604),
					hasIdb3Features: "getAllRecords" in tempStore
				};
			}
			function makeIDBKeyRange(range) {
				if (range.type === 3) return null;
				if (range.type === 4) throw new Error("Cannot convert never type to IDBKeyRange");
				var lower = range.lower, upper = range.upper, lowerOpen = range.lowerOpen, upperOpen = range.upperOpen;
				return lower === void 0 ? upper === void 0 ? null : IdbKeyRange.upperBound(upper, !!upperOpen) : upper === void 0 ? IdbKeyRange.lowerBound(lower, !!lowerOpen) : IdbKeyRange.bound(lower, upper, !!lowerOpen, !!upperOpen);
			}
			function createDbCoreTable(tableSchema) {
				var tableName = tableSchema.name;
				function mutate(_a) {
					var trans = _a.trans, type = _a.type, keys = _a.keys, values = _a.values, range = _a.range;
					return new Promise(function(resolve, reject) {
						resolve = wrap(resolve);
						var store = trans.objectStore(tableName);
						var outbound = store.keyPath == null;
						var isAddOrPut = type === "put" || type === "add";
						if (!isAddOrPut && type !== "delete" && type !== "deleteRange") throw new Error("Invalid operation type: " + type);
						var length = (keys || values || { length: 1 }).length;
						if (keys && values && keys.length !== values.length) throw new Error("Given keys array must have same length as given values array.");
						if (length === 0) return resolve({
							numFailures: 0,
							failures: {},
							results: [],
							lastResult: void 0
						});
						var req;
						var reqs = [];
						var failures = [];
						var numFailures = 0;
						var errorHandler = function(event) {
							++numFailures;
							preventDefault(event);
						};
						if (type === "deleteRange") {
							if (range.type === 4) return resolve({
								numFailures,
								failures,
								results: [],
								lastResult: void 0
							});
							if (range.type === 3) reqs.push(req = store.clear());
							else reqs.push(req = store.delete(makeIDBKeyRange(range)));
						} else {
							var _a = isAddOrPut ? outbound ? [values, keys] : [values, null] : [keys, null], args1 = _a[0], args2 = _a[1];
							if (isAddOrPut) for (var i = 0; i < length; ++i) {
								reqs.push(req = args2 && args2[i] !== void 0 ? store[type](args1[i], args2[i]) : store[type](args1[i]));
								req.onerror = errorHandler;
							}
							else for (var i = 0; i < length; ++i) {
								reqs.push(req = store[type](args1[i]));
								req.onerror = errorHandler;
							}
						}
						var done = function(event) {
							var lastResult = event.target.result;
							reqs.forEach(function(req, i) {
								return req.error != null && (failures[i] = req.error);
							});
							resolve({
								numFailures,
								failures,
								results: type === "delete" ? keys : reqs.map(function(req) {
									return req.result;
								}),
								lastResult
							});
						};
						req.onerror = function(event) {
							errorHandler(event);
							done(event);
						};
						req.onsuccess = done;
					});
				}
				function openCursor(_a) {
					var trans = _a.trans, values = _a.values, query = _a.query, reverse = _a.reverse, unique = _a.unique;
					return new Promise(function(resolve, reject) {
						resolve = wrap(resolve);
						var index = query.index, range = query.range;
						var store = trans.objectStore(tableName);
						var source = index.isPrimaryKey ? store : store.index(index.name);
						var direction = reverse ? unique ? "prevunique" : "prev" : unique ? "nextunique" : "next";
						var req = values || !("openKeyCursor" in source) ? source.openCursor(makeIDBKeyRange(range), direction) : source.openKeyCursor(makeIDBKeyRange(range), direction);
						req.onerror = eventRejectHandler(reject);
						req.onsuccess = wrap(function(ev) {
							var cursor = req.result;
							if (!cursor) {
								resolve(null);
								return;
							}
							cursor.___id = ++_id_counter;
							cursor.done = false;
							var _cursorContinue = cursor.continue.bind(cursor);
							var _cursorContinuePrimaryKey = cursor.continuePrimaryKey;
							if (_cursorContinuePrimaryKey) _cursorContinuePrimaryKey = _cursorContinuePrimaryKey.bind(cursor);
							var _cursorAdvance = cursor.advance.bind(cursor);
							var doThrowCursorIsNotStarted = function() {
								throw new Error("Cursor not started");
							};
							var doThrowCursorIsStopped = function() {
								throw new Error("Cursor not stopped");
							};
							cursor.trans = trans;
							cursor.stop = cursor.continue = cursor.continuePrimaryKey = cursor.advance = doThrowCursorIsNotStarted;
							cursor.fail = wrap(reject);
							cursor.next = function() {
								var _this = this;
								var gotOne = 1;
								return this.start(function() {
									return gotOne-- ? _this.continue() : _this.stop();
								}).then(function() {
									return _this;
								});
							};
							cursor.start = function(callback) {
								var iterationPromise = new Promise(function(resolveIteration, rejectIteration) {
									resolveIteration = wrap(resolveIteration);
									req.onerror = eventRejectHandler(rejectIteration);
									cursor.fail = rejectIteration;
									cursor.stop = function(value) {
										cursor.stop = cursor.continue = cursor.continuePrimaryKey = cursor.advance = doThrowCursorIsStopped;
										resolveIteration(value);
									};
								});
								var guardedCallback = function() {
									if (req.result) try {
										callback();
									} catch (err) {
										cursor.fail(err);
									}
									else {
										cursor.done = true;
										cursor.start = function() {
											throw new Error("Cursor behind last entry");
										};
										cursor.stop();
									}
								};
								req.onsuccess = wrap(function(ev) {
									req.onsuccess = guardedCallback;
									guardedCallback();
								});
								cursor.continue = _cursorContinue;
								cursor.continuePrimaryKey = _cursorContinuePrimaryKey;
								cursor.advance = _cursorAdvance;
								guardedCallback();
								return iterationPromise;
							};
							resolve(cursor);
						}, reject);
					});
				}
				function query(hasGetAll, hasIdb3Features) {
					return function(request) {
						return new Promise(function(resolve, reject) {
							var _a;
							resolve = wrap(resolve);
							var trans = request.trans, values = request.values, limit = request.limit, query = request.query;
							var direction = (_a = request.direction) !== null && _a !== void 0 ? _a : "next";
							var nonInfinitLimit = limit === Infinity ? void 0 : limit;
							var index = query.index, range = query.range;
							var store = trans.objectStore(tableName);
							var source = index.isPrimaryKey ? store : store.index(index.name);
							var idbKeyRange = makeIDBKeyRange(range);
							if (limit === 0) return resolve({ result: [] });
							if (hasIdb3Features) {
								var options = {
									query: idbKeyRange,
									count: nonInfinitLimit,
									direction
								};
								var req = values ? source.getAll(options) : source.getAllKeys(options);
								req.onsuccess = function(event) {
									return resolve({ result: event.target.result });
								};
								req.onerror = eventRejectHandler(reject);
							} else if (hasGetAll && direction === "next") {
								var req = values ? source.getAll(idbKeyRange, nonInfinitLimit) : source.getAllKeys(idbKeyRange, nonInfinitLimit);
								req.onsuccess = function(event) {
									return resolve({ result: event.target.result });
								};
								req.onerror = eventRejectHandler(reject);
							} else {
								var count_1 = 0;
								var req_1 = values || !("openKeyCursor" in source) ? source.openCursor(idbKeyRange, direction) : source.openKeyCursor(idbKeyRange, direction);
								var result_1 = [];
								req_1.onsuccess = function() {
									var cursor = req_1.result;
									if (!cursor) return resolve({ result: result_1 });
									result_1.push(values ? cursor.value : cursor.primaryKey);
									if (++count_1 === limit) return resolve({ result: result_1 });
									cursor.continue();
								};
								req_1.onerror = eventRejectHandler(reject);
							}
						});
					};
				}
				return {
					name: tableName,
					schema: tableSchema,
					mutate,
					getMany: function(_a) {
						var trans = _a.trans, keys = _a.keys;
						return new Promise(function(resolve, reject) {
							resolve = wrap(resolve);
							var store = trans.objectStore(tableName);
							var length = keys.length;
							var result = new Array(length);
							var keyCount = 0;
							var callbackCount = 0;
							var req;
							var successHandler = function(event) {
								var req = event.target;
								if ((result[req._pos] = req.result) != null);
								if (++callbackCount === keyCount) resolve(result);
							};
							var errorHandler = eventRejectHandler(reject);
							for (var i = 0; i < length; ++i) if (keys[i] != null) {
								req = store.get(keys[i]);
								req._pos = i;
								req.onsuccess = successHandler;
								req.onerror = errorHandler;
								++keyCount;
							}
							if (keyCount === 0) resolve(result);
						});
					},
					get: function(_a) {
						var trans = _a.trans, key = _a.key;
						return new Promise(function(resolve, reject) {
							resolve = wrap(resolve);
							var req = trans.objectStore(tableName).get(key);
							req.onsuccess = function(event) {
								return resolve(event.target.result);
							};
							req.onerror = eventRejectHandler(reject);
						});
					},
					query: query(hasGetAll, hasIdb3Features),
					openCursor,
					count: function(_a) {
						var query = _a.query, trans = _a.trans;
						var index = query.index, range = query.range;
						return new Promise(function(resolve, reject) {
							var store = trans.objectStore(tableName);
							var source = index.isPrimaryKey ? store : store.index(index.name);
							var idbKeyRange = makeIDBKeyRange(range);
							var req = idbKeyRange ? source.count(idbKeyRange) : source.count();
							req.onsuccess = wrap(function(ev) {
								return resolve(ev.target.result);
							});
							req.onerror = eventRejectHandler(reject);
						});
					}
				};
			}
			var _a = extractSchema(db, tmpTrans), schema = _a.schema, hasGetAll = _a.hasGetAll, hasIdb3Features = _a.hasIdb3Features;
			var tables = schema.tables.map(function(tableSchema) {
				return createDbCoreTable(tableSchema);
			});
			var tableMap = {};
			tables.forEach(function(table) {
				return tableMap[table.name] = table;
			});
			return {
				stack: "dbcore",
				transaction: db.transaction.bind(db),
				table: function(name) {
					if (!tableMap[name]) throw new Error("Table '".concat(name, "' not found"));
					return tableMap[name];
				},
				MIN_KEY: -Infinity,
				MAX_KEY: getMaxKey(IdbKeyRange),
				schema
			};
		}
		function createMiddlewareStack(stackImpl, middlewares) {
			return middlewares.reduce(function(down, _a) {
				var create = _a.create;
				return __assign(__assign({}, down), create(down));
			}, stackImpl);
		}
		function createMiddlewareStacks(middlewares, idbdb, _a, tmpTrans) {
			var IDBKeyRange = _a.IDBKeyRange;
			_a.indexedDB;
			return { dbcore: createMiddlewareStack(createDBCore(idbdb, IDBKeyRange, tmpTrans), middlewares.dbcore) };
		}
		function generateMiddlewareStacks(db, tmpTrans) {
			var idbdb = tmpTrans.db;
			db.core = createMiddlewareStacks(db._middlewares, idbdb, db._deps, tmpTrans).dbcore;
			db.tables.forEach(function(table) {
				var tableName = table.name;
				if (db.core.schema.tables.some(function(tbl) {
					return tbl.name === tableName;
				})) {
					table.core = db.core.table(tableName);
					if (db[tableName] instanceof db.Table) db[tableName].core = table.core;
				}
			});
		}
		function setApiOnPlace(db, objs, tableNames, dbschema) {
			tableNames.forEach(function(tableName) {
				var schema = dbschema[tableName];
				objs.forEach(function(obj) {
					var propDesc = getPropertyDescriptor(obj, tableName);
					if (!propDesc || "value" in propDesc && propDesc.value === void 0) {
						if (obj === db.Transaction.prototype || obj instanceof db.Transaction) setProp(obj, tableName, {
							get: function() {
								return this.table(tableName);
							},
							set: function(value) {
								defineProperty(this, tableName, {
									value,
									writable: true,
									configurable: true,
									enumerable: true
								});
							}
						});
						else obj[tableName] = new db.Table(tableName, schema);
					}
				});
			});
		}
		function removeTablesApi(db, objs) {
			objs.forEach(function(obj) {
				for (var key in obj) if (obj[key] instanceof db.Table) delete obj[key];
			});
		}
		function lowerVersionFirst(a, b) {
			return a._cfg.version - b._cfg.version;
		}
		function runUpgraders(db, oldVersion, idbUpgradeTrans, reject) {
			var globalSchema = db._dbSchema;
			if (idbUpgradeTrans.objectStoreNames.contains("$meta") && !globalSchema.$meta) {
				globalSchema.$meta = createTableSchema("$meta", parseIndexSyntax("")[0], []);
				db._storeNames.push("$meta");
			}
			var trans = db._createTransaction("readwrite", db._storeNames, globalSchema);
			trans.create(idbUpgradeTrans);
			trans._completion.catch(reject);
			var rejectTransaction = trans._reject.bind(trans);
			var transless = PSD.transless || PSD;
			newScope(function() {
				PSD.trans = trans;
				PSD.transless = transless;
				if (oldVersion === 0) {
					keys(globalSchema).forEach(function(tableName) {
						createTable(idbUpgradeTrans, tableName, globalSchema[tableName].primKey, globalSchema[tableName].indexes);
					});
					generateMiddlewareStacks(db, idbUpgradeTrans);
					DexiePromise.follow(function() {
						return db.on.populate.fire(trans);
					}).catch(rejectTransaction);
				} else {
					generateMiddlewareStacks(db, idbUpgradeTrans);
					return getExistingVersion(db, trans, oldVersion).then(function(oldVersion) {
						return updateTablesAndIndexes(db, oldVersion, trans, idbUpgradeTrans);
					}).catch(rejectTransaction);
				}
			});
		}
		function patchCurrentVersion(db, idbUpgradeTrans) {
			createMissingTables(db._dbSchema, idbUpgradeTrans);
			if (idbUpgradeTrans.db.version % 10 === 0 && !idbUpgradeTrans.objectStoreNames.contains("$meta")) idbUpgradeTrans.db.createObjectStore("$meta").add(Math.ceil(idbUpgradeTrans.db.version / 10 - 1), "version");
			var globalSchema = buildGlobalSchema(db, db.idbdb, idbUpgradeTrans);
			adjustToExistingIndexNames(db, db._dbSchema, idbUpgradeTrans);
			var diff = getSchemaDiff(globalSchema, db._dbSchema);
			var _loop_1 = function(tableChange) {
				if (tableChange.change.length || tableChange.recreate) {
					console.warn("Unable to patch indexes of table ".concat(tableChange.name, " because it has changes on the type of index or primary key."));
					return { value: void 0 };
				}
				var store = idbUpgradeTrans.objectStore(tableChange.name);
				tableChange.add.forEach(function(idx) {
					if (debug) console.debug("Dexie upgrade patch: Creating missing index ".concat(tableChange.name, ".").concat(idx.src));
					addIndex(store, idx);
				});
			};
			for (var _i = 0, _a = diff.change; _i < _a.length; _i++) {
				var tableChange = _a[_i];
				var state_1 = _loop_1(tableChange);
				if (typeof state_1 === "object") return state_1.value;
			}
		}
		function getExistingVersion(db, trans, oldVersion) {
			if (trans.storeNames.includes("$meta")) return trans.table("$meta").get("version").then(function(metaVersion) {
				return metaVersion != null ? metaVersion : oldVersion;
			});
			else return DexiePromise.resolve(oldVersion);
		}
		function updateTablesAndIndexes(db, oldVersion, trans, idbUpgradeTrans) {
			var queue = [];
			var versions = db._versions;
			var globalSchema = db._dbSchema = buildGlobalSchema(db, db.idbdb, idbUpgradeTrans);
			var versToRun = versions.filter(function(v) {
				return v._cfg.version >= oldVersion;
			});
			if (versToRun.length === 0) return DexiePromise.resolve();
			versToRun.forEach(function(version) {
				queue.push(function() {
					var oldSchema = globalSchema;
					var newSchema = version._cfg.dbschema;
					adjustToExistingIndexNames(db, oldSchema, idbUpgradeTrans);
					adjustToExistingIndexNames(db, newSchema, idbUpgradeTrans);
					globalSchema = db._dbSchema = newSchema;
					var diff = getSchemaDiff(oldSchema, newSchema);
					diff.add.forEach(function(tuple) {
						createTable(idbUpgradeTrans, tuple[0], tuple[1].primKey, tuple[1].indexes);
					});
					diff.change.forEach(function(change) {
						if (change.recreate) throw new exceptions.Upgrade("Not yet support for changing primary key");
						else {
							var store_1 = idbUpgradeTrans.objectStore(change.name);
							change.add.forEach(function(idx) {
								return addIndex(store_1, idx);
							});
							change.change.forEach(function(idx) {
								store_1.deleteIndex(idx.name);
								addIndex(store_1, idx);
							});
							change.del.forEach(function(idxName) {
								return store_1.deleteIndex(idxName);
							});
						}
					});
					var contentUpgrade = version._cfg.contentUpgrade;
					if (contentUpgrade && version._cfg.version > oldVersion) {
						generateMiddlewareStacks(db, idbUpgradeTrans);
						trans._memoizedTables = {};
						var upgradeSchema_1 = shallowClone(newSchema);
						diff.del.forEach(function(table) {
							upgradeSchema_1[table] = oldSchema[table];
						});
						removeTablesApi(db, [db.Transaction.prototype]);
						setApiOnPlace(db, [db.Transaction.prototype], keys(upgradeSchema_1), upgradeSchema_1);
						trans.schema = upgradeSchema_1;
						var contentUpgradeIsAsync_1 = isAsyncFunction(contentUpgrade);
						if (contentUpgradeIsAsync_1) incrementExpectedAwaits();
						var returnValue_1;
						var promiseFollowed = DexiePromise.follow(function() {
							returnValue_1 = contentUpgrade(trans);
							if (returnValue_1) {
								if (contentUpgradeIsAsync_1) {
									var decrementor = decrementExpectedAwaits.bind(null, null);
									returnValue_1.then(decrementor, decrementor);
								}
							}
						});
						return returnValue_1 && typeof returnValue_1.then === "function" ? DexiePromise.resolve(returnValue_1) : promiseFollowed.then(function() {
							return returnValue_1;
						});
					}
				});
				queue.push(function(idbtrans) {
					var newSchema = version._cfg.dbschema;
					deleteRemovedTables(newSchema, idbtrans);
					removeTablesApi(db, [db.Transaction.prototype]);
					setApiOnPlace(db, [db.Transaction.prototype], db._storeNames, db._dbSchema);
					trans.schema = db._dbSchema;
				});
				queue.push(function(idbtrans) {
					if (db.idbdb.objectStoreNames.contains("$meta")) {
						if (Math.ceil(db.idbdb.version / 10) === version._cfg.version) {
							db.idbdb.deleteObjectStore("$meta");
							delete db._dbSchema.$meta;
							db._storeNames = db._storeNames.filter(function(name) {
								return name !== "$meta";
							});
						} else idbtrans.objectStore("$meta").put(version._cfg.version, "version");
					}
				});
			});
			function runQueue() {
				return queue.length ? DexiePromise.resolve(queue.shift()(trans.idbtrans)).then(runQueue) : DexiePromise.resolve();
			}
			return runQueue().then(function() {
				createMissingTables(globalSchema, idbUpgradeTrans);
			});
		}
		function getSchemaDiff(oldSchema, newSchema) {
			var diff = {
				del: [],
				add: [],
				change: []
			};
			var table;
			for (table in oldSchema) if (!newSchema[table]) diff.del.push(table);
			for (table in newSchema) {
				var oldDef = oldSchema[table], newDef = newSchema[table];
				if (!oldDef) diff.add.push([table, newDef]);
				else {
					var change = {
						name: table,
						def: newDef,
						recreate: false,
						del: [],
						add: [],
						change: []
					};
					if ("" + (oldDef.primKey.keyPath || "") !== "" + (newDef.primKey.keyPath || "") || oldDef.primKey.auto !== newDef.primKey.auto) {
						change.recreate = true;
						diff.change.push(change);
					} else {
						var oldIndexes = oldDef.idxByName;
						var newIndexes = newDef.idxByName;
						var idxName = void 0;
						for (idxName in oldIndexes) if (!newIndexes[idxName]) change.del.push(idxName);
						for (idxName in newIndexes) {
							var oldIdx = oldIndexes[idxName], newIdx = newIndexes[idxName];
							if (!oldIdx) change.add.push(newIdx);
							else if (oldIdx.src !== newIdx.src) change.change.push(newIdx);
						}
						if (change.del.length > 0 || change.add.length > 0 || change.change.length > 0) diff.change.push(change);
					}
				}
			}
			return diff;
		}
		function createTable(idbtrans, tableName, primKey, indexes) {
			var store = idbtrans.db.createObjectStore(tableName, primKey.keyPath ? {
				keyPath: primKey.keyPath,
				autoIncrement: primKey.auto
			} : { autoIncrement: primKey.auto });
			indexes.forEach(function(idx) {
				return addIndex(store, idx);
			});
			return store;
		}
		function createMissingTables(newSchema, idbtrans) {
			keys(newSchema).forEach(function(tableName) {
				if (!idbtrans.db.objectStoreNames.contains(tableName)) {
					if (debug) console.debug("Dexie: Creating missing table", tableName);
					createTable(idbtrans, tableName, newSchema[tableName].primKey, newSchema[tableName].indexes);
				}
			});
		}
		function deleteRemovedTables(newSchema, idbtrans) {
			[].slice.call(idbtrans.db.objectStoreNames).forEach(function(storeName) {
				return newSchema[storeName] == null && idbtrans.db.deleteObjectStore(storeName);
			});
		}
		function addIndex(store, idx) {
			store.createIndex(idx.name, idx.keyPath, {
				unique: idx.unique,
				multiEntry: idx.multi
			});
		}
		function buildGlobalSchema(db, idbdb, tmpTrans) {
			var globalSchema = {};
			slice(idbdb.objectStoreNames, 0).forEach(function(storeName) {
				var store = tmpTrans.objectStore(storeName);
				var keyPath = store.keyPath;
				var primKey = createIndexSpec(nameFromKeyPath(keyPath), keyPath || "", true, false, !!store.autoIncrement, keyPath && typeof keyPath !== "string", true);
				var indexes = [];
				for (var j = 0; j < store.indexNames.length; ++j) {
					var idbindex = store.index(store.indexNames[j]);
					keyPath = idbindex.keyPath;
					var index = createIndexSpec(idbindex.name, keyPath, !!idbindex.unique, !!idbindex.multiEntry, false, keyPath && typeof keyPath !== "string", false);
					indexes.push(index);
				}
				globalSchema[storeName] = createTableSchema(storeName, primKey, indexes);
			});
			return globalSchema;
		}
		function readGlobalSchema(db, idbdb, tmpTrans) {
			db.verno = idbdb.version / 10;
			var globalSchema = db._dbSchema = buildGlobalSchema(db, idbdb, tmpTrans);
			db._storeNames = slice(idbdb.objectStoreNames, 0);
			setApiOnPlace(db, [db._allTables], keys(globalSchema), globalSchema);
		}
		function verifyInstalledSchema(db, tmpTrans) {
			var diff = getSchemaDiff(buildGlobalSchema(db, db.idbdb, tmpTrans), db._dbSchema);
			return !(diff.add.length || diff.change.some(function(ch) {
				return ch.add.length || ch.change.length;
			}));
		}
		function adjustToExistingIndexNames(db, schema, idbtrans) {
			var storeNames = idbtrans.db.objectStoreNames;
			for (var i = 0; i < storeNames.length; ++i) {
				var storeName = storeNames[i];
				var store = idbtrans.objectStore(storeName);
				db._hasGetAll = "getAll" in store;
				for (var j = 0; j < store.indexNames.length; ++j) {
					var indexName = store.indexNames[j];
					var keyPath = store.index(indexName).keyPath;
					var dexieName = typeof keyPath === "string" ? keyPath : "[" + slice(keyPath).join("+") + "]";
					if (schema[storeName]) {
						var indexSpec = schema[storeName].idxByName[dexieName];
						if (indexSpec) {
							indexSpec.name = indexName;
							delete schema[storeName].idxByName[dexieName];
							schema[storeName].idxByName[indexName] = indexSpec;
						}
					}
				}
			}
			if (typeof navigator !== "undefined" && /Safari/.test(navigator.userAgent) && !/(Chrome\/|Edge\/)/.test(navigator.userAgent) && _global.WorkerGlobalScope && _global instanceof _global.WorkerGlobalScope && [].concat(navigator.userAgent.match(/Safari\/(\d*)/))[1] < 604) db._hasGetAll = false;
		}
		function parseIndexSyntax(primKeyAndIndexes) {
			return primKeyAndIndexes.split(",").map(function(index, indexNum) {
				var _a;
				var typeSplit = index.split(":");
				var type = (_a = typeSplit[1]) === null || _a === void 0 ? void 0 : _a.trim();
				index = typeSplit[0].trim();
				var name = index.replace(/([&*]|\+\+)/g, "");
				var keyPath = /^\[/.test(name) ? name.match(/^\[(.*)\]$/)[1].split("+") : name;
				return createIndexSpec(name, keyPath || null, /\&/.test(index), /\*/.test(index), /\+\+/.test(index), isArray(keyPath), indexNum === 0, type);
			});
		}
		var Version = function() {
			function Version() {}
			Version.prototype._createTableSchema = function(name, primKey, indexes) {
				return createTableSchema(name, primKey, indexes);
			};
			Version.prototype._parseIndexSyntax = function(primKeyAndIndexes) {
				return parseIndexSyntax(primKeyAndIndexes);
			};
			Version.prototype._parseStoresSpec = function(stores, outSchema) {
				var _this = this;
				keys(stores).forEach(function(tableName) {
					if (stores[tableName] !== null) {
						var indexes = _this._parseIndexSyntax(stores[tableName]);
						var primKey = indexes.shift();
						if (!primKey) throw new exceptions.Schema("Invalid schema for table " + tableName + ": " + stores[tableName]);
						primKey.unique = true;
						if (primKey.multi) throw new exceptions.Schema("Primary key cannot be multiEntry*");
						indexes.forEach(function(idx) {
							if (idx.auto) throw new exceptions.Schema("Only primary key can be marked as autoIncrement (++)");
							if (!idx.keyPath) throw new exceptions.Schema("Index must have a name and cannot be an empty string");
						});
						outSchema[tableName] = _this._createTableSchema(tableName, primKey, indexes);
					}
				});
			};
			Version.prototype.stores = function(stores) {
				var db = this.db;
				this._cfg.storesSource = this._cfg.storesSource ? extend(this._cfg.storesSource, stores) : stores;
				var versions = db._versions;
				var storesSpec = {};
				var dbschema = {};
				versions.forEach(function(version) {
					extend(storesSpec, version._cfg.storesSource);
					dbschema = version._cfg.dbschema = {};
					version._parseStoresSpec(storesSpec, dbschema);
				});
				db._dbSchema = dbschema;
				removeTablesApi(db, [
					db._allTables,
					db,
					db.Transaction.prototype
				]);
				setApiOnPlace(db, [
					db._allTables,
					db,
					db.Transaction.prototype,
					this._cfg.tables
				], keys(dbschema), dbschema);
				db._storeNames = keys(dbschema);
				return this;
			};
			Version.prototype.upgrade = function(upgradeFunction) {
				this._cfg.contentUpgrade = promisableChain(this._cfg.contentUpgrade || nop, upgradeFunction);
				return this;
			};
			return Version;
		}();
		function createVersionConstructor(db) {
			return makeClassConstructor(Version.prototype, function Version(versionNumber) {
				this.db = db;
				this._cfg = {
					version: versionNumber,
					storesSource: null,
					dbschema: {},
					tables: {},
					contentUpgrade: null
				};
			});
		}
		var connections = createConnectionsManager();
		function createConnectionsManager() {
			if (typeof FinalizationRegistry !== "undefined" && typeof WeakRef !== "undefined") {
				var _refs_1 = /* @__PURE__ */ new Set();
				var _registry_1 = new FinalizationRegistry(function(ref) {
					_refs_1.delete(ref);
				});
				var toArray = function() {
					return Array.from(_refs_1).map(function(ref) {
						return ref.deref();
					}).filter(function(db) {
						return db !== void 0;
					});
				};
				var add = function(db) {
					var ref = new WeakRef(db._novip);
					_refs_1.add(ref);
					_registry_1.register(db._novip, ref, ref);
					if (_refs_1.size > db._options.maxConnections) {
						var oldestRef = _refs_1.values().next().value;
						_refs_1.delete(oldestRef);
						_registry_1.unregister(oldestRef);
					}
				};
				var remove = function(db) {
					if (!db) return;
					var iterator = _refs_1.values();
					var result = iterator.next();
					while (!result.done) {
						var ref = result.value;
						if (ref.deref() === db._novip) {
							_refs_1.delete(ref);
							_registry_1.unregister(ref);
							return;
						}
						result = iterator.next();
					}
				};
				return {
					toArray,
					add,
					remove
				};
			} else {
				var connections_1 = [];
				var toArray = function() {
					return connections_1;
				};
				var add = function(db) {
					connections_1.push(db._novip);
				};
				var remove = function(db) {
					if (!db) return;
					var index = connections_1.indexOf(db._novip);
					if (index !== -1) connections_1.splice(index, 1);
				};
				return {
					toArray,
					add,
					remove
				};
			}
		}
		function getDbNamesTable(indexedDB, IDBKeyRange) {
			var dbNamesDB = indexedDB["_dbNamesDB"];
			if (!dbNamesDB) {
				dbNamesDB = indexedDB["_dbNamesDB"] = new Dexie$1(DBNAMES_DB, {
					addons: [],
					indexedDB,
					IDBKeyRange
				});
				dbNamesDB.version(1).stores({ dbnames: "name" });
			}
			return dbNamesDB.table("dbnames");
		}
		function hasDatabasesNative(indexedDB) {
			return indexedDB && typeof indexedDB.databases === "function";
		}
		function getDatabaseNames(_a) {
			var indexedDB = _a.indexedDB, IDBKeyRange = _a.IDBKeyRange;
			return hasDatabasesNative(indexedDB) ? Promise.resolve(indexedDB.databases()).then(function(infos) {
				return infos.map(function(info) {
					return info.name;
				}).filter(function(name) {
					return name !== DBNAMES_DB;
				});
			}) : getDbNamesTable(indexedDB, IDBKeyRange).toCollection().primaryKeys();
		}
		function _onDatabaseCreated(_a, name) {
			var indexedDB = _a.indexedDB, IDBKeyRange = _a.IDBKeyRange;
			!hasDatabasesNative(indexedDB) && name !== DBNAMES_DB && getDbNamesTable(indexedDB, IDBKeyRange).put({ name }).catch(nop);
		}
		function _onDatabaseDeleted(_a, name) {
			var indexedDB = _a.indexedDB, IDBKeyRange = _a.IDBKeyRange;
			!hasDatabasesNative(indexedDB) && name !== DBNAMES_DB && getDbNamesTable(indexedDB, IDBKeyRange).delete(name).catch(nop);
		}
		function vip(fn) {
			return newScope(function() {
				PSD.letThrough = true;
				return fn();
			});
		}
		function idbReady() {
			if (!(!navigator.userAgentData && /Safari\//.test(navigator.userAgent) && !/Chrom(e|ium)\//.test(navigator.userAgent)) || !indexedDB.databases) return Promise.resolve();
			var intervalId;
			return new Promise(function(resolve) {
				var tryIdb = function() {
					return indexedDB.databases().finally(resolve);
				};
				intervalId = setInterval(tryIdb, 100);
				tryIdb();
			}).finally(function() {
				return clearInterval(intervalId);
			});
		}
		var _a;
		function isEmptyRange(node) {
			return !("from" in node);
		}
		var RangeSet = function(fromOrTree, to) {
			if (this) extend(this, arguments.length ? {
				d: 1,
				from: fromOrTree,
				to: arguments.length > 1 ? to : fromOrTree
			} : { d: 0 });
			else {
				var rv = new RangeSet();
				if (fromOrTree && "d" in fromOrTree) extend(rv, fromOrTree);
				return rv;
			}
		};
		props(RangeSet.prototype, (_a = {
			add: function(rangeSet) {
				mergeRanges(this, rangeSet);
				return this;
			},
			addKey: function(key) {
				addRange(this, key, key);
				return this;
			},
			addKeys: function(keys) {
				var _this = this;
				keys.forEach(function(key) {
					return addRange(_this, key, key);
				});
				return this;
			},
			hasKey: function(key) {
				var node = getRangeSetIterator(this).next(key).value;
				return node && cmp(node.from, key) <= 0 && cmp(node.to, key) >= 0;
			}
		}, _a[iteratorSymbol] = function() {
			return getRangeSetIterator(this);
		}, _a));
		function addRange(target, from, to) {
			var diff = cmp(from, to);
			if (isNaN(diff)) return;
			if (diff > 0) throw RangeError();
			if (isEmptyRange(target)) return extend(target, {
				from,
				to,
				d: 1
			});
			var left = target.l;
			var right = target.r;
			if (cmp(to, target.from) < 0) {
				left ? addRange(left, from, to) : target.l = {
					from,
					to,
					d: 1,
					l: null,
					r: null
				};
				return rebalance(target);
			}
			if (cmp(from, target.to) > 0) {
				right ? addRange(right, from, to) : target.r = {
					from,
					to,
					d: 1,
					l: null,
					r: null
				};
				return rebalance(target);
			}
			if (cmp(from, target.from) < 0) {
				target.from = from;
				target.l = null;
				target.d = right ? right.d + 1 : 1;
			}
			if (cmp(to, target.to) > 0) {
				target.to = to;
				target.r = null;
				target.d = target.l ? target.l.d + 1 : 1;
			}
			var rightWasCutOff = !target.r;
			if (left && !target.l) mergeRanges(target, left);
			if (right && rightWasCutOff) mergeRanges(target, right);
		}
		function mergeRanges(target, newSet) {
			function _addRangeSet(target, _a) {
				var from = _a.from, to = _a.to, l = _a.l, r = _a.r;
				addRange(target, from, to);
				if (l) _addRangeSet(target, l);
				if (r) _addRangeSet(target, r);
			}
			if (!isEmptyRange(newSet)) _addRangeSet(target, newSet);
		}
		function rangesOverlap(rangeSet1, rangeSet2) {
			var i1 = getRangeSetIterator(rangeSet2);
			var nextResult1 = i1.next();
			if (nextResult1.done) return false;
			var a = nextResult1.value;
			var i2 = getRangeSetIterator(rangeSet1);
			var nextResult2 = i2.next(a.from);
			var b = nextResult2.value;
			while (!nextResult1.done && !nextResult2.done) {
				if (cmp(b.from, a.to) <= 0 && cmp(b.to, a.from) >= 0) return true;
				cmp(a.from, b.from) < 0 ? a = (nextResult1 = i1.next(b.from)).value : b = (nextResult2 = i2.next(a.from)).value;
			}
			return false;
		}
		function getRangeSetIterator(node) {
			var state = isEmptyRange(node) ? null : {
				s: 0,
				n: node
			};
			return { next: function(key) {
				var keyProvided = arguments.length > 0;
				while (state) switch (state.s) {
					case 0:
						state.s = 1;
						if (keyProvided) while (state.n.l && cmp(key, state.n.from) < 0) state = {
							up: state,
							n: state.n.l,
							s: 1
						};
						else while (state.n.l) state = {
							up: state,
							n: state.n.l,
							s: 1
						};
					case 1:
						state.s = 2;
						if (!keyProvided || cmp(key, state.n.to) <= 0) return {
							value: state.n,
							done: false
						};
					case 2: if (state.n.r) {
						state.s = 3;
						state = {
							up: state,
							n: state.n.r,
							s: 0
						};
						continue;
					}
					case 3: state = state.up;
				}
				return { done: true };
			} };
		}
		function rebalance(target) {
			var _a, _b;
			var diff = (((_a = target.r) === null || _a === void 0 ? void 0 : _a.d) || 0) - (((_b = target.l) === null || _b === void 0 ? void 0 : _b.d) || 0);
			var r = diff > 1 ? "r" : diff < -1 ? "l" : "";
			if (r) {
				var l = r === "r" ? "l" : "r";
				var rootClone = __assign({}, target);
				var oldRootRight = target[r];
				target.from = oldRootRight.from;
				target.to = oldRootRight.to;
				target[r] = oldRootRight[r];
				rootClone[r] = oldRootRight[l];
				target[l] = rootClone;
				rootClone.d = computeDepth(rootClone);
			}
			target.d = computeDepth(target);
		}
		function computeDepth(_a) {
			var r = _a.r, l = _a.l;
			return (r ? l ? Math.max(r.d, l.d) : r.d : l ? l.d : 0) + 1;
		}
		function extendObservabilitySet(target, newSet) {
			keys(newSet).forEach(function(part) {
				if (target[part]) mergeRanges(target[part], newSet[part]);
				else target[part] = cloneSimpleObjectTree(newSet[part]);
			});
			return target;
		}
		function obsSetsOverlap(os1, os2) {
			return os1.all || os2.all || Object.keys(os1).some(function(key) {
				return os2[key] && rangesOverlap(os2[key], os1[key]);
			});
		}
		var cache = {};
		var unsignaledParts = {};
		var isTaskEnqueued = false;
		function signalSubscribersLazily(part, optimistic) {
			extendObservabilitySet(unsignaledParts, part);
			if (!isTaskEnqueued) {
				isTaskEnqueued = true;
				setTimeout(function() {
					isTaskEnqueued = false;
					var parts = unsignaledParts;
					unsignaledParts = {};
					signalSubscribersNow(parts, false);
				}, 0);
			}
		}
		function signalSubscribersNow(updatedParts, deleteAffectedCacheEntries) {
			if (deleteAffectedCacheEntries === void 0) deleteAffectedCacheEntries = false;
			var queriesToSignal = /* @__PURE__ */ new Set();
			if (updatedParts.all) for (var _i = 0, _a = Object.values(cache); _i < _a.length; _i++) {
				var tblCache = _a[_i];
				collectTableSubscribers(tblCache, updatedParts, queriesToSignal, deleteAffectedCacheEntries);
			}
			else for (var key in updatedParts) {
				var parts = /^idb\:\/\/(.*)\/(.*)\//.exec(key);
				if (parts) {
					var dbName = parts[1], tableName = parts[2];
					var tblCache = cache["idb://".concat(dbName, "/").concat(tableName)];
					if (tblCache) collectTableSubscribers(tblCache, updatedParts, queriesToSignal, deleteAffectedCacheEntries);
				}
			}
			queriesToSignal.forEach(function(requery) {
				return requery();
			});
		}
		function collectTableSubscribers(tblCache, updatedParts, outQueriesToSignal, deleteAffectedCacheEntries) {
			var updatedEntryLists = [];
			for (var _i = 0, _a = Object.entries(tblCache.queries.query); _i < _a.length; _i++) {
				var _b = _a[_i], indexName = _b[0], entries = _b[1];
				var filteredEntries = [];
				for (var _c = 0, entries_1 = entries; _c < entries_1.length; _c++) {
					var entry = entries_1[_c];
					if (obsSetsOverlap(updatedParts, entry.obsSet)) entry.subscribers.forEach(function(requery) {
						return outQueriesToSignal.add(requery);
					});
					else if (deleteAffectedCacheEntries) filteredEntries.push(entry);
				}
				if (deleteAffectedCacheEntries) updatedEntryLists.push([indexName, filteredEntries]);
			}
			if (deleteAffectedCacheEntries) for (var _d = 0, updatedEntryLists_1 = updatedEntryLists; _d < updatedEntryLists_1.length; _d++) {
				var _e = updatedEntryLists_1[_d], indexName = _e[0], filteredEntries = _e[1];
				tblCache.queries.query[indexName] = filteredEntries;
			}
		}
		function dexieOpen(db) {
			var state = db._state;
			var indexedDB = db._deps.indexedDB;
			if (state.isBeingOpened || db.idbdb) return state.dbReadyPromise.then(function() {
				return state.dbOpenError ? rejection(state.dbOpenError) : db;
			});
			state.isBeingOpened = true;
			state.dbOpenError = null;
			state.openComplete = false;
			var openCanceller = state.openCanceller;
			var nativeVerToOpen = Math.round(db.verno * 10);
			var schemaPatchMode = false;
			function throwIfCancelled() {
				if (state.openCanceller !== openCanceller) throw new exceptions.DatabaseClosed("db.open() was cancelled");
			}
			var resolveDbReady = state.dbReadyResolve, upgradeTransaction = null, wasCreated = false;
			var tryOpenDB = function() {
				return new DexiePromise(function(resolve, reject) {
					throwIfCancelled();
					if (!indexedDB) throw new exceptions.MissingAPI();
					var dbName = db.name;
					var req = state.autoSchema || !nativeVerToOpen ? indexedDB.open(dbName) : indexedDB.open(dbName, nativeVerToOpen);
					if (!req) throw new exceptions.MissingAPI();
					req.onerror = eventRejectHandler(reject);
					req.onblocked = wrap(db._fireOnBlocked);
					req.onupgradeneeded = wrap(function(e) {
						upgradeTransaction = req.transaction;
						if (state.autoSchema && !db._options.allowEmptyDB) {
							req.onerror = preventDefault;
							upgradeTransaction.abort();
							req.result.close();
							var delreq = indexedDB.deleteDatabase(dbName);
							delreq.onsuccess = delreq.onerror = wrap(function() {
								reject(new exceptions.NoSuchDatabase("Database ".concat(dbName, " doesnt exist")));
							});
						} else {
							upgradeTransaction.onerror = eventRejectHandler(reject);
							var oldVer = e.oldVersion > Math.pow(2, 62) ? 0 : e.oldVersion;
							wasCreated = oldVer < 1;
							db.idbdb = req.result;
							if (schemaPatchMode) patchCurrentVersion(db, upgradeTransaction);
							runUpgraders(db, oldVer / 10, upgradeTransaction, reject);
						}
					}, reject);
					req.onsuccess = wrap(function() {
						upgradeTransaction = null;
						var idbdb = db.idbdb = req.result;
						var objectStoreNames = slice(idbdb.objectStoreNames);
						if (objectStoreNames.length > 0) try {
							var tmpTrans = idbdb.transaction(safariMultiStoreFix(objectStoreNames), "readonly");
							if (state.autoSchema) readGlobalSchema(db, idbdb, tmpTrans);
							else {
								adjustToExistingIndexNames(db, db._dbSchema, tmpTrans);
								if (!verifyInstalledSchema(db, tmpTrans) && !schemaPatchMode) {
									console.warn("Dexie SchemaDiff: Schema was extended without increasing the number passed to db.version(). Dexie will add missing parts and increment native version number to workaround this.");
									idbdb.close();
									nativeVerToOpen = idbdb.version + 1;
									schemaPatchMode = true;
									return resolve(tryOpenDB());
								}
							}
							generateMiddlewareStacks(db, tmpTrans);
						} catch (e) {}
						connections.add(db);
						idbdb.onversionchange = wrap(function(ev) {
							state.vcFired = true;
							db.on("versionchange").fire(ev);
						});
						idbdb.onclose = wrap(function() {
							db.close({ disableAutoOpen: false });
						});
						if (wasCreated) _onDatabaseCreated(db._deps, dbName);
						resolve();
					}, reject);
				}).catch(function(err) {
					switch (err === null || err === void 0 ? void 0 : err.name) {
						case "UnknownError":
							if (state.PR1398_maxLoop > 0) {
								state.PR1398_maxLoop--;
								console.warn("Dexie: Workaround for Chrome UnknownError on open()");
								return tryOpenDB();
							}
							break;
						case "VersionError": if (nativeVerToOpen > 0) {
							nativeVerToOpen = 0;
							return tryOpenDB();
						}
					}
					return DexiePromise.reject(err);
				});
			};
			var useSafari14Workaround = typeof navigator !== "undefined" && !!indexedDB && indexedDB === _global.indexedDB;
			return DexiePromise.race([openCanceller, (useSafari14Workaround ? idbReady() : DexiePromise.resolve()).then(tryOpenDB)]).then(function() {
				throwIfCancelled();
				state.onReadyBeingFired = [];
				return DexiePromise.resolve(vip(function() {
					return db.on.ready.fire(db.vip);
				})).then(function fireRemainders() {
					if (state.onReadyBeingFired.length > 0) {
						var remainders_1 = state.onReadyBeingFired.reduce(promisableChain, nop);
						state.onReadyBeingFired = [];
						return DexiePromise.resolve(vip(function() {
							return remainders_1(db.vip);
						})).then(fireRemainders);
					}
				});
			}).finally(function() {
				if (state.openCanceller === openCanceller) {
					state.onReadyBeingFired = null;
					state.isBeingOpened = false;
				}
			}).catch(function(err) {
				state.dbOpenError = err;
				try {
					upgradeTransaction && upgradeTransaction.abort();
				} catch (_a) {}
				if (openCanceller === state.openCanceller) db._close();
				return rejection(err);
			}).finally(function() {
				state.openComplete = true;
				resolveDbReady();
			}).then(function() {
				if (wasCreated) {
					var everything_1 = {};
					db.tables.forEach(function(table) {
						table.schema.indexes.forEach(function(idx) {
							if (idx.name) everything_1["idb://".concat(db.name, "/").concat(table.name, "/").concat(idx.name)] = new RangeSet(-Infinity, [[[]]]);
						});
						everything_1["idb://".concat(db.name, "/").concat(table.name, "/")] = everything_1["idb://".concat(db.name, "/").concat(table.name, "/:dels")] = new RangeSet(-Infinity, [[[]]]);
					});
					globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME).fire(everything_1);
					signalSubscribersNow(everything_1, true);
				}
				return db;
			});
		}
		function awaitIterator(iterator) {
			var callNext = function(result) {
				return iterator.next(result);
			}, doThrow = function(error) {
				return iterator.throw(error);
			}, onSuccess = step(callNext), onError = step(doThrow);
			function step(getNext) {
				return function(val) {
					var next = getNext(val), value = next.value;
					return next.done ? value : !value || typeof value.then !== "function" ? isArray(value) ? Promise.all(value).then(onSuccess, onError) : onSuccess(value) : value.then(onSuccess, onError);
				};
			}
			return step(callNext)();
		}
		function extractTransactionArgs(mode, _tableArgs_, scopeFunc) {
			var i = arguments.length;
			if (i < 2) throw new exceptions.InvalidArgument("Too few arguments");
			var args = new Array(i - 1);
			while (--i) args[i - 1] = arguments[i];
			scopeFunc = args.pop();
			return [
				mode,
				flatten(args),
				scopeFunc
			];
		}
		function enterTransactionScope(db, mode, storeNames, parentTransaction, scopeFunc) {
			return DexiePromise.resolve().then(function() {
				var transless = PSD.transless || PSD;
				var trans = db._createTransaction(mode, storeNames, db._dbSchema, parentTransaction);
				trans.explicit = true;
				var zoneProps = {
					trans,
					transless
				};
				if (parentTransaction) trans.idbtrans = parentTransaction.idbtrans;
				else try {
					trans.create();
					trans.idbtrans._explicit = true;
					db._state.PR1398_maxLoop = 3;
				} catch (ex) {
					if (ex.name === errnames.InvalidState && db.isOpen() && --db._state.PR1398_maxLoop > 0) {
						console.warn("Dexie: Need to reopen db");
						db.close({ disableAutoOpen: false });
						return db.open().then(function() {
							return enterTransactionScope(db, mode, storeNames, null, scopeFunc);
						});
					}
					return rejection(ex);
				}
				var scopeFuncIsAsync = isAsyncFunction(scopeFunc);
				if (scopeFuncIsAsync) incrementExpectedAwaits();
				var returnValue;
				var promiseFollowed = DexiePromise.follow(function() {
					returnValue = scopeFunc.call(trans, trans);
					if (returnValue) {
						if (scopeFuncIsAsync) {
							var decrementor = decrementExpectedAwaits.bind(null, null);
							returnValue.then(decrementor, decrementor);
						} else if (typeof returnValue.next === "function" && typeof returnValue.throw === "function") returnValue = awaitIterator(returnValue);
					}
				}, zoneProps);
				return (returnValue && typeof returnValue.then === "function" ? DexiePromise.resolve(returnValue).then(function(x) {
					return trans.active ? x : rejection(new exceptions.PrematureCommit("Transaction committed too early. See http://bit.ly/2kdckMn"));
				}) : promiseFollowed.then(function() {
					return returnValue;
				})).then(function(x) {
					if (parentTransaction) trans._resolve();
					return trans._completion.then(function() {
						return x;
					});
				}).catch(function(e) {
					trans._reject(e);
					return rejection(e);
				});
			});
		}
		function pad(a, value, count) {
			var result = isArray(a) ? a.slice() : [a];
			for (var i = 0; i < count; ++i) result.push(value);
			return result;
		}
		function createVirtualIndexMiddleware(down) {
			return __assign(__assign({}, down), { table: function(tableName) {
				var table = down.table(tableName);
				var schema = table.schema;
				var indexLookup = Object.create(null);
				var allVirtualIndexes = [];
				function addVirtualIndexes(keyPath, keyTail, lowLevelIndex) {
					var keyPathAlias = getKeyPathAlias(keyPath);
					var indexList = indexLookup[keyPathAlias] = indexLookup[keyPathAlias] || [];
					var keyLength = keyPath == null ? 0 : typeof keyPath === "string" ? 1 : keyPath.length;
					var isVirtual = keyTail > 0;
					var virtualIndex = __assign(__assign({}, lowLevelIndex), {
						name: isVirtual ? "".concat(keyPathAlias, "(virtual-from:").concat(lowLevelIndex.name, ")") : lowLevelIndex.name,
						lowLevelIndex,
						isVirtual,
						keyTail,
						keyLength,
						extractKey: getKeyExtractor(keyPath),
						unique: !isVirtual && lowLevelIndex.unique
					});
					indexList.push(virtualIndex);
					if (!virtualIndex.isPrimaryKey) allVirtualIndexes.push(virtualIndex);
					if (keyLength > 1) addVirtualIndexes(keyLength === 2 ? keyPath[0] : keyPath.slice(0, keyLength - 1), keyTail + 1, lowLevelIndex);
					indexList.sort(function(a, b) {
						return a.keyTail - b.keyTail;
					});
					return virtualIndex;
				}
				var primaryKey = addVirtualIndexes(schema.primaryKey.keyPath, 0, schema.primaryKey);
				indexLookup[":id"] = [primaryKey];
				for (var _i = 0, _a = schema.indexes; _i < _a.length; _i++) {
					var index = _a[_i];
					addVirtualIndexes(index.keyPath, 0, index);
				}
				function findBestIndex(keyPath) {
					var result = indexLookup[getKeyPathAlias(keyPath)];
					return result && result[0];
				}
				function translateRange(range, keyTail) {
					return {
						type: range.type === 1 ? 2 : range.type,
						lower: pad(range.lower, range.lowerOpen ? down.MAX_KEY : down.MIN_KEY, keyTail),
						lowerOpen: true,
						upper: pad(range.upper, range.upperOpen ? down.MIN_KEY : down.MAX_KEY, keyTail),
						upperOpen: true
					};
				}
				function translateRequest(req) {
					var index = req.query.index;
					return index.isVirtual ? __assign(__assign({}, req), { query: {
						index: index.lowLevelIndex,
						range: translateRange(req.query.range, index.keyTail)
					} }) : req;
				}
				return __assign(__assign({}, table), {
					schema: __assign(__assign({}, schema), {
						primaryKey,
						indexes: allVirtualIndexes,
						getIndexByKeyPath: findBestIndex
					}),
					count: function(req) {
						return table.count(translateRequest(req));
					},
					query: function(req) {
						return table.query(translateRequest(req));
					},
					openCursor: function(req) {
						var _a = req.query.index, keyTail = _a.keyTail, isVirtual = _a.isVirtual, keyLength = _a.keyLength;
						if (!isVirtual) return table.openCursor(req);
						function createVirtualCursor(cursor) {
							function _continue(key) {
								key != null ? cursor.continue(pad(key, req.reverse ? down.MAX_KEY : down.MIN_KEY, keyTail)) : req.unique ? cursor.continue(cursor.key.slice(0, keyLength).concat(req.reverse ? down.MIN_KEY : down.MAX_KEY, keyTail)) : cursor.continue();
							}
							return Object.create(cursor, {
								continue: { value: _continue },
								continuePrimaryKey: { value: function(key, primaryKey) {
									cursor.continuePrimaryKey(pad(key, down.MAX_KEY, keyTail), primaryKey);
								} },
								primaryKey: { get: function() {
									return cursor.primaryKey;
								} },
								key: { get: function() {
									var key = cursor.key;
									return keyLength === 1 ? key[0] : key.slice(0, keyLength);
								} },
								value: { get: function() {
									return cursor.value;
								} }
							});
						}
						return table.openCursor(translateRequest(req)).then(function(cursor) {
							return cursor && createVirtualCursor(cursor);
						});
					}
				});
			} });
		}
		var virtualIndexMiddleware = {
			stack: "dbcore",
			name: "VirtualIndexMiddleware",
			level: 1,
			create: createVirtualIndexMiddleware
		};
		function getObjectDiff(a, b, rv, prfx) {
			rv = rv || {};
			prfx = prfx || "";
			keys(a).forEach(function(prop) {
				if (!hasOwn(b, prop)) rv[prfx + prop] = void 0;
				else {
					var ap = a[prop], bp = b[prop];
					if (typeof ap === "object" && typeof bp === "object" && ap && bp) {
						var apTypeName = toStringTag(ap);
						if (apTypeName !== toStringTag(bp)) rv[prfx + prop] = b[prop];
						else if (apTypeName === "Object") getObjectDiff(ap, bp, rv, prfx + prop + ".");
						else if (ap !== bp) rv[prfx + prop] = b[prop];
					} else if (ap !== bp) rv[prfx + prop] = b[prop];
				}
			});
			keys(b).forEach(function(prop) {
				if (!hasOwn(a, prop)) rv[prfx + prop] = b[prop];
			});
			return rv;
		}
		function getEffectiveKeys(primaryKey, req) {
			if (req.type === "delete") return req.keys;
			return req.keys || req.values.map(primaryKey.extractKey);
		}
		var hooksMiddleware = {
			stack: "dbcore",
			name: "HooksMiddleware",
			level: 2,
			create: function(downCore) {
				return __assign(__assign({}, downCore), { table: function(tableName) {
					var downTable = downCore.table(tableName);
					var primaryKey = downTable.schema.primaryKey;
					return __assign(__assign({}, downTable), { mutate: function(req) {
						var dxTrans = PSD.trans;
						var _a = dxTrans.table(tableName).hook, deleting = _a.deleting, creating = _a.creating, updating = _a.updating;
						switch (req.type) {
							case "add":
								if (creating.fire === nop) break;
								return dxTrans._promise("readwrite", function() {
									return addPutOrDelete(req);
								}, true);
							case "put":
								if (creating.fire === nop && updating.fire === nop) break;
								return dxTrans._promise("readwrite", function() {
									return addPutOrDelete(req);
								}, true);
							case "delete":
								if (deleting.fire === nop) break;
								return dxTrans._promise("readwrite", function() {
									return addPutOrDelete(req);
								}, true);
							case "deleteRange":
								if (deleting.fire === nop) break;
								return dxTrans._promise("readwrite", function() {
									return deleteRange(req);
								}, true);
						}
						return downTable.mutate(req);
						function addPutOrDelete(req) {
							var dxTrans = PSD.trans;
							var keys = req.keys || getEffectiveKeys(primaryKey, req);
							if (!keys) throw new Error("Keys missing");
							req = req.type === "add" || req.type === "put" ? __assign(__assign({}, req), { keys }) : __assign({}, req);
							if (req.type !== "delete") req.values = __spreadArray([], req.values, true);
							if (req.keys) req.keys = __spreadArray([], req.keys, true);
							return getExistingValues(downTable, req, keys).then(function(existingValues) {
								var contexts = keys.map(function(key, i) {
									var existingValue = existingValues[i];
									var ctx = {
										onerror: null,
										onsuccess: null
									};
									if (req.type === "delete") deleting.fire.call(ctx, key, existingValue, dxTrans);
									else if (req.type === "add" || existingValue === void 0) {
										var generatedPrimaryKey = creating.fire.call(ctx, key, req.values[i], dxTrans);
										if (key == null && generatedPrimaryKey != null) {
											key = generatedPrimaryKey;
											req.keys[i] = key;
											if (!primaryKey.outbound) setByKeyPath(req.values[i], primaryKey.keyPath, key);
										}
									} else {
										var objectDiff = getObjectDiff(existingValue, req.values[i]);
										var additionalChanges_1 = updating.fire.call(ctx, objectDiff, key, existingValue, dxTrans);
										if (additionalChanges_1) {
											var requestedValue_1 = req.values[i];
											Object.keys(additionalChanges_1).forEach(function(keyPath) {
												if (hasOwn(requestedValue_1, keyPath)) requestedValue_1[keyPath] = additionalChanges_1[keyPath];
												else setByKeyPath(requestedValue_1, keyPath, additionalChanges_1[keyPath]);
											});
										}
									}
									return ctx;
								});
								return downTable.mutate(req).then(function(_a) {
									var failures = _a.failures, results = _a.results, numFailures = _a.numFailures, lastResult = _a.lastResult;
									for (var i = 0; i < keys.length; ++i) {
										var primKey = results ? results[i] : keys[i];
										var ctx = contexts[i];
										if (primKey == null) ctx.onerror && ctx.onerror(failures[i]);
										else ctx.onsuccess && ctx.onsuccess(req.type === "put" && existingValues[i] ? req.values[i] : primKey);
									}
									return {
										failures,
										results,
										numFailures,
										lastResult
									};
								}).catch(function(error) {
									contexts.forEach(function(ctx) {
										return ctx.onerror && ctx.onerror(error);
									});
									return Promise.reject(error);
								});
							});
						}
						function deleteRange(req) {
							return deleteNextChunk(req.trans, req.range, 1e4);
						}
						function deleteNextChunk(trans, range, limit) {
							return downTable.query({
								trans,
								values: false,
								query: {
									index: primaryKey,
									range
								},
								limit
							}).then(function(_a) {
								var result = _a.result;
								return addPutOrDelete({
									type: "delete",
									keys: result,
									trans
								}).then(function(res) {
									if (res.numFailures > 0) return Promise.reject(res.failures[0]);
									if (result.length < limit) return {
										failures: [],
										numFailures: 0,
										lastResult: void 0
									};
									else return deleteNextChunk(trans, __assign(__assign({}, range), {
										lower: result[result.length - 1],
										lowerOpen: true
									}), limit);
								});
							});
						}
					} });
				} });
			}
		};
		function getExistingValues(table, req, effectiveKeys) {
			return req.type === "add" ? Promise.resolve([]) : table.getMany({
				trans: req.trans,
				keys: effectiveKeys,
				cache: "immutable"
			});
		}
		function getFromTransactionCache(keys, cache, clone) {
			try {
				if (!cache) return null;
				if (cache.keys.length < keys.length) return null;
				var result = [];
				for (var i = 0, j = 0; i < cache.keys.length && j < keys.length; ++i) {
					if (cmp(cache.keys[i], keys[j]) !== 0) continue;
					result.push(clone ? deepClone(cache.values[i]) : cache.values[i]);
					++j;
				}
				return result.length === keys.length ? result : null;
			} catch (_a) {
				return null;
			}
		}
		var cacheExistingValuesMiddleware = {
			stack: "dbcore",
			level: -1,
			create: function(core) {
				return { table: function(tableName) {
					var table = core.table(tableName);
					return __assign(__assign({}, table), {
						getMany: function(req) {
							if (!req.cache) return table.getMany(req);
							var cachedResult = getFromTransactionCache(req.keys, req.trans["_cache"], req.cache === "clone");
							if (cachedResult) return DexiePromise.resolve(cachedResult);
							return table.getMany(req).then(function(res) {
								req.trans["_cache"] = {
									keys: req.keys,
									values: req.cache === "clone" ? deepClone(res) : res
								};
								return res;
							});
						},
						mutate: function(req) {
							if (req.type !== "add") req.trans["_cache"] = null;
							return table.mutate(req);
						}
					});
				} };
			}
		};
		function isCachableContext(ctx, table) {
			return ctx.trans.mode === "readonly" && !!ctx.subscr && !ctx.trans.explicit && ctx.trans.db._options.cache !== "disabled" && !table.schema.primaryKey.outbound;
		}
		function isCachableRequest(type, req) {
			switch (type) {
				case "query": return req.values && !req.unique;
				case "get": return false;
				case "getMany": return false;
				case "count": return false;
				case "openCursor": return false;
			}
		}
		var observabilityMiddleware = {
			stack: "dbcore",
			level: 0,
			name: "Observability",
			create: function(core) {
				var dbName = core.schema.name;
				var FULL_RANGE = new RangeSet(core.MIN_KEY, core.MAX_KEY);
				return __assign(__assign({}, core), {
					transaction: function(stores, mode, options) {
						if (PSD.subscr && mode !== "readonly") throw new exceptions.ReadOnly("Readwrite transaction in liveQuery context. Querier source: ".concat(PSD.querier));
						return core.transaction(stores, mode, options);
					},
					table: function(tableName) {
						var table = core.table(tableName);
						var schema = table.schema;
						var primaryKey = schema.primaryKey, indexes = schema.indexes;
						var extractKey = primaryKey.extractKey, outbound = primaryKey.outbound;
						var indexesWithAutoIncPK = primaryKey.autoIncrement && indexes.filter(function(index) {
							return index.compound && index.keyPath.includes(primaryKey.keyPath);
						});
						var tableClone = __assign(__assign({}, table), { mutate: function(req) {
							var _a, _b;
							var trans = req.trans;
							var mutatedParts = req.mutatedParts || (req.mutatedParts = {});
							var getRangeSet = function(indexName) {
								var part = "idb://".concat(dbName, "/").concat(tableName, "/").concat(indexName);
								return mutatedParts[part] || (mutatedParts[part] = new RangeSet());
							};
							var pkRangeSet = getRangeSet("");
							var delsRangeSet = getRangeSet(":dels");
							var type = req.type;
							var _c = req.type === "deleteRange" ? [req.range] : req.type === "delete" ? [req.keys] : req.values.length < 50 ? [getEffectiveKeys(primaryKey, req).filter(function(id) {
								return id != null;
							}), req.values] : [], keys = _c[0], newObjs = _c[1];
							var oldCache = req.trans["_cache"];
							if (isArray(keys)) {
								pkRangeSet.addKeys(keys);
								var oldObjs = type === "delete" || keys.length === newObjs.length ? getFromTransactionCache(keys, oldCache) : null;
								if (!oldObjs) delsRangeSet.addKeys(keys);
								if (oldObjs || newObjs) trackAffectedIndexes(getRangeSet, schema, oldObjs, newObjs);
							} else if (keys) {
								var range = {
									from: (_a = keys.lower) !== null && _a !== void 0 ? _a : core.MIN_KEY,
									to: (_b = keys.upper) !== null && _b !== void 0 ? _b : core.MAX_KEY
								};
								delsRangeSet.add(range);
								pkRangeSet.add(range);
							} else {
								pkRangeSet.add(FULL_RANGE);
								delsRangeSet.add(FULL_RANGE);
								schema.indexes.forEach(function(idx) {
									return getRangeSet(idx.name).add(FULL_RANGE);
								});
							}
							return table.mutate(req).then(function(res) {
								if (keys && (req.type === "add" || req.type === "put")) {
									pkRangeSet.addKeys(res.results);
									if (indexesWithAutoIncPK) indexesWithAutoIncPK.forEach(function(idx) {
										var idxVals = req.values.map(function(v) {
											return idx.extractKey(v);
										});
										var pkPos = idx.keyPath.findIndex(function(prop) {
											return prop === primaryKey.keyPath;
										});
										for (var i = 0, len = res.results.length; i < len; ++i) idxVals[i][pkPos] = res.results[i];
										getRangeSet(idx.name).addKeys(idxVals);
									});
								}
								trans.mutatedParts = extendObservabilitySet(trans.mutatedParts || {}, mutatedParts);
								return res;
							});
						} });
						var getRange = function(_a) {
							var _b, _c;
							var _d = _a.query, index = _d.index, range = _d.range;
							return [index, new RangeSet((_b = range.lower) !== null && _b !== void 0 ? _b : core.MIN_KEY, (_c = range.upper) !== null && _c !== void 0 ? _c : core.MAX_KEY)];
						};
						var readSubscribers = {
							get: function(req) {
								return [primaryKey, new RangeSet(req.key)];
							},
							getMany: function(req) {
								return [primaryKey, new RangeSet().addKeys(req.keys)];
							},
							count: getRange,
							query: getRange,
							openCursor: getRange
						};
						keys(readSubscribers).forEach(function(method) {
							tableClone[method] = function(req) {
								var subscr = PSD.subscr;
								var isLiveQuery = !!subscr;
								var obsSet = isCachableContext(PSD, table) && isCachableRequest(method, req) ? req.obsSet = {} : subscr;
								if (isLiveQuery) {
									var getRangeSet = function(indexName) {
										var part = "idb://".concat(dbName, "/").concat(tableName, "/").concat(indexName);
										return obsSet[part] || (obsSet[part] = new RangeSet());
									};
									var pkRangeSet_1 = getRangeSet("");
									var delsRangeSet_1 = getRangeSet(":dels");
									var _a = readSubscribers[method](req), queriedIndex = _a[0], queriedRanges = _a[1];
									if (method === "query" && queriedIndex.isPrimaryKey && !req.values) delsRangeSet_1.add(queriedRanges);
									else getRangeSet(queriedIndex.name || "").add(queriedRanges);
									if (!queriedIndex.isPrimaryKey) {
										if (method === "count") delsRangeSet_1.add(FULL_RANGE);
										else {
											var keysPromise_1 = method === "query" && outbound && req.values && table.query(__assign(__assign({}, req), { values: false }));
											return table[method].apply(this, arguments).then(function(res) {
												if (method === "query") {
													if (outbound && req.values) return keysPromise_1.then(function(_a) {
														var resultingKeys = _a.result;
														pkRangeSet_1.addKeys(resultingKeys);
														return res;
													});
													var pKeys = req.values ? res.result.map(extractKey) : res.result;
													if (req.values) pkRangeSet_1.addKeys(pKeys);
													else delsRangeSet_1.addKeys(pKeys);
												} else if (method === "openCursor") {
													var cursor_1 = res;
													var wantValues_1 = req.values;
													return cursor_1 && Object.create(cursor_1, {
														key: { get: function() {
															delsRangeSet_1.addKey(cursor_1.primaryKey);
															return cursor_1.key;
														} },
														primaryKey: { get: function() {
															var pkey = cursor_1.primaryKey;
															delsRangeSet_1.addKey(pkey);
															return pkey;
														} },
														value: { get: function() {
															wantValues_1 && pkRangeSet_1.addKey(cursor_1.primaryKey);
															return cursor_1.value;
														} }
													});
												}
												return res;
											});
										}
									}
								}
								return table[method].apply(this, arguments);
							};
						});
						return tableClone;
					}
				});
			}
		};
		function trackAffectedIndexes(getRangeSet, schema, oldObjs, newObjs) {
			function addAffectedIndex(ix) {
				var rangeSet = getRangeSet(ix.name || "");
				function extractKey(obj) {
					return obj != null ? ix.extractKey(obj) : null;
				}
				var addKeyOrKeys = function(key) {
					return ix.multiEntry && isArray(key) ? key.forEach(function(key) {
						return rangeSet.addKey(key);
					}) : rangeSet.addKey(key);
				};
				(oldObjs || newObjs).forEach(function(_, i) {
					var oldKey = oldObjs && extractKey(oldObjs[i]);
					var newKey = newObjs && extractKey(newObjs[i]);
					if (cmp(oldKey, newKey) !== 0) {
						if (oldKey != null) addKeyOrKeys(oldKey);
						if (newKey != null) addKeyOrKeys(newKey);
					}
				});
			}
			schema.indexes.forEach(addAffectedIndex);
		}
		function adjustOptimisticFromFailures(tblCache, req, res) {
			if (res.numFailures === 0) return req;
			if (req.type === "deleteRange") return null;
			var numBulkOps = req.keys ? req.keys.length : "values" in req && req.values ? req.values.length : 1;
			if (res.numFailures === numBulkOps) return null;
			var clone = __assign({}, req);
			if (isArray(clone.keys)) clone.keys = clone.keys.filter(function(_, i) {
				return !(i in res.failures);
			});
			if ("values" in clone && isArray(clone.values)) clone.values = clone.values.filter(function(_, i) {
				return !(i in res.failures);
			});
			return clone;
		}
		function isAboveLower(key, range) {
			return range.lower === void 0 ? true : range.lowerOpen ? cmp(key, range.lower) > 0 : cmp(key, range.lower) >= 0;
		}
		function isBelowUpper(key, range) {
			return range.upper === void 0 ? true : range.upperOpen ? cmp(key, range.upper) < 0 : cmp(key, range.upper) <= 0;
		}
		function isWithinRange(key, range) {
			return isAboveLower(key, range) && isBelowUpper(key, range);
		}
		function applyOptimisticOps(result, req, ops, table, cacheEntry, immutable) {
			if (!ops || ops.length === 0) return result;
			var index = req.query.index;
			var multiEntry = index.multiEntry;
			var queryRange = req.query.range;
			var extractPrimKey = table.schema.primaryKey.extractKey;
			var extractIndex = index.extractKey;
			var extractLowLevelIndex = (index.lowLevelIndex || index).extractKey;
			var finalResult = ops.reduce(function(result, op) {
				var modifedResult = result;
				var includedValues = [];
				if (op.type === "add" || op.type === "put") {
					var includedPKs = new RangeSet();
					for (var i = op.values.length - 1; i >= 0; --i) {
						var value = op.values[i];
						var pk = extractPrimKey(value);
						if (includedPKs.hasKey(pk)) continue;
						var key = extractIndex(value);
						if (multiEntry && isArray(key) ? key.some(function(k) {
							return isWithinRange(k, queryRange);
						}) : isWithinRange(key, queryRange)) {
							includedPKs.addKey(pk);
							includedValues.push(value);
						}
					}
				}
				switch (op.type) {
					case "add":
						var existingKeys_1 = new RangeSet().addKeys(req.values ? result.map(function(v) {
							return extractPrimKey(v);
						}) : result);
						modifedResult = result.concat(req.values ? includedValues.filter(function(v) {
							var key = extractPrimKey(v);
							if (existingKeys_1.hasKey(key)) return false;
							existingKeys_1.addKey(key);
							return true;
						}) : includedValues.map(function(v) {
							return extractPrimKey(v);
						}).filter(function(k) {
							if (existingKeys_1.hasKey(k)) return false;
							existingKeys_1.addKey(k);
							return true;
						}));
						break;
					case "put":
						var keySet_1 = new RangeSet().addKeys(op.values.map(function(v) {
							return extractPrimKey(v);
						}));
						modifedResult = result.filter(function(item) {
							return !keySet_1.hasKey(req.values ? extractPrimKey(item) : item);
						}).concat(req.values ? includedValues : includedValues.map(function(v) {
							return extractPrimKey(v);
						}));
						break;
					case "delete":
						var keysToDelete_1 = new RangeSet().addKeys(op.keys);
						modifedResult = result.filter(function(item) {
							return !keysToDelete_1.hasKey(req.values ? extractPrimKey(item) : item);
						});
						break;
					case "deleteRange":
						var range_1 = op.range;
						modifedResult = result.filter(function(item) {
							return !isWithinRange(extractPrimKey(item), range_1);
						});
				}
				return modifedResult;
			}, result);
			if (finalResult === result) return result;
			var sorter = function(a, b) {
				return cmp(extractLowLevelIndex(a), extractLowLevelIndex(b)) || cmp(extractPrimKey(a), extractPrimKey(b));
			};
			finalResult.sort(req.direction === "prev" || req.direction === "prevunique" ? function(a, b) {
				return sorter(b, a);
			} : sorter);
			if (req.limit && req.limit < Infinity) {
				if (finalResult.length > req.limit) finalResult.length = req.limit;
				else if (result.length === req.limit && finalResult.length < req.limit) cacheEntry.dirty = true;
			}
			return immutable ? Object.freeze(finalResult) : finalResult;
		}
		function areRangesEqual(r1, r2) {
			return cmp(r1.lower, r2.lower) === 0 && cmp(r1.upper, r2.upper) === 0 && !!r1.lowerOpen === !!r2.lowerOpen && !!r1.upperOpen === !!r2.upperOpen;
		}
		function compareLowers(lower1, lower2, lowerOpen1, lowerOpen2) {
			if (lower1 === void 0) return lower2 !== void 0 ? -1 : 0;
			if (lower2 === void 0) return 1;
			var c = cmp(lower1, lower2);
			if (c === 0) {
				if (lowerOpen1 && lowerOpen2) return 0;
				if (lowerOpen1) return 1;
				if (lowerOpen2) return -1;
			}
			return c;
		}
		function compareUppers(upper1, upper2, upperOpen1, upperOpen2) {
			if (upper1 === void 0) return upper2 !== void 0 ? 1 : 0;
			if (upper2 === void 0) return -1;
			var c = cmp(upper1, upper2);
			if (c === 0) {
				if (upperOpen1 && upperOpen2) return 0;
				if (upperOpen1) return -1;
				if (upperOpen2) return 1;
			}
			return c;
		}
		function isSuperRange(r1, r2) {
			return compareLowers(r1.lower, r2.lower, r1.lowerOpen, r2.lowerOpen) <= 0 && compareUppers(r1.upper, r2.upper, r1.upperOpen, r2.upperOpen) >= 0;
		}
		function findCompatibleQuery(dbName, tableName, type, req) {
			var _a;
			var tblCache = cache["idb://".concat(dbName, "/").concat(tableName)];
			if (!tblCache) return [];
			var queries = tblCache.queries[type];
			if (!queries) return [
				null,
				false,
				tblCache,
				null
			];
			var entries = queries[(req.query ? req.query.index.name : null) || ""];
			if (!entries) return [
				null,
				false,
				tblCache,
				null
			];
			switch (type) {
				case "query":
					var reqDirection_1 = (_a = req.direction) !== null && _a !== void 0 ? _a : "next";
					var equalEntry = entries.find(function(entry) {
						var _a;
						return entry.req.limit === req.limit && entry.req.values === req.values && ((_a = entry.req.direction) !== null && _a !== void 0 ? _a : "next") === reqDirection_1 && areRangesEqual(entry.req.query.range, req.query.range);
					});
					if (equalEntry) return [
						equalEntry,
						true,
						tblCache,
						entries
					];
					return [
						entries.find(function(entry) {
							var _a;
							return ("limit" in entry.req ? entry.req.limit : Infinity) >= req.limit && ((_a = entry.req.direction) !== null && _a !== void 0 ? _a : "next") === reqDirection_1 && (req.values ? entry.req.values : true) && isSuperRange(entry.req.query.range, req.query.range);
						}),
						false,
						tblCache,
						entries
					];
				case "count":
					var countQuery = entries.find(function(entry) {
						return areRangesEqual(entry.req.query.range, req.query.range);
					});
					return [
						countQuery,
						!!countQuery,
						tblCache,
						entries
					];
			}
		}
		function subscribeToCacheEntry(cacheEntry, container, requery, signal) {
			cacheEntry.subscribers.add(requery);
			signal.addEventListener("abort", function() {
				cacheEntry.subscribers.delete(requery);
				if (cacheEntry.subscribers.size === 0) enqueForDeletion(cacheEntry, container);
			});
		}
		function enqueForDeletion(cacheEntry, container) {
			setTimeout(function() {
				if (cacheEntry.subscribers.size === 0) delArrayItem(container, cacheEntry);
			}, 3e3);
		}
		var cacheMiddleware = {
			stack: "dbcore",
			level: 0,
			name: "Cache",
			create: function(core) {
				var dbName = core.schema.name;
				return __assign(__assign({}, core), {
					transaction: function(stores, mode, options) {
						var idbtrans = core.transaction(stores, mode, options);
						if (mode === "readwrite") {
							var ac_1 = new AbortController();
							var signal = ac_1.signal;
							var endTransaction = function(wasCommitted) {
								return function() {
									ac_1.abort();
									if (mode === "readwrite") {
										var affectedSubscribers_1 = /* @__PURE__ */ new Set();
										for (var _i = 0, stores_1 = stores; _i < stores_1.length; _i++) {
											var storeName = stores_1[_i];
											var tblCache = cache["idb://".concat(dbName, "/").concat(storeName)];
											if (tblCache) {
												var table = core.table(storeName);
												var ops = tblCache.optimisticOps.filter(function(op) {
													return op.trans === idbtrans;
												});
												if (idbtrans._explicit && wasCommitted && idbtrans.mutatedParts) for (var _a = 0, _b = Object.values(tblCache.queries.query); _a < _b.length; _a++) {
													var entries = _b[_a];
													for (var _c = 0, _d = entries.slice(); _c < _d.length; _c++) {
														var entry = _d[_c];
														if (obsSetsOverlap(entry.obsSet, idbtrans.mutatedParts)) {
															delArrayItem(entries, entry);
															entry.subscribers.forEach(function(requery) {
																return affectedSubscribers_1.add(requery);
															});
														}
													}
												}
												else if (ops.length > 0) {
													tblCache.optimisticOps = tblCache.optimisticOps.filter(function(op) {
														return op.trans !== idbtrans;
													});
													for (var _e = 0, _f = Object.values(tblCache.queries.query); _e < _f.length; _e++) {
														var entries = _f[_e];
														for (var _g = 0, _h = entries.slice(); _g < _h.length; _g++) {
															var entry = _h[_g];
															if (entry.res != null && idbtrans.mutatedParts) {
																if (wasCommitted && !entry.dirty) {
																	var freezeResults = Object.isFrozen(entry.res);
																	var modRes = applyOptimisticOps(entry.res, entry.req, ops, table, entry, freezeResults);
																	if (entry.dirty) {
																		delArrayItem(entries, entry);
																		entry.subscribers.forEach(function(requery) {
																			return affectedSubscribers_1.add(requery);
																		});
																	} else if (modRes !== entry.res) {
																		entry.res = modRes;
																		entry.promise = DexiePromise.resolve({ result: modRes });
																	}
																} else {
																	if (entry.dirty) delArrayItem(entries, entry);
																	entry.subscribers.forEach(function(requery) {
																		return affectedSubscribers_1.add(requery);
																	});
																}
															}
														}
													}
												}
											}
										}
										affectedSubscribers_1.forEach(function(requery) {
											return requery();
										});
									}
								};
							};
							idbtrans.addEventListener("abort", endTransaction(false), { signal });
							idbtrans.addEventListener("error", endTransaction(false), { signal });
							idbtrans.addEventListener("complete", endTransaction(true), { signal });
						}
						return idbtrans;
					},
					table: function(tableName) {
						var downTable = core.table(tableName);
						var primKey = downTable.schema.primaryKey;
						return __assign(__assign({}, downTable), {
							mutate: function(req) {
								var trans = PSD.trans;
								if (primKey.outbound || trans.db._options.cache === "disabled" || trans.explicit || trans.idbtrans.mode !== "readwrite") return downTable.mutate(req);
								var tblCache = cache["idb://".concat(dbName, "/").concat(tableName)];
								if (!tblCache) return downTable.mutate(req);
								var promise = downTable.mutate(req);
								if ((req.type === "add" || req.type === "put") && (req.values.length >= 50 || getEffectiveKeys(primKey, req).some(function(key) {
									return key == null;
								}))) promise.then(function(res) {
									var adjustedReq = adjustOptimisticFromFailures(tblCache, __assign(__assign({}, req), { values: req.values.map(function(value, i) {
										var _a;
										if (res.failures[i]) return value;
										var valueWithKey = ((_a = primKey.keyPath) === null || _a === void 0 ? void 0 : _a.includes(".")) ? deepClone(value) : __assign({}, value);
										setByKeyPath(valueWithKey, primKey.keyPath, res.results[i]);
										return valueWithKey;
									}) }), res);
									tblCache.optimisticOps.push(adjustedReq);
									queueMicrotask(function() {
										return req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
									});
								});
								else {
									tblCache.optimisticOps.push(req);
									req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
									promise.then(function(res) {
										if (res.numFailures > 0) {
											delArrayItem(tblCache.optimisticOps, req);
											var adjustedReq = adjustOptimisticFromFailures(tblCache, req, res);
											if (adjustedReq) tblCache.optimisticOps.push(adjustedReq);
											req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
										}
									});
									promise.catch(function() {
										delArrayItem(tblCache.optimisticOps, req);
										req.mutatedParts && signalSubscribersLazily(req.mutatedParts);
									});
								}
								return promise;
							},
							query: function(req) {
								var _a;
								if (!isCachableContext(PSD, downTable) || !isCachableRequest("query", req)) return downTable.query(req);
								var freezeResults = ((_a = PSD.trans) === null || _a === void 0 ? void 0 : _a.db._options.cache) === "immutable";
								var _b = PSD, requery = _b.requery, signal = _b.signal;
								var _c = findCompatibleQuery(dbName, tableName, "query", req), cacheEntry = _c[0], exactMatch = _c[1], tblCache = _c[2], container = _c[3];
								if (cacheEntry && exactMatch) cacheEntry.obsSet = req.obsSet;
								else {
									var promise = downTable.query(req).then(function(res) {
										var result = res.result;
										if (cacheEntry) cacheEntry.res = result;
										if (freezeResults) {
											for (var i = 0, l = result.length; i < l; ++i) Object.freeze(result[i]);
											Object.freeze(result);
										}
										return res;
									}).catch(function(error) {
										if (container && cacheEntry) delArrayItem(container, cacheEntry);
										return Promise.reject(error);
									});
									cacheEntry = {
										obsSet: req.obsSet,
										promise,
										subscribers: /* @__PURE__ */ new Set(),
										type: "query",
										req,
										dirty: false
									};
									if (container) container.push(cacheEntry);
									else {
										container = [cacheEntry];
										if (!tblCache) tblCache = cache["idb://".concat(dbName, "/").concat(tableName)] = {
											queries: {
												query: {},
												count: {}
											},
											objs: /* @__PURE__ */ new Map(),
											optimisticOps: [],
											unsignaledParts: {}
										};
										tblCache.queries.query[req.query.index.name || ""] = container;
									}
								}
								subscribeToCacheEntry(cacheEntry, container, requery, signal);
								return cacheEntry.promise.then(function(res) {
									var result = applyOptimisticOps(res.result, req, tblCache === null || tblCache === void 0 ? void 0 : tblCache.optimisticOps, downTable, cacheEntry, freezeResults);
									return { result: freezeResults ? result : deepClone(result) };
								});
							}
						});
					}
				});
			}
		};
		function vipify(target, vipDb) {
			return new Proxy(target, { get: function(target, prop, receiver) {
				if (prop === "db") return vipDb;
				return Reflect.get(target, prop, receiver);
			} });
		}
		var Dexie$1 = function() {
			function Dexie(name, options) {
				var _this = this;
				this._middlewares = {};
				this.verno = 0;
				var deps = Dexie.dependencies;
				this._options = options = __assign({
					addons: Dexie.addons,
					autoOpen: true,
					indexedDB: deps.indexedDB,
					IDBKeyRange: deps.IDBKeyRange,
					cache: "cloned",
					maxConnections: DEFAULT_MAX_CONNECTIONS
				}, options);
				this._deps = {
					indexedDB: options.indexedDB,
					IDBKeyRange: options.IDBKeyRange
				};
				var addons = options.addons;
				this._dbSchema = {};
				this._versions = [];
				this._storeNames = [];
				this._allTables = {};
				this.idbdb = null;
				this._novip = this;
				var state = {
					dbOpenError: null,
					isBeingOpened: false,
					onReadyBeingFired: null,
					openComplete: false,
					dbReadyResolve: nop,
					dbReadyPromise: null,
					cancelOpen: nop,
					openCanceller: null,
					autoSchema: true,
					PR1398_maxLoop: 3,
					autoOpen: options.autoOpen
				};
				state.dbReadyPromise = new DexiePromise(function(resolve) {
					state.dbReadyResolve = resolve;
				});
				state.openCanceller = new DexiePromise(function(_, reject) {
					state.cancelOpen = reject;
				});
				this._state = state;
				this.name = name;
				this.on = Events(this, "populate", "blocked", "versionchange", "close", { ready: [promisableChain, nop] });
				this.once = function(event, callback) {
					var fn = function() {
						var args = [];
						for (var _i = 0; _i < arguments.length; _i++) args[_i] = arguments[_i];
						_this.on(event).unsubscribe(fn);
						callback.apply(_this, args);
					};
					return _this.on(event, fn);
				};
				this.on.ready.subscribe = override(this.on.ready.subscribe, function(subscribe) {
					return function(subscriber, bSticky) {
						Dexie.vip(function() {
							var state = _this._state;
							if (state.openComplete) {
								if (!state.dbOpenError) DexiePromise.resolve().then(subscriber);
								if (bSticky) subscribe(subscriber);
							} else if (state.onReadyBeingFired) {
								state.onReadyBeingFired.push(subscriber);
								if (bSticky) subscribe(subscriber);
							} else {
								subscribe(subscriber);
								var db_1 = _this;
								if (!bSticky) subscribe(function unsubscribe() {
									db_1.on.ready.unsubscribe(subscriber);
									db_1.on.ready.unsubscribe(unsubscribe);
								});
							}
						});
					};
				});
				this.Collection = createCollectionConstructor(this);
				this.Table = createTableConstructor(this);
				this.Transaction = createTransactionConstructor(this);
				this.Version = createVersionConstructor(this);
				this.WhereClause = createWhereClauseConstructor(this);
				this.on("versionchange", function(ev) {
					if (ev.newVersion > 0) console.warn("Another connection wants to upgrade database '".concat(_this.name, "'. Closing db now to resume the upgrade."));
					else console.warn("Another connection wants to delete database '".concat(_this.name, "'. Closing db now to resume the delete request."));
					_this.close({ disableAutoOpen: false });
				});
				this.on("blocked", function(ev) {
					if (!ev.newVersion || ev.newVersion < ev.oldVersion) console.warn("Dexie.delete('".concat(_this.name, "') was blocked"));
					else console.warn("Upgrade '".concat(_this.name, "' blocked by other connection holding version ").concat(ev.oldVersion / 10));
				});
				this._maxKey = getMaxKey(options.IDBKeyRange);
				this._createTransaction = function(mode, storeNames, dbschema, parentTransaction) {
					return new _this.Transaction(mode, storeNames, dbschema, _this._options.chromeTransactionDurability, parentTransaction);
				};
				this._fireOnBlocked = function(ev) {
					_this.on("blocked").fire(ev);
					connections.toArray().filter(function(c) {
						return c.name === _this.name && c !== _this && !c._state.vcFired;
					}).map(function(c) {
						return c.on("versionchange").fire(ev);
					});
				};
				this.use(cacheExistingValuesMiddleware);
				this.use(cacheMiddleware);
				this.use(observabilityMiddleware);
				this.use(virtualIndexMiddleware);
				this.use(hooksMiddleware);
				var vipDB = new Proxy(this, { get: function(_, prop, receiver) {
					if (prop === "_vip") return true;
					if (prop === "table") return function(tableName) {
						return vipify(_this.table(tableName), vipDB);
					};
					var rv = Reflect.get(_, prop, receiver);
					if (rv instanceof Table) return vipify(rv, vipDB);
					if (prop === "tables") return rv.map(function(t) {
						return vipify(t, vipDB);
					});
					if (prop === "_createTransaction") return function() {
						return vipify(rv.apply(this, arguments), vipDB);
					};
					return rv;
				} });
				this.vip = vipDB;
				addons.forEach(function(addon) {
					return addon(_this);
				});
			}
			Dexie.prototype.version = function(versionNumber) {
				if (isNaN(versionNumber) || versionNumber < .1) throw new exceptions.Type("Given version is not a positive number");
				versionNumber = Math.round(versionNumber * 10) / 10;
				if (this.idbdb || this._state.isBeingOpened) throw new exceptions.Schema("Cannot add version when database is open");
				this.verno = Math.max(this.verno, versionNumber);
				var versions = this._versions;
				var versionInstance = versions.filter(function(v) {
					return v._cfg.version === versionNumber;
				})[0];
				if (versionInstance) return versionInstance;
				versionInstance = new this.Version(versionNumber);
				versions.push(versionInstance);
				versions.sort(lowerVersionFirst);
				versionInstance.stores({});
				this._state.autoSchema = false;
				return versionInstance;
			};
			Dexie.prototype._whenReady = function(fn) {
				var _this = this;
				return this.idbdb && (this._state.openComplete || PSD.letThrough || this._vip) ? fn() : new DexiePromise(function(resolve, reject) {
					if (_this._state.openComplete) return reject(new exceptions.DatabaseClosed(_this._state.dbOpenError));
					if (!_this._state.isBeingOpened) {
						if (!_this._state.autoOpen) {
							reject(new exceptions.DatabaseClosed());
							return;
						}
						_this.open().catch(nop);
					}
					_this._state.dbReadyPromise.then(resolve, reject);
				}).then(fn);
			};
			Dexie.prototype.use = function(_a) {
				var stack = _a.stack, create = _a.create, level = _a.level, name = _a.name;
				if (name) this.unuse({
					stack,
					name
				});
				var middlewares = this._middlewares[stack] || (this._middlewares[stack] = []);
				middlewares.push({
					stack,
					create,
					level: level == null ? 10 : level,
					name
				});
				middlewares.sort(function(a, b) {
					return a.level - b.level;
				});
				return this;
			};
			Dexie.prototype.unuse = function(_a) {
				var stack = _a.stack, name = _a.name, create = _a.create;
				if (stack && this._middlewares[stack]) this._middlewares[stack] = this._middlewares[stack].filter(function(mw) {
					return create ? mw.create !== create : name ? mw.name !== name : false;
				});
				return this;
			};
			Dexie.prototype.open = function() {
				var _this = this;
				return usePSD(globalPSD, function() {
					return dexieOpen(_this);
				});
			};
			Dexie.prototype._close = function() {
				this.on.close.fire(new CustomEvent("close"));
				var state = this._state;
				connections.remove(this);
				if (this.idbdb) {
					try {
						this.idbdb.close();
					} catch (e) {}
					this.idbdb = null;
				}
				if (!state.isBeingOpened) {
					state.dbReadyPromise = new DexiePromise(function(resolve) {
						state.dbReadyResolve = resolve;
					});
					state.openCanceller = new DexiePromise(function(_, reject) {
						state.cancelOpen = reject;
					});
				}
			};
			Dexie.prototype.close = function(_a) {
				var disableAutoOpen = (_a === void 0 ? { disableAutoOpen: true } : _a).disableAutoOpen;
				var state = this._state;
				if (disableAutoOpen) {
					if (state.isBeingOpened) state.cancelOpen(new exceptions.DatabaseClosed());
					this._close();
					state.autoOpen = false;
					state.dbOpenError = new exceptions.DatabaseClosed();
				} else {
					this._close();
					state.autoOpen = this._options.autoOpen || state.isBeingOpened;
					state.openComplete = false;
					state.dbOpenError = null;
				}
			};
			Dexie.prototype.delete = function(closeOptions) {
				var _this = this;
				if (closeOptions === void 0) closeOptions = { disableAutoOpen: true };
				var hasInvalidArguments = arguments.length > 0 && typeof arguments[0] !== "object";
				var state = this._state;
				return new DexiePromise(function(resolve, reject) {
					var doDelete = function() {
						_this.close(closeOptions);
						var req = _this._deps.indexedDB.deleteDatabase(_this.name);
						req.onsuccess = wrap(function() {
							_onDatabaseDeleted(_this._deps, _this.name);
							resolve();
						});
						req.onerror = eventRejectHandler(reject);
						req.onblocked = _this._fireOnBlocked;
					};
					if (hasInvalidArguments) throw new exceptions.InvalidArgument("Invalid closeOptions argument to db.delete()");
					if (state.isBeingOpened) state.dbReadyPromise.then(doDelete);
					else doDelete();
				});
			};
			Dexie.prototype.backendDB = function() {
				return this.idbdb;
			};
			Dexie.prototype.isOpen = function() {
				return this.idbdb !== null;
			};
			Dexie.prototype.hasBeenClosed = function() {
				var dbOpenError = this._state.dbOpenError;
				return dbOpenError && dbOpenError.name === "DatabaseClosedError";
			};
			Dexie.prototype.hasFailed = function() {
				return this._state.dbOpenError !== null;
			};
			Dexie.prototype.dynamicallyOpened = function() {
				return this._state.autoSchema;
			};
			Object.defineProperty(Dexie.prototype, "tables", {
				get: function() {
					var _this = this;
					return keys(this._allTables).map(function(name) {
						return _this._allTables[name];
					});
				},
				enumerable: false,
				configurable: true
			});
			Dexie.prototype.transaction = function() {
				var args = extractTransactionArgs.apply(this, arguments);
				return this._transaction.apply(this, args);
			};
			Dexie.prototype._transaction = function(mode, tables, scopeFunc) {
				var _this = this;
				var parentTransaction = PSD.trans;
				if (!parentTransaction || parentTransaction.db !== this || mode.indexOf("!") !== -1) parentTransaction = null;
				var onlyIfCompatible = mode.indexOf("?") !== -1;
				mode = mode.replace("!", "").replace("?", "");
				var idbMode, storeNames;
				try {
					storeNames = tables.map(function(table) {
						var storeName = table instanceof _this.Table ? table.name : table;
						if (typeof storeName !== "string") throw new TypeError("Invalid table argument to Dexie.transaction(). Only Table or String are allowed");
						return storeName;
					});
					if (mode == "r" || mode === READONLY) idbMode = READONLY;
					else if (mode == "rw" || mode == READWRITE) idbMode = READWRITE;
					else throw new exceptions.InvalidArgument("Invalid transaction mode: " + mode);
					if (parentTransaction) {
						if (parentTransaction.mode === READONLY && idbMode === READWRITE) {
							if (onlyIfCompatible) parentTransaction = null;
							else throw new exceptions.SubTransaction("Cannot enter a sub-transaction with READWRITE mode when parent transaction is READONLY");
						}
						if (parentTransaction) storeNames.forEach(function(storeName) {
							if (parentTransaction && parentTransaction.storeNames.indexOf(storeName) === -1) {
								if (onlyIfCompatible) parentTransaction = null;
								else throw new exceptions.SubTransaction("Table " + storeName + " not included in parent transaction.");
							}
						});
						if (onlyIfCompatible && parentTransaction && !parentTransaction.active) parentTransaction = null;
					}
				} catch (e) {
					return parentTransaction ? parentTransaction._promise(null, function(_, reject) {
						reject(e);
					}) : rejection(e);
				}
				var enterTransaction = enterTransactionScope.bind(null, this, idbMode, storeNames, parentTransaction, scopeFunc);
				return parentTransaction ? parentTransaction._promise(idbMode, enterTransaction, "lock") : PSD.trans ? usePSD(PSD.transless, function() {
					return _this._whenReady(enterTransaction);
				}) : this._whenReady(enterTransaction);
			};
			Dexie.prototype.table = function(tableName) {
				if (!hasOwn(this._allTables, tableName)) throw new exceptions.InvalidTable("Table ".concat(tableName, " does not exist"));
				return this._allTables[tableName];
			};
			return Dexie;
		}();
		var symbolObservable = typeof Symbol !== "undefined" && "observable" in Symbol ? Symbol.observable : "@@observable";
		var Observable = function() {
			function Observable(subscribe) {
				this._subscribe = subscribe;
			}
			Observable.prototype.subscribe = function(x, error, complete) {
				return this._subscribe(!x || typeof x === "function" ? {
					next: x,
					error,
					complete
				} : x);
			};
			Observable.prototype[symbolObservable] = function() {
				return this;
			};
			return Observable;
		}();
		var domDeps;
		try {
			domDeps = {
				indexedDB: _global.indexedDB || _global.mozIndexedDB || _global.webkitIndexedDB || _global.msIndexedDB,
				IDBKeyRange: _global.IDBKeyRange || _global.webkitIDBKeyRange
			};
		} catch (e) {
			domDeps = {
				indexedDB: null,
				IDBKeyRange: null
			};
		}
		function liveQuery(querier) {
			var hasValue = false;
			var currentValue;
			var observable = new Observable(function(observer) {
				var scopeFuncIsAsync = isAsyncFunction(querier);
				function execute(ctx) {
					var wasRootExec = beginMicroTickScope();
					try {
						if (scopeFuncIsAsync) incrementExpectedAwaits();
						var rv = newScope(querier, ctx);
						if (scopeFuncIsAsync) rv = rv.finally(decrementExpectedAwaits);
						return rv;
					} finally {
						wasRootExec && endMicroTickScope();
					}
				}
				var closed = false;
				var abortController;
				var accumMuts = {};
				var currentObs = {};
				var subscription = {
					get closed() {
						return closed;
					},
					unsubscribe: function() {
						if (closed) return;
						closed = true;
						if (abortController) abortController.abort();
						if (startedListening) globalEvents.storagemutated.unsubscribe(mutationListener);
					}
				};
				observer.start && observer.start(subscription);
				var startedListening = false;
				var doQuery = function() {
					return execInGlobalContext(_doQuery);
				};
				function shouldNotify() {
					return obsSetsOverlap(currentObs, accumMuts);
				}
				var mutationListener = function(parts) {
					extendObservabilitySet(accumMuts, parts);
					if (shouldNotify()) doQuery();
				};
				var _doQuery = function() {
					if (closed || !domDeps.indexedDB) return;
					accumMuts = {};
					var subscr = {};
					if (abortController) abortController.abort();
					abortController = new AbortController();
					var ctx = {
						subscr,
						signal: abortController.signal,
						requery: doQuery,
						querier,
						trans: null
					};
					var ret = execute(ctx);
					if (!startedListening) {
						globalEvents.storagemutated.subscribe(mutationListener);
						startedListening = true;
					}
					Promise.resolve(ret).then(function(result) {
						hasValue = true;
						currentValue = result;
						if (closed || ctx.signal.aborted) return;
						if (shouldNotify()) doQuery();
						else {
							currentObs = subscr;
							if (shouldNotify()) doQuery();
							else {
								accumMuts = {};
								execInGlobalContext(function() {
									return !closed && observer.next && observer.next(result);
								});
							}
						}
					}, function(err) {
						if (closed || ctx.signal.aborted) return;
						hasValue = false;
						if (!["DatabaseClosedError", "AbortError"].includes(err === null || err === void 0 ? void 0 : err.name)) {
							if (!closed) execInGlobalContext(function() {
								if (closed) return;
								observer.error && observer.error(err);
							});
						}
					});
				};
				setTimeout(doQuery, 0);
				return subscription;
			});
			observable.hasValue = function() {
				return hasValue;
			};
			observable.getValue = function() {
				return currentValue;
			};
			return observable;
		}
		var Dexie = Dexie$1;
		props(Dexie, __assign(__assign({}, fullNameExceptions), {
			delete: function(databaseName) {
				return new Dexie(databaseName, { addons: [] }).delete();
			},
			exists: function(name) {
				return new Dexie(name, { addons: [] }).open().then(function(db) {
					db.close();
					return true;
				}).catch("NoSuchDatabaseError", function() {
					return false;
				});
			},
			getDatabaseNames: function(cb) {
				try {
					return getDatabaseNames(Dexie.dependencies).then(cb);
				} catch (_a) {
					return rejection(new exceptions.MissingAPI());
				}
			},
			defineClass: function() {
				function Class(content) {
					extend(this, content);
				}
				return Class;
			},
			ignoreTransaction: function(scopeFunc) {
				return PSD.trans ? usePSD(PSD.transless || globalPSD, scopeFunc) : scopeFunc();
			},
			vip,
			async: function(generatorFn) {
				return function() {
					try {
						var rv = awaitIterator(generatorFn.apply(this, arguments));
						if (!rv || typeof rv.then !== "function") return DexiePromise.resolve(rv);
						return rv;
					} catch (e) {
						return rejection(e);
					}
				};
			},
			spawn: function(generatorFn, args, thiz) {
				try {
					var rv = awaitIterator(generatorFn.apply(thiz, args || []));
					if (!rv || typeof rv.then !== "function") return DexiePromise.resolve(rv);
					return rv;
				} catch (e) {
					return rejection(e);
				}
			},
			currentTransaction: { get: function() {
				return PSD.trans || null;
			} },
			waitFor: function(promiseOrFunction, optionalTimeout) {
				var promise = DexiePromise.resolve(typeof promiseOrFunction === "function" ? Dexie.ignoreTransaction(promiseOrFunction) : promiseOrFunction).timeout(optionalTimeout || 6e4);
				return PSD.trans ? PSD.trans.waitFor(promise) : promise;
			},
			Promise: DexiePromise,
			debug: {
				get: function() {
					return debug;
				},
				set: function(value) {
					setDebug(value);
				}
			},
			derive,
			extend,
			props,
			override,
			Events,
			on: globalEvents,
			liveQuery,
			extendObservabilitySet,
			getByKeyPath,
			setByKeyPath,
			delByKeyPath,
			shallowClone,
			deepClone,
			getObjectDiff,
			cmp,
			asap: asap$1,
			minKey,
			addons: [],
			connections: { get: connections.toArray },
			errnames,
			dependencies: domDeps,
			cache,
			semVer: DEXIE_VERSION,
			version: DEXIE_VERSION.split(".").map(function(n) {
				return parseInt(n);
			}).reduce(function(p, c, i) {
				return p + c / Math.pow(10, i * 2);
			})
		}));
		Dexie.maxKey = getMaxKey(Dexie.dependencies.IDBKeyRange);
		if (typeof dispatchEvent !== "undefined" && typeof addEventListener !== "undefined") {
			globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME, function(updatedParts) {
				if (!propagatingLocally) {
					var event_1 = new CustomEvent(STORAGE_MUTATED_DOM_EVENT_NAME, { detail: updatedParts });
					propagatingLocally = true;
					dispatchEvent(event_1);
					propagatingLocally = false;
				}
			});
			addEventListener(STORAGE_MUTATED_DOM_EVENT_NAME, function(_a) {
				var detail = _a.detail;
				if (!propagatingLocally) propagateLocally(detail);
			});
		}
		function propagateLocally(updateParts) {
			var wasMe = propagatingLocally;
			try {
				propagatingLocally = true;
				globalEvents.storagemutated.fire(updateParts);
				signalSubscribersNow(updateParts, true);
			} finally {
				propagatingLocally = wasMe;
			}
		}
		var propagatingLocally = false;
		var bc;
		var createBC = function() {};
		if (typeof BroadcastChannel !== "undefined") {
			createBC = function() {
				bc = new BroadcastChannel(STORAGE_MUTATED_DOM_EVENT_NAME);
				bc.onmessage = function(ev) {
					return ev.data && propagateLocally(ev.data);
				};
			};
			createBC();
			if (typeof bc.unref === "function") bc.unref();
			globalEvents(DEXIE_STORAGE_MUTATED_EVENT_NAME, function(changedParts) {
				if (!propagatingLocally) bc.postMessage(changedParts);
			});
		}
		if (typeof addEventListener !== "undefined") {
			addEventListener("pagehide", function(event) {
				if (!Dexie$1.disableBfCache && event.persisted) {
					if (debug) console.debug("Dexie: handling persisted pagehide");
					bc === null || bc === void 0 || bc.close();
					for (var _i = 0, _a = connections.toArray(); _i < _a.length; _i++) _a[_i].close({ disableAutoOpen: false });
				}
			});
			addEventListener("pageshow", function(event) {
				if (!Dexie$1.disableBfCache && event.persisted) {
					if (debug) console.debug("Dexie: handling persisted pageshow");
					createBC();
					propagateLocally({ all: new RangeSet(-Infinity, [[]]) });
				}
			});
		}
		function add(value) {
			return new PropModification({ add: value });
		}
		function remove(value) {
			return new PropModification({ remove: value });
		}
		function replacePrefix(a, b) {
			return new PropModification({ replacePrefix: [a, b] });
		}
		DexiePromise.rejectionMapper = mapError;
		setDebug(debug);
		__assign(Dexie$1, /* @__PURE__ */ Object.freeze({
			__proto__: null,
			DEFAULT_MAX_CONNECTIONS,
			Dexie: Dexie$1,
			Entity,
			PropModification,
			RangeSet,
			add,
			cmp,
			default: Dexie$1,
			liveQuery,
			mergeRanges,
			rangesOverlap,
			remove,
			replacePrefix
		}), { default: Dexie$1 });
		return Dexie$1;
	}));
})))(), 1);
var DexieSymbol = Symbol.for("Dexie");
var Dexie = globalThis[DexieSymbol] || (globalThis[DexieSymbol] = import_dexie.default);
if (import_dexie.default.semVer !== Dexie.semVer) throw new Error(`Two different versions of Dexie loaded in the same app: ${import_dexie.default.semVer} and ${Dexie.semVer}`);
var { liveQuery, mergeRanges, rangesOverlap, RangeSet, cmp, Entity, PropModification, replacePrefix, add, remove, DexieYProvider } = Dexie;
// lib/db/db.ts
/**
* The one Dexie database. Every `version(n)` block ever shipped stays here, in order, so that a
* browser holding any older database upgrades step by step (test/lib/db/migrations.test.ts).
*/
var DATABASE_NAME = "paper-shelf";
var ShelfDatabase = class extends Dexie {
	papers;
	tags;
	rules;
	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(1).stores({
			papers: "id, *aliases, *tags, status, site, savedAt, updatedAt",
			tags: "name"
		});
		this.version(2).stores({ rules: "id, tag" });
	}
};
var db = new ShelfDatabase();
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
var propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex$1(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
var NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend$1(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
var CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = {
	value: void 0,
	enumerable: false
};
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
var _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
var _issuesDesc = {
	value: void 0,
	enumerable: false
};
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
var $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer);
var $ZodRealError = /* @__PURE__ */ $constructor("$ZodError", initializer, void 0, { Parent: Error });
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
var _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var parse = /* @__PURE__*/ _parse($ZodRealError);
var _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
var validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
var _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
var uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
var date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number$1 = /^-?\d+(?:\.\d+)?$/;
var boolean$1 = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
var $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
var _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
var $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
var $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex$1(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex$1(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex$1(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
var version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
var $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
var $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
var $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
var $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
var $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
var $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
var asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
var $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
var $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
var $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date);
	$ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
var $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
var $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
var $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
var $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
var $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
var $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
var $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
var $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
var $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
var $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject$2 = isObject;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$2(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
var $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
var $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
var $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex$1(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex$1(o) : o ? escapeRegex$1(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
var $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
var $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
var $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
var $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
var $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
var $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
	return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
	return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
	if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
}, {
	get with() {
		return this.check;
	},
	set with(value) {
		own(this, "with", value);
	},
	parse(data, params) {
		return parse(this, data, params, { callee: this.parse });
	},
	parseAsync(data, params) {
		return parseAsync(this, data, params, { callee: this.parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	check(...checks) {
		const def = this.def;
		return this.clone({
			...def,
			checks: [...def.checks ?? [], ...checks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)]
		}, { parent: true });
	},
	clone(_def, params) {
		return clone(this, _def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	}
});
var ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
	return /* @__PURE__ */ _string(ZodMiniString, params);
}
var ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
	return /* @__PURE__ */ _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodMiniNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
var ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
	$ZodArray.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
	return new ZodMiniArray({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
var ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
	$ZodObject.init(inst, def);
	ZodMiniType.init(inst, def);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
	return new ZodMiniObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function extend(schema, shape) {
	return extend$1(schema, shape);
}
var ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodMiniType.init(inst, def);
	inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
	return new ZodMiniEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
	return new ZodMiniLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
var ZodMiniTransform = /*@__PURE__*/ $constructor("ZodMiniTransform", (inst, def) => {
	$ZodTransform.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
	return new ZodMiniTransform({
		type: "transform",
		transform: fn
	});
}
var ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
	return new ZodMiniOptional({
		type: "optional",
		innerType
	});
}
var ZodMiniPipe = /*@__PURE__*/ $constructor("ZodMiniPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
	return new ZodMiniPipe({
		type: "pipe",
		in: in_,
		out
	});
}
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
var SITE_NAMES = {
	huggingface: "Hugging Face",
	arxiv: "arXiv",
	openreview: "OpenReview",
	scholar: "Google Scholar",
	semanticscholar: "Semantic Scholar",
	acl: "ACL Anthology",
	dblp: "dblp",
	imported: "Imported"
};
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
function normalizeTagName(name) {
	return name.replace(/\s+/g, " ").trim();
}
/** Tag names normalized, without repeats (case-insensitive, first spelling kept), capped. */
function uniqueTags(tags) {
	const byKey = /* @__PURE__ */ new Map();
	for (const tag of tags) {
		const name = normalizeTagName(tag);
		const key = name.toLowerCase();
		if (name && !byKey.has(key)) byKey.set(key, name);
	}
	return [...byKey.values()].slice(0, LIMITS.tagsPerPaper);
}
// lib/paper/schemas.ts
/**
* The shapes of everything Paper Shelf stores or sends, as zod schemas; the TypeScript types are
* inferred from them so a type and its runtime check can never drift apart. The bounds and
* patterns they check come from ./fields.ts (re-exported here), which the content script uses
* without zod.
*/
var siteIdSchema = /* @__PURE__ */ _enum(SITE_IDS);
var paperIdSchema = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(LIMITS.idLength), /* @__PURE__ */ _regex(PAPER_ID_PATTERN, "not a canonical paper id"));
var httpUrlSchema = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(LIMITS.urlLength), /* @__PURE__ */ _regex(HTTP_URL_PATTERN, "must be an http(s) URL"));
/** A tag name: trimmed, single-spaced, non-empty; case is kept as the user typed it. */
var tagNameSchema = /* @__PURE__ */ pipe(/* @__PURE__ */ pipe(/* @__PURE__ */ string(), /* @__PURE__ */ transform(normalizeTagName)), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1, "a tag needs a name"), /* @__PURE__ */ _maxLength(LIMITS.tagLength)));
/** What an adapter reads off one card of a listing. */
var paperCandidateSchema = /* @__PURE__ */ object({
	id: paperIdSchema,
	/** Other canonical ids the same card shows (a publisher DOI next to an arXiv link). */
	aliases: /* @__PURE__ */ optional((/* @__PURE__ */ array(paperIdSchema)).check(/* @__PURE__ */ _maxLength(LIMITS.aliases))),
	title: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(LIMITS.titleLength)),
	authors: (/* @__PURE__ */ array((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(LIMITS.authorLength)))).check(/* @__PURE__ */ _maxLength(LIMITS.authors)),
	url: httpUrlSchema,
	site: siteIdSchema,
	abstract: /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(LIMITS.abstractLength))),
	pdfUrl: /* @__PURE__ */ optional(httpUrlSchema),
	/** Publication date as YYYY-MM-DD (or YYYY-MM, YYYY) when the page shows it. */
	published: /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(PUBLISHED_DATE_PATTERN))),
	/** arXiv's primary category (`cs.LG`, `hep-th`): BibTeX's `primaryClass`. */
	primaryCategory: /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(32), /* @__PURE__ */ _regex(ARXIV_CATEGORY)))
});
var paperStatusSchema = /* @__PURE__ */ _enum(PAPER_STATUSES);
/** A saved paper: the candidate, every id it is known by, and what the user added. */
var timestampSchema = int().check(/* @__PURE__ */ _nonnegative());
var paperSchema = /* @__PURE__ */ extend(paperCandidateSchema, {
	/** Every canonical id of this paper, `id` included: the multi-entry index lookups go through. */
	aliases: (/* @__PURE__ */ array(paperIdSchema)).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(LIMITS.aliases)),
	tags: (/* @__PURE__ */ array(tagNameSchema)).check(/* @__PURE__ */ _maxLength(LIMITS.tagsPerPaper)),
	status: paperStatusSchema,
	note: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(LIMITS.noteLength)),
	savedAt: timestampSchema,
	updatedAt: timestampSchema
});
var tagSchema = /* @__PURE__ */ object({
	name: tagNameSchema,
	/** A CSS hex colour for chips. */
	color: /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^#[0-9a-f]{6}$/i))),
	createdAt: timestampSchema
});
var RULE_FIELDS = [
	"title",
	"abstract",
	"authors",
	"any"
];
/**
* An auto-tag rule: papers whose `field` matches `pattern` (comma-separated keywords, or a
* regular expression when `isRegex`) get `tag` when saved. Backups carry them. Patterns are
* checked for safety by lib/rules/match.ts before they are stored; the schema bounds their size.
*/
var autoTagRuleSchema = /* @__PURE__ */ object({
	id: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(LIMITS.idLength)),
	tag: tagNameSchema,
	field: /* @__PURE__ */ _enum(RULE_FIELDS),
	pattern: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(LIMITS.rulePatternLength)),
	isRegex: /* @__PURE__ */ boolean(),
	enabled: /* @__PURE__ */ boolean(),
	createdAt: timestampSchema
});
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
/** The strongest of `ids`, or '' when there are none. */
function preferredId(ids) {
	return byStrength(ids)[0] ?? "";
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
/** The page a canonical id stands for: where an imported paper without a URL links to. */
function landingUrl(id) {
	const colon = id.indexOf(":");
	const scheme = id.slice(0, colon);
	const rest = id.slice(colon + 1);
	if (!rest) return void 0;
	switch (scheme) {
		case "arxiv": return `https://arxiv.org/abs/${rest}`;
		case "doi": return `https://doi.org/${rest}`;
		case "openreview": return `https://openreview.net/forum?id=${encodeURIComponent(rest)}`;
		case "acl": return `https://aclanthology.org/${rest}/`;
		case "s2": return `https://www.semanticscholar.org/paper/${rest}`;
		case "dblp": return `https://dblp.org/rec/${rest}`;
		case "url": return /^https?:\/\//.test(rest) ? rest : void 0;
		default: return;
	}
}
var RULE_INPUT_CAP = 2e3;
2 * RULE_INPUT_CAP;
var RULE_FIELD_NAMES = {
	title: "Title",
	abstract: "Abstract",
	authors: "Authors",
	any: "Title, abstract or authors"
};
/** A pattern that cannot be used, with a message meant for the person who typed it. */
var RulePatternError = class extends Error {
	name = "RulePatternError";
};
/** `{n}`, `{n,}` or `{n,m}` at `index`, or undefined when the brace is a literal. */
function braceQuantifier(pattern, index) {
	const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index));
	if (!match) return void 0;
	const min = Number(match[1]);
	const max = match[2] === void 0 ? min : match[3] === "" ? Infinity : Number(match[3]);
	return {
		length: match[0].length,
		max
	};
}
/**
* Why `pattern` could backtrack catastrophically, or undefined when its worst case is bounded.
* A conservative scan of the regex syntax; it assumes the pattern compiles.
*/
function unsafeRegexReason(pattern) {
	const stack = [{
		hasQuantifier: false,
		hasAlternation: false
	}];
	let lastGroup;
	let product = 1;
	let index = 0;
	while (index < pattern.length) {
		const char = pattern[index];
		const frame = stack.at(-1);
		let quantifier;
		if (char === "*" || char === "+") quantifier = {
			length: 1,
			max: Infinity
		};
		else if (char === "?") quantifier = {
			length: 1,
			max: 1
		};
		else if (char === "{") quantifier = braceQuantifier(pattern, index);
		if (quantifier) {
			if (lastGroup && quantifier.max > 1) {
				if (lastGroup.hasQuantifier) return "a repeated group contains another repeat, as in (a+)+; remove the inner one";
				if (lastGroup.hasAlternation) return "a repeated group contains alternatives, as in (a|ab)+; list the words without repeating the group";
			}
			frame.hasQuantifier = true;
			product *= quantifier.max === Infinity ? RULE_INPUT_CAP : quantifier.max + 1;
			if (product > 4e3) return "too many repeats: use at most one * or + (bounded ones like .{0,20} are fine)";
			index += quantifier.length;
			if (pattern[index] === "?") index += 1;
			lastGroup = void 0;
			continue;
		}
		lastGroup = void 0;
		if (char === "\\") {
			const next = pattern[index + 1] ?? "";
			if (/[1-9]/.test(next) || next === "k") return "backreferences (\\1, \\k<name>) are not allowed";
			index += 2;
		} else if (char === "[") {
			index += 1;
			if (pattern[index] === "^") index += 1;
			if (pattern[index] === "]") index += 1;
			while (index < pattern.length && pattern[index] !== "]") index += pattern[index] === "\\" ? 2 : 1;
			index += 1;
		} else if (char === "(") {
			stack.push({
				hasQuantifier: false,
				hasAlternation: false
			});
			index += 1;
		} else if (char === ")") {
			const group = stack.length > 1 ? stack.pop() : frame;
			const parent = stack.at(-1);
			parent.hasQuantifier ||= group.hasQuantifier;
			parent.hasAlternation ||= group.hasAlternation;
			lastGroup = group;
			index += 1;
		} else {
			if (char === "|") frame.hasAlternation = true;
			index += 1;
		}
	}
}
/** Lower-cased, accents and hyphens folded, so "Fine-Tuning" and "fine tuning" are one phrase. */
function foldForKeywords(text) {
	return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[-_/]+/g, " ").replace(/\s+/g, " ").trim();
}
/** Comma-separated keywords or phrases; a trailing * matches any ending ("federat*"). */
function parseKeywords(pattern) {
	return [...new Set(pattern.split(",").map((keyword) => foldForKeywords(keyword)).filter((keyword) => keyword.replace(/\*/g, "").length > 0))];
}
function escapeRegex(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function keywordRegex(pattern) {
	const keywords = parseKeywords(pattern);
	if (keywords.length === 0) throw new RulePatternError("Type at least one keyword");
	const alternatives = keywords.map((keyword) => {
		const prefix = keyword.endsWith("*");
		const body = escapeRegex(keyword.replace(/\*+$/, ""));
		return prefix ? `${body}[\\p{L}\\p{N}]*` : body;
	});
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "u");
}
function userRegex(pattern) {
	if (pattern.length > 200) throw new RulePatternError(`Keep the pattern under 200 characters`);
	let regex;
	try {
		regex = new RegExp(pattern, "i");
	} catch (error) {
		throw new RulePatternError(`Not a valid regular expression: ${error.message.replace(/^Invalid regular expression: /, "")}`);
	}
	const reason = unsafeRegexReason(pattern);
	if (reason) throw new RulePatternError(`This pattern could freeze saving: ${reason}`);
	return regex;
}
function fieldText(paper, field) {
	const authors = paper.authors.join("; ");
	return (field === "title" ? [paper.title] : field === "abstract" ? [paper.abstract ?? ""] : field === "authors" ? [authors] : [
		paper.title,
		paper.abstract ?? "",
		authors
	]).map((text) => text.slice(0, RULE_INPUT_CAP));
}
/** Checks a rule's pattern and returns its matcher; throws RulePatternError naming the problem. */
function compileRule(rule) {
	const { field } = rule;
	if (rule.isRegex) {
		const regex = userRegex(rule.pattern);
		return (paper) => fieldText(paper, field).some((text) => regex.test(text));
	}
	const regex = keywordRegex(rule.pattern);
	return (paper) => fieldText(paper, field).some((text) => regex.test(foldForKeywords(text)));
}
/** The problem with a rule's pattern, or undefined when it can be saved. */
function rulePatternProblem(rule) {
	try {
		compileRule(rule);
		return;
	} catch (error) {
		if (error instanceof RulePatternError) return error.message;
		throw error;
	}
}
/** Tags the enabled `rules` give `paper`. A rule that no longer compiles is skipped. */
function tagsFromRules(rules, paper) {
	const tags = [];
	for (const rule of rules) {
		if (!rule.enabled) continue;
		try {
			if (compileRule(rule)(paper)) tags.push(rule.tag);
		} catch {}
	}
	return tags;
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
// lib/db/tags.ts
/**
* Every write to the tags table. A tag record holds what is shared by all its papers (colour);
* papers list their tags by name. Renaming, merging and deleting therefore touch the tag records,
* every paper carrying the tag and the rules that produce it, in ONE transaction each, so the
* shelf is never seen half-renamed and a failure changes nothing.
*/
/** A tag operation that cannot be done as asked; the message is meant for the user. */
var TagError = class extends Error {
	name = "TagError";
};
/** Creates the tag records that do not exist yet; call inside a transaction that includes tags. */
async function ensureTags(names, now = Date.now()) {
	if (names.length === 0) return;
	const existing = await db.tags.bulkGet([...names]);
	const missing = names.filter((_, index) => existing[index] === void 0).map((name) => ({
		name,
		color: defaultTagColor(name),
		createdAt: now
	}));
	if (missing.length) await db.tags.bulkPut(missing);
}
/** All tags by name. */
async function listTags() {
	return db.tags.orderBy("name").toArray();
}
/** Every tag with the number of papers that carry it, alphabetically (ignoring case). */
async function listTagUsage() {
	return db.transaction("r", db.tags, db.papers, async () => {
		const tags = await listTags();
		const counts = await Promise.all(tags.map((tag) => db.papers.where("tags").equals(tag.name).count()));
		return tags.map((tag, index) => ({
			...tag,
			papers: counts[index] ?? 0
		})).sort((a, b) => a.name.localeCompare(b.name, void 0, { sensitivity: "base" }));
	});
}
function validName(name) {
	const parsed = tagNameSchema.safeParse(name);
	if (!parsed.success) throw new TagError(parsed.error.issues[0]?.message ?? "Not a valid tag name");
	return parsed.data;
}
async function requireTag(name) {
	const tag = await db.tags.get(name);
	if (!tag) throw new TagError(`There is no tag named "${name}"`);
	return tag;
}
/**
* Replaces the tags in `from` by `to` on every paper carrying any of them (in place, so the
* order of a paper's tags is kept; once per paper, ignoring case), or removes them when `to` is
* undefined. Call inside a transaction over papers. Returns the papers it changed.
*/
async function retagPapers(from, to, now) {
	const replaced = new Set(from);
	const papers = await db.papers.where("tags").anyOf([...from]).distinct().toArray();
	for (const paper of papers) {
		const seen = /* @__PURE__ */ new Set();
		paper.tags = paper.tags.flatMap((tag) => {
			const next = replaced.has(tag) ? to : tag;
			if (next === void 0 || seen.has(next.toLowerCase())) return [];
			seen.add(next.toLowerCase());
			return [next];
		});
		paper.updatedAt = now;
	}
	await db.papers.bulkPut(papers);
	return papers;
}
/**
* Renames a tag on every paper and rule. Renaming onto another existing tag is a merge and is
* refused here (the UI offers mergeTags); changing only the case of a name is a rename.
* Returns the papers that changed.
*/
async function renameTag(from, to, now = Date.now()) {
	const name = validName(to);
	return db.transaction("rw", db.tags, db.papers, db.rules, async () => {
		const tag = await requireTag(from);
		if (name === from) return [];
		const clash = await db.tags.filter((other) => other.name !== from && other.name.toLowerCase() === name.toLowerCase()).first();
		if (clash) throw new TagError(`A tag named "${clash.name}" already exists: merge the two instead`);
		const papers = await retagPapers([from], name, now);
		await db.tags.delete(from);
		await db.tags.put({
			...tag,
			name
		});
		await db.rules.where("tag").equals(from).modify({ tag: name });
		return papers;
	});
}
/**
* Merges `sources` into `target` (an existing tag, or a new one): every paper carrying a source
* carries the target instead, rules follow, the source tags are gone. The target keeps its
* colour. Returns the papers that changed.
*/
async function mergeTags(sources, target, now = Date.now()) {
	const name = validName(target);
	const merged = [...new Set(sources)].filter((source) => source !== name);
	if (merged.length === 0) throw new TagError("Choose at least one other tag to merge");
	return db.transaction("rw", db.tags, db.papers, db.rules, async () => {
		for (const source of merged) await requireTag(source);
		const papers = await retagPapers(merged, name, now);
		await db.tags.bulkDelete(merged);
		await ensureTags([name], now);
		await db.rules.where("tag").anyOf(merged).modify({ tag: name });
		return papers;
	});
}
/** Sets the colour of a tag's chips (`#rrggbb`). */
async function recolorTag(name, color) {
	if (!/^#[0-9a-f]{6}$/i.test(color)) throw new TagError(`"${color}" is not a #rrggbb colour`);
	await db.transaction("rw", db.tags, async () => {
		await requireTag(name);
		await db.tags.update(name, { color: color.toLowerCase() });
	});
}
/**
* Deletes a tag: it leaves every paper (the papers stay on the shelf) and its rules go too, or
* they would bring it back on the next save. Returns the papers that changed.
*/
async function deleteTag(name, now = Date.now()) {
	return db.transaction("rw", db.tags, db.papers, db.rules, async () => {
		await requireTag(name);
		const papers = await retagPapers([name], void 0, now);
		await db.tags.delete(name);
		await db.rules.where("tag").equals(name).delete();
		return papers;
	});
}
// lib/db/rules.ts
/**
* Every write to the rules table, and applying rules to papers: on save (lib/db/papers.ts calls
* `autoTagsFor` for a paper new to the shelf) and, after a preview, to papers already saved.
*/
/** Rules in the order they were made. */
async function listRules() {
	return (await db.rules.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}
/** Normalizes the tag and checks the pattern; throws TagError or RulePatternError. */
function checkedRule(input) {
	const tag = tagNameSchema.safeParse(input.tag);
	if (!tag.success) throw new TagError(tag.error.issues[0]?.message ?? "Not a valid tag name");
	const pattern = input.isRegex ? input.pattern : input.pattern.trim();
	if (!pattern) throw new RulePatternError("Type a keyword or a pattern");
	compileRule({
		...input,
		pattern
	});
	return {
		...input,
		tag: tag.data,
		pattern
	};
}
async function addRule(input, now = Date.now()) {
	const checked = checkedRule(input);
	const rule = {
		id: crypto.randomUUID(),
		tag: checked.tag,
		field: checked.field,
		pattern: checked.pattern,
		isRegex: checked.isRegex,
		enabled: checked.enabled ?? true,
		createdAt: now
	};
	await db.transaction("rw", db.rules, db.tags, async () => {
		await db.rules.add(rule);
		await ensureTags([rule.tag], now);
	});
	return rule;
}
async function updateRule(id, changes, now = Date.now()) {
	return db.transaction("rw", db.rules, db.tags, async () => {
		const stored = await db.rules.get(id);
		if (!stored) throw new TagError("This rule no longer exists");
		const checked = checkedRule({
			...stored,
			...changes
		});
		const rule = {
			...stored,
			...checked,
			enabled: checked.enabled ?? stored.enabled
		};
		await db.rules.put(rule);
		await ensureTags([rule.tag], now);
		return rule;
	});
}
async function deleteRule(id) {
	await db.rules.delete(id);
}
/**
* Tags the enabled rules give a paper that is new to the shelf. Call inside the saving
* transaction (it reads the rules table).
*/
async function autoTagsFor(paper) {
	return tagsFromRules(await listRules(), paper);
}
/** Saved papers the rule matches that do not carry its tag yet, newest first. */
async function previewRule(rule) {
	const matches = compileRule(rule);
	const tag = rule.tag.toLowerCase();
	return (await db.papers.orderBy("savedAt").reverse().toArray()).filter((paper) => paper.tags.length < LIMITS.tagsPerPaper && !paper.tags.some((name) => name.toLowerCase() === tag) && matches(paper));
}
/**
* Adds the rule's tag to the saved papers it matches, in one transaction; the papers are chosen
* again inside it, so the result is what the preview showed unless the shelf changed meanwhile.
* Returns the papers that changed.
*/
async function applyRuleToSaved(id, now = Date.now()) {
	return db.transaction("rw", db.rules, db.papers, db.tags, async () => {
		const rule = await db.rules.get(id);
		if (!rule) throw new TagError("This rule no longer exists");
		const papers = await previewRule(rule);
		for (const paper of papers) {
			paper.tags = [...paper.tags, rule.tag];
			paper.updatedAt = now;
		}
		await db.papers.bulkPut(papers);
		await ensureTags([rule.tag], now);
		return papers;
	});
}
// lib/db/papers.ts
/**
* Every write to the papers table. Each function is one Dexie transaction, so two tabs saving
* the same paper at once end with one record, and a failure leaves the shelf as it was.
*/
function candidateIds(candidate) {
	return [.../* @__PURE__ */ new Set([candidate.id, ...candidate.aliases ?? []])];
}
/** Papers that any of `ids` names, oldest saved first, each once. */
async function papersKnownBy(ids) {
	if (ids.length === 0) return [];
	const found = await db.papers.where("aliases").anyOf(ids).toArray();
	return [...new Map(found.map((paper) => [paper.id, paper])).values()].sort((a, b) => a.savedAt - b.savedAt);
}
/**
* One record from what is stored and what the page shows now: the user's tags, status and note
* are kept (tags are unioned when two records turn out to be one paper); fields the stored
* record lacks are filled from the richer source.
*/
function mergePaper(stored, candidate, now) {
	const [first, ...rest] = stored;
	const base = first ?? {
		...candidate,
		aliases: [],
		tags: [],
		status: "to-read",
		note: "",
		savedAt: now,
		updatedAt: now
	};
	const sources = [...rest, ...candidate ? [candidate] : []];
	const merged = {
		...base,
		authors: [...base.authors]
	};
	for (const source of sources) {
		if (!merged.abstract && source.abstract) merged.abstract = source.abstract;
		if (!merged.pdfUrl && source.pdfUrl) merged.pdfUrl = source.pdfUrl;
		if (!merged.published && source.published) merged.published = source.published;
		if (!merged.primaryCategory && source.primaryCategory) merged.primaryCategory = source.primaryCategory;
		if (source.title && isStandInTitle(merged) && !isStandInTitle({
			...merged,
			title: source.title
		})) merged.title = source.title;
		if (merged.site === "imported" && source.site && source.site !== "imported") merged.site = source.site;
		if (source.authors && source.authors.length > merged.authors.length) merged.authors = [...source.authors];
		if (source.tags) merged.tags = uniqueTags([...merged.tags, ...source.tags]);
		if (source.note && !merged.note.includes(source.note)) merged.note = merged.note ? `${merged.note}\n\n${source.note}` : source.note;
		if (source.savedAt !== void 0) merged.savedAt = Math.min(merged.savedAt, source.savedAt);
	}
	merged.aliases = byStrength([...stored.flatMap((paper) => paper.aliases), ...candidate ? candidateIds(candidate) : []]).slice(0, LIMITS.aliases);
	merged.id = preferredId(merged.aliases);
	merged.updatedAt = now;
	return merged;
}
/** True when a paper's title is only one of its own ids (`arXiv:2403.01234`, a DOI, a URL). */
function isStandInTitle(paper) {
	const id = canonicalId(paper.title);
	return id !== void 0 && (id === paper.id || paper.aliases.includes(id));
}
/** Replaces `stored` records by `paper` (the id may change when a stronger alias arrives). */
async function replaceRecords(stored, paper) {
	const obsolete = stored.map((p) => p.id).filter((id) => id !== paper.id);
	if (obsolete.length) await db.papers.bulkDelete(obsolete);
	await db.papers.put(paper);
}
/** A paper new to the shelf (nothing `stored`) also gets the tags of the rules it matches. */
async function addAutoTags(stored, paper) {
	if (stored.length > 0) return;
	paper.tags = uniqueTags([...paper.tags, ...await autoTagsFor(paper)]);
}
function changeOf(paper, ids) {
	return {
		ids: [.../* @__PURE__ */ new Set([...ids, ...paper?.aliases ?? []])],
		state: paper ? savedStateOf(paper) : {
			saved: false,
			tags: []
		}
	};
}
function savedStateOf(paper) {
	return {
		saved: true,
		tags: [...paper.tags],
		status: paper.status
	};
}
/**
* Saves a paper, or fills in what the stored record lacks; returns the record. A paper new to the
* shelf gets the tags of the auto-tag rules it matches.
*/
async function savePaper(candidate, now = Date.now()) {
	return db.transaction("rw", db.papers, db.tags, db.rules, async () => {
		const stored = await papersKnownBy(candidateIds(candidate));
		const paper = mergePaper(stored, candidate, now);
		await addAutoTags(stored, paper);
		await replaceRecords(stored, paper);
		await ensureTags(paper.tags, now);
		return paper;
	});
}
/** Removes the paper known by `id` (any of its aliases); returns what was removed. */
async function removePaper(id) {
	return db.transaction("rw", db.papers, async () => {
		const stored = await papersKnownBy([id]);
		if (stored.length) await db.papers.bulkDelete(stored.map((paper) => paper.id));
		return stored[0];
	});
}
/** Removes several papers at once (bulk actions, privileged); returns what was removed. */
async function removePapers(ids) {
	return db.transaction("rw", db.papers, async () => {
		const stored = await papersKnownBy(ids);
		await db.papers.bulkDelete(stored.map((paper) => paper.id));
		return stored;
	});
}
/**
* Puts back papers that were removed (undo): each record returns as it was, timestamps included.
* A paper saved again in the meantime is merged with its old record, so nothing the user added
* on either side is lost. Returns the records as stored.
*/
async function restorePapers(papers, now = Date.now()) {
	return db.transaction("rw", db.papers, db.tags, async () => {
		const resaved = new Set((await papersKnownBy(papers.flatMap((paper) => paper.aliases))).flatMap((p) => p.aliases));
		const untouched = papers.filter((paper) => !paper.aliases.some((id) => resaved.has(id)));
		await db.papers.bulkPut(untouched);
		const restored = [...untouched];
		for (const removed of papers) {
			if (!removed.aliases.some((id) => resaved.has(id))) continue;
			const stored = await papersKnownBy(removed.aliases);
			const paper = mergePaper([...stored, removed].sort((a, b) => a.savedAt - b.savedAt), void 0, now);
			await replaceRecords(stored, paper);
			restored.push(paper);
		}
		await ensureTags([...new Set(restored.flatMap((paper) => paper.tags))], now);
		return restored;
	});
}
/**
* Applies `change` to every stored paper that `ids` name (any alias counts), in one transaction;
* returns the updated records. Ids not on the shelf are skipped: a status never saves a paper.
*/
async function updatePapers(ids, change, now) {
	const stored = await papersKnownBy(ids);
	for (const paper of stored) {
		change(paper);
		paper.updatedAt = now;
	}
	await db.papers.bulkPut(stored);
	return stored;
}
/** Sets the reading status of the papers `ids` name; returns the updated records. */
async function setPapersStatus(ids, status, now = Date.now()) {
	return db.transaction("rw", db.papers, () => updatePapers(ids, (paper) => {
		paper.status = status;
	}, now));
}
/** Sets the reading status of one paper (any of its ids); undefined when it is not saved. */
async function setPaperStatus(id, status, now = Date.now()) {
	return (await setPapersStatus([id], status, now))[0];
}
/** Replaces the note of one paper (any of its ids); undefined when it is not saved. */
async function setPaperNote(id, note, now = Date.now()) {
	return db.transaction("rw", db.papers, async () => {
		const [paper] = await updatePapers([id], (stored) => {
			stored.note = note.slice(0, LIMITS.noteLength);
		}, now);
		return paper;
	});
}
/**
* Adds and removes tags on the paper `candidate` names, saving it first when it is not on the
* shelf yet (tagging a paper is a way of saving it). Returns the record.
*/
async function editPaperTags(candidate, edit, now = Date.now()) {
	return db.transaction("rw", db.papers, db.tags, db.rules, async () => {
		const stored = await papersKnownBy(candidateIds(candidate));
		const paper = mergePaper(stored, candidate, now);
		await addAutoTags(stored, paper);
		applyTagEdit(paper, edit);
		await replaceRecords(stored, paper);
		await ensureTags(paper.tags, now);
		return paper;
	});
}
/**
* Adds and removes tags on every saved paper `ids` name (bulk tagging from the reading list);
* unlike editPaperTags it never saves a paper. Returns the updated records.
*/
async function editPapersTags(ids, edit, now = Date.now()) {
	return db.transaction("rw", db.papers, db.tags, async () => {
		const updated = await updatePapers(ids, (paper) => applyTagEdit(paper, edit), now);
		await ensureTags([...new Set(updated.flatMap((paper) => paper.tags))], now);
		return updated;
	});
}
function applyTagEdit(paper, edit) {
	const removed = new Set((edit.remove ?? []).map((tag) => normalizeTagName(tag).toLowerCase()));
	paper.tags = uniqueTags([...paper.tags, ...edit.add ?? []]).filter((tag) => !removed.has(tag.toLowerCase()));
}
/** Saved state of each requested id (any alias counts); ids not on the shelf are unsaved. */
async function getSavedStates(ids) {
	const wanted = new Set(ids);
	const states = {};
	for (const id of wanted) states[id] = {
		saved: false,
		tags: []
	};
	const papers = await db.papers.where("aliases").anyOf([...wanted]).toArray();
	for (const paper of papers) for (const alias of paper.aliases) if (wanted.has(alias)) states[alias] = savedStateOf(paper);
	return states;
}
/**
* The whole reading list, newest first, read `pageSize` papers per request: each request's
* records are deserialized in a task of their own, so reading 10,000 papers (15 MB) never blocks
* the page for long. Pages follow savedAt; a run of equal savedAt cut by a page is read whole.
*/
async function listPapersInPages(pageSize = 2e3) {
	const papers = [];
	let before = Number.POSITIVE_INFINITY;
	for (;;) {
		const page = await db.papers.where("savedAt").below(before).reverse().limit(pageSize).toArray();
		const last = page.at(-1)?.savedAt;
		if (page.length < pageSize || last === void 0) {
			papers.push(...page);
			return papers;
		}
		papers.push(...page.filter((paper) => paper.savedAt !== last));
		papers.push(...await db.papers.where("savedAt").equals(last).toArray());
		before = last;
	}
}
/** The reading list, newest first; `limit` reads only the newest papers (a first page). */
async function listPapers(options = {}) {
	const newestFirst = db.papers.orderBy("savedAt").reverse();
	return (options.limit === void 0 ? newestFirst : newestFirst.limit(options.limit)).toArray();
}
// \0virtual:wxt-plugins
function initPlugins() {}
export { SITE_NAMES as $, $ZodULID as $n, required as $r, _superRefine as $t, defaultTagColor as A, $ZodIPv6 as An, globalConfig as Ar, _isoDateTime as At, preferredId as B, $ZodNonOptional as Bn, installLazyProp as Br, _minLength as Bt, deleteTag as C, $ZodE164 as Cn, validateAsync$1 as Cr, _gte as Ct, mergeTags as D, $ZodExactOptional as Dn, $ZodEncodeError as Dr, _ipv4 as Dt, listTags as E, $ZodEnum as En, formatError as Er, _int as Et, byStrength as F, $ZodIntersection as Fn, constantCatch as Fr, _length as Ft, paperSchema as G, $ZodOptional as Gn, mergeDefs as Gr, _number as Gt, autoTagRuleSchema as H, $ZodNumber as Hn, joinValues as Hr, _nanoid as Ht, canonicalId as I, $ZodJWT as In, derived as Ir, _lowercase as It, tagSchema as J, $ZodReadonly as Jn, own as Jr, _refine as Jt, paperStatusSchema as K, $ZodPipe as Kn, normalizeParams as Kr, _overwrite as Kt, canonicalIds as L, $ZodKSUID as Ln, extend$1 as Lr, _lt as Lt, rulePatternProblem as M, $ZodISODateTime as Mn, NUMBER_FORMAT_RANGES as Mr, _isoTime as Mt, arxivIdFrom as N, $ZodISODuration as Nn, assignProp as Nr, _jwt as Nt, recolorTag as O, $ZodGUID as On, $constructor as Or, _ipv6 as Ot, arxivIdOf as P, $ZodISOTime as Pn, clone as Pr, _ksuid as Pt, SITE_IDS as Q, $ZodType as Qn, rawShape as Qr, _string as Qt, identityOf as R, $ZodNanoID as Rn, getEnumValues as Rr, _lte as Rt, updateRule as S, $ZodDefault as Sn, validate as Sr, _gt as St, listTagUsage as T, $ZodEmoji as Tn, flattenError as Tr, _includes as Tt, paperCandidateSchema as U, $ZodNumberFormat as Un, jsonStringifyReplacer as Ur, _never as Ut, RULE_FIELDS as V, $ZodNullable as Vn, issue as Vr, _multipleOf as Vt, paperIdSchema as W, $ZodObjectJIT as Wn, merge as Wr, _normalize as Wt, LIMITS as X, $ZodStringFormat as Xn, partial as Xr, _slugify as Xt, ARXIV_CATEGORY as Y, $ZodString as Yn, parsedType as Yr, _regex as Yt, PAPER_STATUSES as Z, $ZodTransform as Zn, pick as Zr, _startsWith as Zt, addRule as _, $ZodCIDRv6 as _n, _safeDecodeAsync as _r, _cuid2 as _t, getSavedStates as a, browser as ai, _uppercase as an, base64Charset as ar, int as at, listRules as b, $ZodCatch as bn, _safeParse as br, _emoji as bt, mergePaper as c, _uuidv4 as cn, base64 as cr, object as ct, removePapers as d, _xid as dn, _decodeAsync as dr, _base64 as dt, safeExtend as ei, _toLowerCase as en, $ZodURL as er, STATUS_LABELS as et, restorePapers as f, $ZodArray as fn, _encode as fr, _base64url as ft, setPapersStatus as g, $ZodCIDRv4 as gn, _safeDecode as gr, _cuid as gt, setPaperStatus as h, $ZodBoolean as hn, _parseAsync as hr, _cidrv6 as ht, editPapersTags as i, liveQuery as ii, _unknown as in, $ZodXID as ir, array as it, RULE_FIELD_NAMES as j, $ZodISODate as jn, BIGINT_FORMAT_RANGES as jr, _isoDuration as jt, renameTag as k, $ZodIPv4 as kn, config as kr, _isoDate as kt, papersKnownBy as l, _uuidv6 as ln, base64url as lr, optional as lt, setPaperNote as m, $ZodBase64URL as mn, _parse as mr, _cidrv4 as mt, changeOf as n, stringifyPrimitive as ni, _trim as nn, $ZodUnion as nr, uniqueTags as nt, listPapers as o, _url as on, base64urlCharset as or, literal as ot, savePaper as p, $ZodBase64 as pn, _encodeAsync as pr, _boolean as pt, tagNameSchema as q, $ZodPrefault as qn, omit as qr, _positive as qt, editPaperTags as r, db as ri, _ulid as rn, $ZodUnknown as rr, _enum as rt, listPapersInPages as s, _uuid as sn, standardProps as sr, number as st, initPlugins as t, shallowClone as ti, _toUpperCase as tn, $ZodUUID as tr, normalizeTagName as tt, removePaper as u, _uuidv7 as un, _decode as ur, _array as ut, applyRuleToSaved as v, $ZodCUID as vn, _safeEncode as vr, _e164 as vt, ensureTags as w, $ZodEmail as wn, $ZodError as wr, _guid as wt, previewRule as x, $ZodCustom as xn, _safeParseAsync as xr, _endsWith as xt, deleteRule as y, $ZodCUID2 as yn, _safeEncodeAsync as yr, _email as yt, landingUrl as z, $ZodNever as zn, hide as zr, _maxLength as zt };
