// Global keys: `/` focuses the search box (unless typing elsewhere), Esc clears the
// selection, the highlight and the panel.

/** @example attachKeyboard(searchInput, clearSelection) */
export function attachKeyboard(search: HTMLInputElement, clear: () => void): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === 'Escape') {
      clear();
      if (typing) target!.blur();
    }
  });
}
