import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @webext-core/messaging calls the `chrome` namespace directly; point it at the same fake.
(globalThis as { chrome?: unknown }).chrome ??= fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
});

// happy-dom has no `document.compatMode`; Temml (components/TexText) reads a missing one as
// quirks mode and refuses to typeset. The extension's pages have a doctype: standards mode.
if (typeof document !== 'undefined' && document.compatMode === undefined) {
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
}
