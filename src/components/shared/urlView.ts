/**
 * A view whose state lives in the URL query (the catalogue's and the
 * opportunities' filters, the atlas order), so it can be shared, bookmarked,
 * reloaded and reached with the back button. Browser-only; each view brings
 * its own pure parse/serialise from src/lib/.
 */
export interface UrlView<State> {
  /** The state of a query; unknown keys and values are dropped. */
  parse: (search: string) => State;
  /** The canonical query of a state ('' for the default view). */
  serialise: (state: State) => string;
  /** Shows a state in the page. */
  render: (state: State) => void;
}

/**
 * Shows the state of the current URL (rewriting its query in canonical form)
 * and follows the back button. Returns `navigate`, for a new state chosen by
 * the user: it adds a history entry, so back returns to the previous view.
 */
export function startUrlView<State>(view: UrlView<State>): (state: State) => void {
  const show = (state: State) => {
    view.render(state);
    // The state's values are language-neutral ids: the other language opens the same view.
    const switcher = document.querySelector<HTMLAnchorElement>('a[data-language-switcher]');
    if (switcher) switcher.setAttribute('href', `${switcher.pathname}${view.serialise(state)}`);
  };
  window.addEventListener('popstate', () => show(view.parse(location.search)));
  const state = view.parse(location.search);
  const canonical = view.serialise(state);
  if (canonical !== location.search) history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
  show(state);
  return (next) => {
    const query = view.serialise(next);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
    show(next);
  };
}
