// The message over the graph that says what is happening or went wrong: loading, API
// down, empty graph, layout running. Errors stay until replaced; info fades.
import { el } from './dom.ts';

export type StatusKind = 'loading' | 'info' | 'empty' | 'error';

/** @example const status = createStatusLine(byId('status')); status.show('error', 'The API did not answer.'); */
export function createStatusLine(container: HTMLElement) {
  let timer: number | undefined;
  return {
    show(kind: StatusKind, message: string, action?: { label: string; run: () => void }): void {
      window.clearTimeout(timer);
      const button = action ? el('button', { text: action.label, attrs: { type: 'button' } }) : null;
      button?.addEventListener('click', action!.run);
      container.replaceChildren(el('span', { text: message }), ...(button ? [button] : []));
      container.dataset.kind = kind;
      container.hidden = false;
      if (kind === 'info') timer = window.setTimeout(() => (container.hidden = true), 4000);
    },
    clear(): void {
      container.hidden = true;
      container.replaceChildren();
    },
  };
}
