/**
 * Preact binding for @tanstack/virtual-core (its React adapter, @tanstack/react-virtual, needs
 * React): one Virtualizer per component, re-rendering the component when the visible range moves.
 */
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

type Options = Pick<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  | 'count'
  | 'getScrollElement'
  | 'estimateSize'
  | 'getItemKey'
  | 'overscan'
  | 'initialRect'
  | 'rangeExtractor'
>;

export interface PreactVirtualizer {
  virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  /**
   * Runs `update` (measurements the component applies to the DOM itself) without rendering the
   * component again for the changes it tells the virtualizer of.
   */
  withoutRender(update: () => void): void;
  /** Renders the component again, as any change the virtualizer reports does. */
  render(): void;
}

export function useVirtualizer(options: Options): PreactVirtualizer {
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const quiet = useRef(false);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: () => {
      if (!quiet.current) rerender(undefined);
    },
  };
  const [bound] = useState<PreactVirtualizer>(() => ({
    virtualizer: new Virtualizer(resolved),
    withoutRender(update) {
      const wasQuiet = quiet.current;
      quiet.current = true;
      try {
        update();
      } finally {
        quiet.current = wasQuiet;
      }
    },
    render: () => rerender(undefined),
  }));
  bound.virtualizer.setOptions(resolved);
  useLayoutEffect(() => bound.virtualizer._didMount(), []);
  useLayoutEffect(() => bound.virtualizer._willUpdate());
  return bound;
}
