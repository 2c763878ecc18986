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
  // The contract's attributes. A new report (data-tact-seq) is announced once the view has drawn it;
  // other changes (checking…) at once.
  let announced = -1;
  const announce = () => {
    const state = store.getState();
    if (element.getAttribute('data-tact-state') !== state.status) element.setAttribute('data-tact-state', state.status);
    if (announced !== state.shown) {
      announced = state.shown;
      element.setAttribute('data-tact-seq', String(state.shown));
    }
  };
  announce();
  const unsubscribe = store.subscribe((state) => {
    if (state.shown === announced) announce();
  });
  render(<Sidebar store={store} actions={actions} onCommit={announce} />, root);
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
