import { C as Q, f as a, s as BackupReminder, t as ShelfView } from "./ShelfView-Dz576Fjm.js";
import { ai as browser } from "./_virtual_wxt-plugins-DAbNW9QY.js";
// entrypoints/popup/app.tsx
function App() {
	return /* @__PURE__ */ a("div", {
		class: "shelf layout-popup",
		children: [
			/* @__PURE__ */ a("header", {
				class: "shelf-header",
				children: [/* @__PURE__ */ a("h1", { children: "Paper Shelf" }), /* @__PURE__ */ a("div", {
					class: "header-actions",
					children: /* @__PURE__ */ a("button", {
						type: "button",
						title: "The same list in a tab, for long sessions",
						onClick: () => void browser.runtime.openOptionsPage(),
						children: "Full page"
					})
				})]
			}),
			/* @__PURE__ */ a(BackupReminder, {}),
			/* @__PURE__ */ a("main", { children: /* @__PURE__ */ a(ShelfView, { layout: "popup" }) })
		]
	});
}
// entrypoints/popup/main.tsx
Q(/* @__PURE__ */ a(App, {}), document.getElementById("app"));
