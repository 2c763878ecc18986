// The sidebar's host: a <tact-sidebar> element with an open shadow root, the only element Tact adds
// to a page. It carries the observable contract: data-tact-state and data-tact-seq.
import { render } from 'preact';
import css from '../../components/sidebar/sidebar.css?inline';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { SidebarActions, SidebarStore } from '../../components/sidebar/store';

export interface SidebarHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

export function mountSidebar(store: SidebarStore, actions: SidebarActions): SidebarHost {
  const element = document.createElement('tact-sidebar');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  const root = document.createElement('div');
  shadow.append(root);
  const sync = () => {
    const state = store.getState();
    element.setAttribute('data-tact-state', state.status);
    element.setAttribute('data-tact-seq', String(state.shown));
  };
  sync();
  const unsubscribe = store.subscribe(sync);
  render(<Sidebar store={store} actions={actions} />, root);
  // Outside the page's own elements, so the site's framework never sees a foreign child.
  document.documentElement.append(element);
  return {
    element,
    shadow,
    remove() {
      unsubscribe();
      render(null, root);
      element.remove();
    },
  };
}
