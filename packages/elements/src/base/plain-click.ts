/**
 * A link of the column's own (an entry, a policy, an item) has a real address, so that it can be
 * opened in a new tab or copied; a plain click on it moves the column in place instead.
 */
export function inPlace(event: MouseEvent, go: () => void): void {
  // A middle click or ⌘/Ctrl/Shift-click opens the address as the browser does.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
}
