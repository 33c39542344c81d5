/**
 * Tag suggestions and the listing toolbar for one page session. Kept out of PageSession, which
 * only tells its observers about cards, so that the scanning core stays small.
 */
import type { SiteAdapter } from '@/lib/sites/types';
import { ListingToolbarController } from './listing-toolbar';
import type { PageSession } from './page-session';
import { PageSuggestions, type TaggingClient } from './page-suggestions';

/** Returns the session's suggestions, for the content script to tell when the tags changed. */
export function attachTagging(
  session: PageSession,
  adapter: Pick<SiteAdapter, 'cardElements'>,
  client: TaggingClient,
): PageSuggestions {
  const suggestions = new PageSuggestions(session, client);
  const toolbar = new ListingToolbarController(session, suggestions, client, adapter);
  session.observe(suggestions);
  session.observe(toolbar);
  return suggestions;
}
