/**
 * The options page: Paper Shelf in a full tab, for long sessions. One section per concern, all on
 * the page, with a jump link each in the header (options.html#tags). A section is one entry of
 * SECTIONS, so adding one is one line.
 */
import type { ComponentChildren } from 'preact';
import { BackupSettings } from '@/components/BackupReminder';
import { RuleEditor } from '@/components/RuleEditor';
import { ShelfView } from '@/components/ShelfView';
import { TagManager } from '@/components/TagManager';

interface OptionsSection {
  id: string;
  label: string;
  render(): ComponentChildren;
}

const SECTIONS: readonly OptionsSection[] = [
  { id: 'papers', label: 'Papers', render: () => <PapersSection /> },
  { id: 'tags', label: 'Tags', render: () => <TagManager /> },
  { id: 'rules', label: 'Rules', render: () => <RuleEditor /> },
  { id: 'backups', label: 'Backups', render: () => <BackupsSection /> },
];

function BackupsSection() {
  return (
    <section aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <BackupSettings />
    </section>
  );
}

/** The reading list fills the window; the tag manager and the rules follow below it. */
function PapersSection() {
  return (
    <section class="papers-section" aria-labelledby="papers-title">
      <h2 id="papers-title">Papers</h2>
      <ShelfView layout="page" />
    </section>
  );
}

export function App() {
  return (
    <div class="shelf layout-page">
      <header class="shelf-header">
        <h1>Paper Shelf</h1>
        <nav aria-label="Sections">
          {SECTIONS.map(({ id, label }) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main class="options-main">
        {SECTIONS.map(({ id, render }) => (
          <div key={id} id={id}>
            {render()}
          </div>
        ))}
      </main>
    </div>
  );
}
