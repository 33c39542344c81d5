import { C as Q, S as $, b as T, c as BackupSettings, f as a, l as useLiveQuery, o as TagChip, t as ShelfView, v as A, x as d, y as P } from "./ShelfView-Dz576Fjm.js";
import { A as defaultTagColor, C as deleteTag, D as mergeTags, E as listTags, M as rulePatternProblem, O as recolorTag, S as updateRule, T as listTagUsage, V as RULE_FIELDS, _ as addRule, b as listRules, j as RULE_FIELD_NAMES, k as renameTag, n as changeOf, v as applyRuleToSaved, x as previewRule, y as deleteRule } from "./_virtual_wxt-plugins-DAbNW9QY.js";
import { t as broadcastPaperChanges } from "./broadcast-CjvvQe6i.js";
// components/tag-actions.ts
/**
* Tag and rule operations as the extension pages (options, popup) run them: the database write,
* then the changed papers broadcast to open listing tabs so their cards follow. The background's
* suggestion model sees the change by itself (entrypoints/background/suggestion-service.ts).
*/
async function tellListingTabs(papers) {
	try {
		await broadcastPaperChanges(papers.map((paper) => changeOf(paper, paper.aliases)));
	} catch (error) {
		console.error("Paper Shelf: telling listing tabs failed", error);
	}
	return papers.length;
}
/** Each returns how many papers changed. */
var tagActions = {
	rename: async (from, to) => tellListingTabs(await renameTag(from, to)),
	merge: async (sources, target) => tellListingTabs(await mergeTags(sources, target)),
	delete: async (name) => tellListingTabs(await deleteTag(name)),
	applyRule: async (id) => tellListingTabs(await applyRuleToSaved(id)),
	addRule: (input) => addRule(input)
};
/** A message for the user from whatever an action threw. */
function problemText(error) {
	return error instanceof Error && error.message ? error.message : "Something went wrong";
}
// components/RuleEditor.tsx
/**
* Auto-tag rules in the options page: keywords or a regular expression on the title, abstract or
* authors give a tag to every paper saved from then on. A rule can also be applied to the papers
* already saved, after a preview of exactly which ones it would tag.
*/
var PREVIEW_TITLES = 20;
function papersText$1(count) {
	return count === 1 ? "1 saved paper" : `${count} saved papers`;
}
function RuleEditor() {
	const rules = useLiveQuery(listRules, []);
	const [notice, setNotice] = d();
	const [preview, setPreview] = d();
	/** Runs an action; what it returns (if anything) replaces the notice, a failure always does. */
	const run = async (action) => {
		try {
			const text = await action();
			if (text) setNotice({ text });
		} catch (error) {
			setNotice({
				text: problemText(error),
				problem: true
			});
		}
	};
	const showPreview = (rule) => run(async () => {
		setPreview({
			rule,
			papers: await previewRule(rule)
		});
	});
	return /* @__PURE__ */ a("section", {
		class: "rule-editor",
		"aria-labelledby": "rule-editor-title",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "rule-editor-title",
				children: "Auto-tag rules"
			}),
			/* @__PURE__ */ a("p", {
				class: "hint",
				children: [
					"A paper you save gets the rule’s tag when its text matches. Keywords are separated by commas and match whole words (",
					/* @__PURE__ */ a("code", { children: "federat*" }),
					" matches any ending)."
				]
			}),
			/* @__PURE__ */ a(NewRuleForm, {
				onAdded: (rule) => {
					setNotice({ text: `Rule added: new papers matching it get “${rule.tag}”.` });
					showPreview(rule);
				},
				onProblem: (text) => setNotice({
					text,
					problem: true
				})
			}),
			notice && /* @__PURE__ */ a("p", {
				class: notice.problem ? "notice problem" : "notice",
				role: notice.problem ? "alert" : "status",
				children: notice.text
			}),
			preview && /* @__PURE__ */ a(RulePreview, {
				...preview,
				onApply: () => void run(async () => {
					const changed = await tagActions.applyRule(preview.rule.id);
					setPreview(void 0);
					return `Tagged ${papersText$1(changed)} “${preview.rule.tag}”.`;
				}),
				onClose: () => setPreview(void 0)
			}),
			rules && rules.length > 0 && /* @__PURE__ */ a("ul", {
				class: "rule-list",
				"aria-label": "Your rules",
				children: rules.map((rule) => /* @__PURE__ */ a("li", {
					class: "rule-row",
					"data-rule-id": rule.id,
					children: [
						/* @__PURE__ */ a("span", {
							class: "rule-text",
							children: [
								/* @__PURE__ */ a("strong", { children: rule.tag }),
								" when ",
								RULE_FIELD_NAMES[rule.field].toLowerCase(),
								" ",
								rule.isRegex ? "matches" : "contains",
								" ",
								/* @__PURE__ */ a("code", { children: rule.pattern })
							]
						}),
						/* @__PURE__ */ a("label", { children: [/* @__PURE__ */ a("input", {
							type: "checkbox",
							checked: rule.enabled,
							onChange: (event) => {
								const enabled = event.target.checked;
								run(async () => {
									await updateRule(rule.id, { enabled });
								});
							}
						}), "On"] }),
						/* @__PURE__ */ a("button", {
							type: "button",
							onClick: () => void showPreview(rule),
							children: "Apply to saved papers…"
						}),
						/* @__PURE__ */ a("button", {
							type: "button",
							class: "danger",
							"aria-label": `Delete the rule for ${rule.tag}`,
							onClick: () => void run(async () => {
								await deleteRule(rule.id);
								if (preview?.rule.id === rule.id) setPreview(void 0);
								return `Rule for “${rule.tag}” deleted.`;
							}),
							children: "Delete"
						})
					]
				}, rule.id))
			})
		]
	});
}
function NewRuleForm({ onAdded, onProblem }) {
	const tags = useLiveQuery(listTags, []);
	const [tag, setTag] = d("");
	const [field, setField] = d("any");
	const [pattern, setPattern] = d("");
	const [isRegex, setIsRegex] = d(false);
	const ids = {
		tags: P(),
		problem: P()
	};
	const problem = pattern.trim() ? rulePatternProblem({
		field,
		pattern,
		isRegex
	}) : void 0;
	return /* @__PURE__ */ a("form", {
		class: "rule-form",
		"aria-label": "New rule",
		onSubmit: (event) => {
			event.preventDefault();
			if (problem) return;
			tagActions.addRule({
				tag,
				field,
				pattern,
				isRegex
			}).then((rule) => {
				setPattern("");
				onAdded(rule);
			}).catch((error) => onProblem(problemText(error)));
		},
		children: [
			/* @__PURE__ */ a("label", { children: ["Tag", /* @__PURE__ */ a("input", {
				type: "text",
				list: ids.tags,
				value: tag,
				maxLength: 64,
				required: true,
				onInput: (event) => setTag(event.target.value)
			})] }),
			/* @__PURE__ */ a("datalist", {
				id: ids.tags,
				children: tags?.map((known) => /* @__PURE__ */ a("option", { value: known.name }, known.name))
			}),
			/* @__PURE__ */ a("label", { children: ["Look at", /* @__PURE__ */ a("select", {
				value: field,
				onChange: (event) => setField(event.target.value),
				children: RULE_FIELDS.map((name) => /* @__PURE__ */ a("option", {
					value: name,
					children: RULE_FIELD_NAMES[name]
				}, name))
			})] }),
			/* @__PURE__ */ a("label", { children: [isRegex ? "Pattern" : "Keywords", /* @__PURE__ */ a("input", {
				type: "text",
				value: pattern,
				required: true,
				"aria-invalid": problem ? true : void 0,
				"aria-describedby": problem ? ids.problem : void 0,
				onInput: (event) => setPattern(event.target.value)
			})] }),
			/* @__PURE__ */ a("label", {
				class: "inline",
				children: [/* @__PURE__ */ a("input", {
					type: "checkbox",
					checked: isRegex,
					onChange: (event) => setIsRegex(event.target.checked)
				}), "Regular expression"]
			}),
			/* @__PURE__ */ a("button", {
				type: "submit",
				disabled: !!problem,
				children: "Add rule"
			}),
			problem && /* @__PURE__ */ a("p", {
				id: ids.problem,
				class: "field-problem",
				children: problem
			})
		]
	});
}
function RulePreview({ rule, papers, onApply, onClose }) {
	return /* @__PURE__ */ a("fieldset", {
		class: "rule-preview",
		"aria-label": `Preview of the rule for ${rule.tag}`,
		children: [papers.length === 0 ? /* @__PURE__ */ a("p", { children: [
			"No saved paper without “",
			rule.tag,
			"” matches this rule."
		] }) : /* @__PURE__ */ a($, { children: [
			/* @__PURE__ */ a("p", { children: [
				papersText$1(papers.length),
				" without “",
				rule.tag,
				"” match this rule:"
			] }),
			/* @__PURE__ */ a("ul", { children: papers.slice(0, PREVIEW_TITLES).map((paper) => /* @__PURE__ */ a("li", { children: paper.title }, paper.id)) }),
			papers.length > PREVIEW_TITLES && /* @__PURE__ */ a("p", { children: [
				"…and ",
				papers.length - PREVIEW_TITLES,
				" more."
			] }),
			/* @__PURE__ */ a("button", {
				type: "button",
				onClick: onApply,
				children: [
					"Tag ",
					papersText$1(papers.length),
					" “",
					rule.tag,
					"”"
				]
			})
		] }), /* @__PURE__ */ a("button", {
			type: "button",
			onClick: onClose,
			children: papers.length === 0 ? "Close" : "Not now"
		})]
	});
}
// components/TagManager.tsx
/**
* The tag manager of the options page: every tag with its colour and paper count; rename,
* merge, recolour and delete. Merging and deleting say how many papers they touch and ask
* first. Every operation is one transaction in lib/db/tags.ts, so papers stay consistent.
*/
function papersText(count) {
	return count === 1 ? "1 paper" : `${count} papers`;
}
function TagManager() {
	const tags = useLiveQuery(listTagUsage, []);
	const [notice, setNotice] = d();
	const run = async (action) => {
		try {
			setNotice({ text: await action() });
		} catch (error) {
			setNotice({
				text: problemText(error),
				problem: true
			});
		}
	};
	return /* @__PURE__ */ a("section", {
		class: "tag-manager",
		"aria-labelledby": "tag-manager-title",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "tag-manager-title",
				children: "Tags"
			}),
			notice && /* @__PURE__ */ a("p", {
				class: notice.problem ? "notice problem" : "notice",
				role: notice.problem ? "alert" : "status",
				children: notice.text
			}),
			tags === void 0 ? /* @__PURE__ */ a("p", {
				role: "status",
				children: "Loading tags…"
			}) : tags.length === 0 ? /* @__PURE__ */ a("p", {
				class: "empty",
				children: "No tags yet. Tag papers from the Tag button on any listing card."
			}) : /* @__PURE__ */ a("ul", {
				class: "tag-list",
				"aria-label": "Your tags",
				children: tags.map((tag) => /* @__PURE__ */ a(TagRow, {
					tag,
					others: tags.filter((t) => t !== tag),
					run
				}, tag.name))
			})
		]
	});
}
function TagRow({ tag, others, run }) {
	const [mode, setMode] = d("idle");
	const [newName, setNewName] = d(tag.name);
	const [target, setTarget] = d("");
	const color = tag.color ?? defaultTagColor(tag.name);
	const cancel = () => setMode("idle");
	const onKeyDown = (event) => {
		if (event.key === "Escape") cancel();
	};
	const targetTag = others.find((other) => other.name === target);
	const nameInput = T(null);
	A(() => {
		if (mode === "rename") nameInput.current?.select();
	}, [mode]);
	return /* @__PURE__ */ a("li", {
		class: "tag-row",
		"data-tag": tag.name,
		onKeyDown,
		children: [
			/* @__PURE__ */ a("div", {
				class: "tag-row-main",
				children: [
					/* @__PURE__ */ a(TagChip, {
						name: tag.name,
						color
					}),
					/* @__PURE__ */ a("span", {
						class: "tag-count",
						children: papersText(tag.papers)
					}),
					/* @__PURE__ */ a("label", {
						class: "tag-color",
						children: [/* @__PURE__ */ a("span", {
							class: "visually-hidden",
							children: ["Colour of ", tag.name]
						}), /* @__PURE__ */ a("input", {
							type: "color",
							value: color,
							onChange: (event) => {
								const value = event.target.value;
								run(async () => {
									await recolorTag(tag.name, value);
									return `“${tag.name}” recoloured.`;
								});
							}
						})]
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => {
							setNewName(tag.name);
							setMode("rename");
						},
						"aria-label": `Rename ${tag.name}`,
						children: "Rename"
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: () => setMode("merge"),
						disabled: others.length === 0,
						"aria-label": `Merge ${tag.name} into another tag`,
						children: "Merge…"
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						class: "danger",
						onClick: () => setMode("delete"),
						"aria-label": `Delete ${tag.name}`,
						children: "Delete"
					})
				]
			}),
			mode === "rename" && /* @__PURE__ */ a("form", {
				class: "tag-row-form",
				onSubmit: (event) => {
					event.preventDefault();
					run(async () => {
						const changed = await tagActions.rename(tag.name, newName);
						setMode("idle");
						return `Renamed “${tag.name}” to “${newName.trim()}” on ${papersText(changed)}.`;
					});
				},
				children: [
					/* @__PURE__ */ a("label", { children: ["New name", /* @__PURE__ */ a("input", {
						type: "text",
						value: newName,
						maxLength: 64,
						ref: nameInput,
						onInput: (event) => setNewName(event.target.value)
					})] }),
					/* @__PURE__ */ a("button", {
						type: "submit",
						children: "Save name"
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: cancel,
						children: "Cancel"
					})
				]
			}),
			mode === "merge" && /* @__PURE__ */ a("form", {
				class: "tag-row-form",
				onSubmit: (event) => {
					event.preventDefault();
					if (!targetTag) return;
					run(async () => {
						const changed = await tagActions.merge([tag.name], targetTag.name);
						setMode("idle");
						return `Merged “${tag.name}” into “${targetTag.name}” (${papersText(changed)} changed).`;
					});
				},
				children: [
					/* @__PURE__ */ a("label", { children: ["Merge into", /* @__PURE__ */ a("select", {
						value: target,
						onChange: (event) => setTarget(event.target.value),
						children: [/* @__PURE__ */ a("option", {
							value: "",
							children: "Choose a tag…"
						}), others.map((other) => /* @__PURE__ */ a("option", {
							value: other.name,
							children: [
								other.name,
								" (",
								papersText(other.papers),
								")"
							]
						}, other.name))]
					})] }),
					targetTag && /* @__PURE__ */ a("p", {
						class: "confirm-text",
						children: [
							"The ",
							papersText(tag.papers),
							" tagged “",
							tag.name,
							"” will be tagged “",
							targetTag.name,
							"” instead, and “",
							tag.name,
							"” will be gone. Its rules will give “",
							targetTag.name,
							"”."
						]
					}),
					/* @__PURE__ */ a("button", {
						type: "submit",
						disabled: !targetTag,
						children: "Merge"
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: cancel,
						children: "Cancel"
					})
				]
			}),
			mode === "delete" && /* @__PURE__ */ a("fieldset", {
				class: "tag-row-form",
				"aria-label": `Confirm deleting ${tag.name}`,
				children: [
					/* @__PURE__ */ a("p", {
						class: "confirm-text",
						children: [
							"Delete “",
							tag.name,
							"”? It will be removed from ",
							papersText(tag.papers),
							"; the papers stay on your shelf. Rules that give this tag are deleted too."
						]
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						class: "danger",
						onClick: () => void run(async () => {
							const changed = await tagActions.delete(tag.name);
							return `Deleted “${tag.name}” from ${papersText(changed)}.`;
						}),
						children: "Delete tag"
					}),
					/* @__PURE__ */ a("button", {
						type: "button",
						onClick: cancel,
						children: "Cancel"
					})
				]
			})
		]
	});
}
// entrypoints/options/app.tsx
var SECTIONS = [
	{
		id: "papers",
		label: "Papers",
		render: () => /* @__PURE__ */ a(PapersSection, {})
	},
	{
		id: "tags",
		label: "Tags",
		render: () => /* @__PURE__ */ a(TagManager, {})
	},
	{
		id: "rules",
		label: "Rules",
		render: () => /* @__PURE__ */ a(RuleEditor, {})
	},
	{
		id: "backups",
		label: "Backups",
		render: () => /* @__PURE__ */ a(BackupsSection, {})
	}
];
function BackupsSection() {
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "backups-title",
		children: [/* @__PURE__ */ a("h2", {
			id: "backups-title",
			children: "Backups"
		}), /* @__PURE__ */ a(BackupSettings, {})]
	});
}
/** The reading list fills the window; the tag manager and the rules follow below it. */
function PapersSection() {
	return /* @__PURE__ */ a("section", {
		class: "papers-section",
		"aria-labelledby": "papers-title",
		children: [/* @__PURE__ */ a("h2", {
			id: "papers-title",
			children: "Papers"
		}), /* @__PURE__ */ a(ShelfView, { layout: "page" })]
	});
}
function App() {
	return /* @__PURE__ */ a("div", {
		class: "shelf layout-page",
		children: [/* @__PURE__ */ a("header", {
			class: "shelf-header",
			children: [/* @__PURE__ */ a("h1", { children: "Paper Shelf" }), /* @__PURE__ */ a("nav", {
				"aria-label": "Sections",
				children: SECTIONS.map(({ id, label }) => /* @__PURE__ */ a("a", {
					href: `#${id}`,
					children: label
				}, id))
			})]
		}), /* @__PURE__ */ a("main", {
			class: "options-main",
			children: SECTIONS.map(({ id, render }) => /* @__PURE__ */ a("div", {
				id,
				children: render()
			}, id))
		})]
	});
}
// entrypoints/options/main.tsx
Q(/* @__PURE__ */ a(App, {}), document.getElementById("app"));
