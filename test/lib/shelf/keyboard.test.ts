import { listCommandFor, SHORTCUT_HELP } from '@/lib/shelf/keyboard';

describe('listCommandFor', () => {
  it.each([
    ['ArrowDown', { type: 'move', to: 'next' }],
    ['j', { type: 'move', to: 'next' }],
    ['ArrowUp', { type: 'move', to: 'previous' }],
    ['k', { type: 'move', to: 'previous' }],
    ['Home', { type: 'move', to: 'first' }],
    ['End', { type: 'move', to: 'last' }],
    ['PageDown', { type: 'move', to: 'page-down' }],
    ['Enter', { type: 'open' }],
    [' ', { type: 'toggle-selection' }],
    ['x', { type: 'toggle-selection' }],
    ['1', { type: 'set-status', status: 'to-read' }],
    ['2', { type: 'set-status', status: 'reading' }],
    ['3', { type: 'set-status', status: 'read' }],
    ['Delete', { type: 'delete' }],
    ['n', { type: 'edit-note' }],
    ['t', { type: 'tag' }],
    ['Escape', { type: 'escape' }],
  ])('%j names %j', (key, command) => {
    expect(listCommandFor({ key })).toEqual(command);
  });

  it('extends the selection with Shift+arrows and selects all with Ctrl or Cmd+A', () => {
    expect(listCommandFor({ key: 'ArrowDown', shiftKey: true })).toEqual({
      type: 'extend',
      to: 'next',
    });
    expect(listCommandFor({ key: 'a', ctrlKey: true })).toEqual({ type: 'select-all' });
    expect(listCommandFor({ key: 'a', metaKey: true })).toEqual({ type: 'select-all' });
  });

  it("leaves the browser's and the system's shortcuts alone", () => {
    expect(listCommandFor({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(listCommandFor({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
    expect(listCommandFor({ key: 'q' })).toBeUndefined();
    expect(listCommandFor({ key: '4' })).toBeUndefined();
  });

  it('lists in the help only keys the list knows', () => {
    const named: Record<string, string> = { '↓': 'ArrowDown', '↑': 'ArrowUp', Esc: 'Escape' };
    for (const { keys } of SHORTCUT_HELP) {
      for (const key of keys) {
        if (key === '/' || key === '?') continue; // page-wide: the reading list handles them
        expect(listCommandFor({ key: named[key] ?? key }), key).toBeDefined();
      }
    }
  });
});
