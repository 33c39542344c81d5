/**
 * Auto-tag rules in the options page: keywords or a regular expression on the title, abstract or
 * authors give a tag to every paper saved from then on. A rule can also be applied to the papers
 * already saved, after a preview of exactly which ones it would tag.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { deleteRule, listRules, previewRule, updateRule } from '@/lib/db/rules';
import { listTags } from '@/lib/db/tags';
import { type AutoTagRule, type Paper, RULE_FIELDS } from '@/lib/paper/schemas';
import { RULE_FIELD_NAMES, rulePatternProblem } from '@/lib/rules/match';
import { type FocusAfter, useFocusAfterListUpdate } from './focus';
import { TexText } from './TexText';
import { problemText, tagActions } from './tag-actions';
import { useLiveQuery } from './use-live-query';

const PREVIEW_TITLES = 20;

function papersText(count: number): string {
  return count === 1 ? '1 saved paper' : `${count} saved papers`;
}

/** Where the focus goes in a row: its Apply button, or its On box when its pattern is refused. */
function rowControl(row: Element): HTMLElement | null {
  return (
    row.querySelector<HTMLElement>('button[data-action="preview"]:not(:disabled)') ??
    row.querySelector<HTMLElement>('input')
  );
}

export function RuleEditor() {
  const rules = useLiveQuery(listRules, []);
  const [notice, setNotice] = useState<{ text: string; problem?: boolean }>();
  const [preview, setPreview] = useState<{ rule: AutoTagRule; papers: Paper[] }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // The preview or the row the user acted in is gone once the list shows the result.
  const moveFocus = useFocusAfterListUpdate({
    loaded: rules !== undefined,
    list,
    keyOf: (row) => row.dataset.ruleId,
    control: rowControl,
    heading,
  });

  /**
   * Runs an action; what it returns (if anything) replaces the notice, a failure always does.
   * Once it succeeded, the focus goes to `then` (if it is lost).
   */
  const run = async (action: () => Promise<string | undefined>, then?: FocusAfter) => {
    const from = document.activeElement;
    try {
      const text = await action();
      if (then) moveFocus(then, from);
      if (text) setNotice({ text });
    } catch (error) {
      setNotice({ text: problemText(error), problem: true });
    }
  };
  const showPreview = (rule: AutoTagRule) =>
    run(async () => {
      setPreview({ rule, papers: await previewRule(rule) });
      return undefined;
    });

  return (
    <section class="rule-editor" aria-labelledby="rule-editor-title">
      <h2 id="rule-editor-title" tabIndex={-1} ref={heading}>
        Auto-tag rules
      </h2>
      <p class="hint">
        A paper you save gets the rule’s tag when its text matches. Keywords are separated by commas
        and match whole words (<code>federat*</code> matches any ending).
      </p>
      <NewRuleForm
        onAdded={(rule) => {
          setNotice({ text: `Rule added: new papers matching it get “${rule.tag}”.` });
          void showPreview(rule);
        }}
        onProblem={(text) => setNotice({ text, problem: true })}
      />
      {notice && (
        <p
          class={notice.problem ? 'notice problem' : 'notice'}
          role={notice.problem ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {preview && (
        <RulePreview
          {...preview}
          onApply={() =>
            void run(
              async () => {
                const changed = await tagActions.applyRule(preview.rule.id);
                setPreview(undefined);
                return `Tagged ${papersText(changed)} “${preview.rule.tag}”.`;
              },
              { row: preview.rule.id },
            )
          }
          onClose={() => {
            moveFocus({ row: preview.rule.id }, document.activeElement);
            setPreview(undefined);
          }}
        />
      )}
      {rules && rules.length > 0 && (
        <ul class="rule-list" aria-label="Your rules" ref={list}>
          {rules.map((rule, index) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              onToggle={(enabled) =>
                void run(async () => {
                  await updateRule(rule.id, { enabled });
                  return undefined;
                })
              }
              onPreview={() => void showPreview(rule)}
              onDelete={() =>
                void run(
                  async () => {
                    await deleteRule(rule.id);
                    if (preview?.rule.id === rule.id) setPreview(undefined);
                    return `Rule for “${rule.tag}” deleted.`;
                  },
                  { gone: rule.id, index },
                )
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RuleRowProps {
  rule: AutoTagRule;
  onToggle(enabled: boolean): void;
  onPreview(): void;
  onDelete(): void;
}

function RuleRow({ rule, onToggle, onPreview, onDelete }: RuleRowProps) {
  // A rule stored by an older version or imported from a backup may hold a pattern this version
  // refuses: saving skips it (tagsFromRules), so the list must not show it as working.
  const problem = rulePatternProblem(rule);
  const ids = { summary: useId(), problem: useId() };
  const reason = problem && `${problem[0]?.toLowerCase()}${problem.slice(1)}`;
  // Every row has the same controls: each one's name says which rule it is for, after its visible
  // label (WCAG 2.5.3, so that speech input finds it by what it shows), and its description reads
  // the rule's summary, which tells apart two rules for the same tag.
  const which = `the rule for ${rule.tag}`;
  return (
    <li class="rule-row" data-rule-id={rule.id}>
      <span class="rule-text" id={ids.summary}>
        <strong>{rule.tag}</strong> when {RULE_FIELD_NAMES[rule.field].toLowerCase()}{' '}
        {rule.isRegex ? 'matches' : 'contains'} <code>{rule.pattern}</code>
      </span>
      <label>
        <input
          type="checkbox"
          checked={rule.enabled}
          aria-label={`On: ${which}`}
          aria-describedby={problem ? `${ids.summary} ${ids.problem}` : ids.summary}
          onChange={(event) => {
            // The box shows what is stored: it follows once the change is (it may be refused).
            event.currentTarget.checked = rule.enabled;
            onToggle(!rule.enabled);
          }}
        />
        On
      </label>
      <button
        type="button"
        data-action="preview"
        disabled={!!problem}
        aria-label={`Apply to saved papers: ${which}`}
        aria-describedby={ids.summary}
        onClick={onPreview}
      >
        Apply to saved papers…
      </button>
      <button
        type="button"
        class="danger"
        aria-label={`Delete ${which}`}
        aria-describedby={ids.summary}
        onClick={onDelete}
      >
        Delete
      </button>
      {problem && (
        <p id={ids.problem} class="field-problem">
          Not applied: {reason}
        </p>
      )}
    </li>
  );
}

interface NewRuleFormProps {
  onAdded(rule: AutoTagRule): void;
  onProblem(text: string): void;
}

function NewRuleForm({ onAdded, onProblem }: NewRuleFormProps) {
  const tags = useLiveQuery(listTags, []);
  const [tag, setTag] = useState('');
  const [field, setField] = useState<AutoTagRule['field']>('any');
  const [pattern, setPattern] = useState('');
  const [isRegex, setIsRegex] = useState(false);
  const ids = { tags: useId(), problem: useId() };
  // Checked as soon as anything is typed: a pattern of spaces alone is a problem, not a blank.
  const problem = pattern ? rulePatternProblem({ field, pattern, isRegex }) : undefined;

  return (
    <form
      class="rule-form"
      aria-label="New rule"
      onSubmit={(event) => {
        event.preventDefault();
        if (problem) return;
        tagActions
          .addRule({ tag, field, pattern, isRegex })
          .then((rule) => {
            setPattern('');
            onAdded(rule);
          })
          .catch((error: unknown) => onProblem(problemText(error)));
      }}
    >
      <label>
        Tag
        <input
          type="text"
          list={ids.tags}
          value={tag}
          maxLength={64}
          required
          onInput={(event) => setTag((event.target as HTMLInputElement).value)}
        />
      </label>
      <datalist id={ids.tags}>
        {tags?.map((known) => (
          <option key={known.name} value={known.name} />
        ))}
      </datalist>
      <label>
        Look at
        <select
          value={field}
          onChange={(event) =>
            setField((event.target as HTMLSelectElement).value as AutoTagRule['field'])
          }
        >
          {RULE_FIELDS.map((name) => (
            <option key={name} value={name}>
              {RULE_FIELD_NAMES[name]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {isRegex ? 'Pattern' : 'Keywords'}
        <input
          type="text"
          value={pattern}
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? ids.problem : undefined}
          onInput={(event) => setPattern((event.target as HTMLInputElement).value)}
        />
      </label>
      <label class="inline">
        <input
          type="checkbox"
          checked={isRegex}
          onChange={(event) => setIsRegex((event.target as HTMLInputElement).checked)}
        />
        Regular expression
      </label>
      <button type="submit" disabled={!!problem}>
        Add rule
      </button>
      {problem && (
        <p id={ids.problem} class="field-problem">
          {problem}
        </p>
      )}
    </form>
  );
}

interface RulePreviewProps {
  rule: AutoTagRule;
  papers: Paper[];
  onApply(): void;
  onClose(): void;
}

function RulePreview({ rule, papers, onApply, onClose }: RulePreviewProps) {
  return (
    <fieldset class="rule-preview" aria-label={`Preview of the rule for ${rule.tag}`}>
      {papers.length === 0 ? (
        <p>No saved paper without “{rule.tag}” matches this rule.</p>
      ) : (
        <>
          <p>
            {papersText(papers.length)} without “{rule.tag}” match this rule:
          </p>
          <ul>
            {papers.slice(0, PREVIEW_TITLES).map((paper) => (
              <li key={paper.id}>
                <TexText text={paper.title} />
              </li>
            ))}
          </ul>
          {papers.length > PREVIEW_TITLES && <p>…and {papers.length - PREVIEW_TITLES} more.</p>}
          <button type="button" onClick={onApply}>
            Tag {papersText(papers.length)} “{rule.tag}”
          </button>
        </>
      )}
      <button type="button" onClick={onClose}>
        {papers.length === 0 ? 'Close' : 'Not now'}
      </button>
    </fieldset>
  );
}
