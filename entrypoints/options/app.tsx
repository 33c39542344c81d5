/**
 * The options page: Paper Shelf in a full tab, one section per concern. A section is one entry
 * of SECTIONS (its id is the URL hash: options.html#papers), so adding one is one line.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ShelfView } from '@/components/ShelfView';

interface OptionsSection {
  id: string;
  label: string;
  render(): ComponentChildren;
}

const SECTIONS: readonly OptionsSection[] = [
  { id: 'papers', label: 'Papers', render: () => <ShelfView layout="page" /> },
];

function sectionFromHash(): OptionsSection {
  const id = location.hash.slice(1);
  return SECTIONS.find((section) => section.id === id) ?? (SECTIONS[0] as OptionsSection);
}

export function App() {
  const [section, setSection] = useState(sectionFromHash);
  useEffect(() => {
    const onHashChange = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => {
    document.title = `${section.label} · Paper Shelf`;
  }, [section]);

  return (
    <div class="shelf layout-page">
      <header class="shelf-header">
        <h1>Paper Shelf</h1>
        <nav aria-label="Sections">
          {SECTIONS.map(({ id, label }) => (
            <a key={id} href={`#${id}`} aria-current={id === section.id ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        {/* Page-level actions (Export, Import) go here, in a <div class="header-actions">. */}
      </header>
      <main aria-label={section.label}>{section.render()}</main>
    </div>
  );
}
