/**
 * tsx compiles the benches with esbuild's keepNames, which wraps every named inner function in a
 * call to a `__name` helper. Functions handed to page.evaluate / addInitScript are sent to the
 * page as source text, where that helper does not exist: this defines it, as the identity.
 */
import type { BrowserContext } from 'playwright-core';

const NAME_HELPER = 'globalThis.__name ??= (target) => target;';

export async function allowBenchFunctionsIn(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: NAME_HELPER });
}
