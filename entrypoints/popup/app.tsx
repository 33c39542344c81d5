import { browser } from 'wxt/browser';
import { BackupReminder } from '@/components/BackupReminder';
import { ShelfView } from '@/components/ShelfView';

export function App() {
  return (
    <div class="shelf layout-popup">
      <header class="shelf-header">
        <h1>Paper Shelf</h1>
        <div class="header-actions">
          <button
            type="button"
            title="The same list in a tab, for long sessions"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            Full page
          </button>
        </div>
      </header>
      <BackupReminder />
      <main>
        <ShelfView layout="popup" />
      </main>
    </div>
  );
}
