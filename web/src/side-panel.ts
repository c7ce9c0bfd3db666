// The right-hand panel: shows one view at a time (a node, an edge, an answer) with a
// close button. Closing it is the same as Esc.
import { el } from './dom.ts';

/** @example const panel = createSidePanel(byId('panel'), () => ui.set({ selectedNode: null })); panel.show(view); */
export function createSidePanel(container: HTMLElement, onClose: () => void) {
  const body = el('div', { class: 'panel-body' });
  const close = el('button', { class: 'panel-close', text: '×', attrs: { type: 'button', 'aria-label': 'Close panel (Esc)' } });
  close.addEventListener('click', onClose);
  container.replaceChildren(close, body);
  container.hidden = true;
  return {
    show(view: HTMLElement): void {
      body.replaceChildren(view);
      container.hidden = false;
      container.scrollTop = 0;
    },
    hide(): void {
      body.replaceChildren();
      container.hidden = true;
    },
  };
}
