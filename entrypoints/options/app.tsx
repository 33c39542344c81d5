/**
 * The options page, minimal for now: the tag manager, the auto-tag rules and the papers they act
 * on. The reading-list work turns this into the full page with sections; the components stand
 * alone so that they move there unchanged.
 */
import { ReadingList } from '@/components/ReadingList';
import { RuleEditor } from '@/components/RuleEditor';
import { TagManager } from '@/components/TagManager';
import { useLiveQuery } from '@/components/use-live-query';
import { changeOf, listPapers, removePaper } from '@/lib/db/papers';
import { listTags } from '@/lib/db/tags';
import { broadcastPaperChanges } from '@/lib/messaging/broadcast';

export function App() {
  const papers = useLiveQuery(listPapers, []);
  const tags = useLiveQuery(listTags, []);
  return (
    <div class="options">
      <header class="shelf-header">
        <h1>Paper Shelf</h1>
      </header>
      <main class="options-main">
        <TagManager />
        <RuleEditor />
        <section aria-labelledby="papers-title">
          <h2 id="papers-title">Papers</h2>
          <ReadingList
            papers={papers}
            tags={tags}
            onRemove={(paper) => {
              void removePaper(paper.id)
                .then((removed) =>
                  broadcastPaperChanges([changeOf(undefined, removed?.aliases ?? paper.aliases)]),
                )
                .catch((error) => console.error('Paper Shelf: removing failed', error));
            }}
          />
        </section>
      </main>
    </div>
  );
}
