/**
 * Text that may hold TeX maths, as arXiv titles do ("Bounds on $\ell_1$ Fixtures"): the maths is
 * typeset as MathML by Temml, everything else is plain text.
 *
 * Why Temml: it turns TeX into MathML, which Chromium and Firefox draw natively, so there are no
 * fonts or stylesheets to ship (KaTeX needs both; MathJax is larger still), and its `render`
 * builds the nodes with `createElementNS` and `createTextNode`: no page-derived string is ever
 * parsed as markup. `trust` stays off, so `\href`, `\class` and the like come out as text.
 *
 * Temml (~170 KB) is loaded on first need, not with the popup: most shelves open on rows without
 * maths, and the first row must not wait for it. Until it arrives the maths shows as its source,
 * which is what the title is anyway.
 */
import { useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import { splitTexMath, type TexMath, texSource } from '@/lib/paper/tex-math';

type Temml = typeof import('temml').default;

let temml: Temml | undefined;
let temmlLoading: Promise<Temml> | undefined;

function loadTemml(): Promise<Temml> {
  temmlLoading ??= import('temml').then((module) => {
    temml = module.default;
    return temml;
  });
  return temmlLoading;
}

/** Temml once it is loaded; starts the load, and renders again when it lands. */
function useTemml(needed: boolean): Temml | undefined {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!needed || temml) return;
    let live = true;
    loadTemml().then(
      () => live && rerender(undefined),
      // A failed load leaves the source showing; it is still the title.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed]);
  return needed ? temml : undefined;
}

function TypesetMath({ math, typeset }: { math: TexMath; typeset: Temml }) {
  const { tex } = math;
  const source = texSource(math);
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    try {
      // No shared `macros` object: a `\def` in one title cannot leak into another.
      typeset.render(tex, element, { throwOnError: true, trust: false, maxExpand: 100 });
    } catch {
      // TeX that Temml cannot read shows as its source, as the page had it.
      element.textContent = source;
    }
  }, [tex, source, typeset]);
  // Preact leaves the children of an element it was given none for to us.
  return <span class="tex-math" ref={ref} />;
}

export function TexText({ text }: { text: string }) {
  const parts = splitTexMath(text);
  const hasMath = parts.some((part) => typeof part !== 'string');
  const typeset = useTemml(hasMath);
  if (!hasMath) return <>{text}</>;
  return (
    <>
      {parts.map((part) =>
        typeof part === 'string' ? (
          part
        ) : typeset ? (
          <TypesetMath math={part} typeset={typeset} />
        ) : (
          texSource(part)
        ),
      )}
    </>
  );
}
