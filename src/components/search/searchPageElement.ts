/**
 * <search-page>: the interactive search page. Keeps the search in the URL
 * (one history entry per typing run, a new one on submit and on every filter
 * change, so the back button steps through searches), loads the engine and
 * Pagefind only when the search box is used, and renders results as plain DOM.
 * Without JavaScript the form still submits and the page explains how to browse.
 */
import { htmlLang } from '../../lib/routes';
import type { Segment } from '../../lib/search/excerpt';
import type { FacetCounts } from '../../lib/search/facets';
import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search/filters';
import { fill, plural } from '../../lib/search/messages';
import {
  expandSearchPageConfig,
  PAGE_SIZE,
  type RuntimeString,
  type SearchPageConfig,
  type SearchPageData,
  type SuggestionEntry,
} from '../../lib/search/pageConfig';
import { relatedSuggestions } from '../../lib/search/related';
import { EMPTY_STATE, isActive, parseState, sameState, stateToSearch, type SearchState } from '../../lib/search/urlState';
import type { ResultView, SearchEngine, SearchOutcome } from './searchEngine';

/** Pause after a keystroke before searching. */
const TYPING_DELAY_MS = 120;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

class SearchPageElement extends HTMLElement {
  private config!: SearchPageConfig;
  private known!: Record<SearchFilter, ReadonlySet<string>>;
  private engine: Promise<SearchEngine> | undefined;
  private state: SearchState = EMPTY_STATE;
  /** Counts searches, so an answer that arrives after a newer search started is dropped. */
  private generation = 0;
  private outcome: SearchOutcome | undefined;
  private shown = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current history entry belongs to a typing run (later keystrokes replace it). */
  private typingEntry = false;

  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private selects!: Map<SearchFilter | 'sort', HTMLSelectElement>;
  private region!: HTMLElement;
  private status!: HTMLElement;
  private note!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private empty!: HTMLElement;

  connectedCallback(): void {
    this.config = expandSearchPageConfig(
      JSON.parse(this.querySelector('script[data-search-config]')!.textContent!) as SearchPageData,
    );
    this.known = Object.fromEntries(
      SEARCH_FILTERS.map((filter) => [filter, new Set(this.config.filters[filter].map(([value]) => value))]),
    ) as unknown as Record<SearchFilter, ReadonlySet<string>>;
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[name="q"]')!;
    this.selects = new Map(
      [...SEARCH_FILTERS, 'sort' as const].map((name) => [
        name,
        this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!,
      ]),
    );
    this.region = this.querySelector('[data-search-results]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.note = this.querySelector('[data-search-note]')!;
    this.list = this.querySelector('ol')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.empty = this.querySelector('[data-search-empty]')!;

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit('push');
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      this.typingTimer = setTimeout(() => this.commit(this.typingEntry ? 'replace' : 'push', true), TYPING_DELAY_MS);
    });
    this.input.addEventListener('focus', () => void this.load().then((engine) => engine.preload()), { once: true });
    this.input.addEventListener('keydown', (event) => this.onInputKey(event));
    this.list.addEventListener('keydown', (event) => this.onListKey(event));
    for (const select of this.selects.values()) select.addEventListener('change', () => this.commit('push'));
    this.more.addEventListener('click', () => void this.showMore());
    this.querySelector('[data-search-clear]')?.addEventListener('click', () => {
      for (const filter of SEARCH_FILTERS) this.selects.get(filter)!.value = '';
      this.commit('push');
    });
    window.addEventListener('popstate', () => this.fromUrl());
    this.toggleAttribute('data-enhanced', true);
    this.fromUrl();
  }

  private load(): Promise<SearchEngine> {
    this.engine ??= import('./searchEngine').then(({ SearchEngine }) => new SearchEngine(this.config));
    this.engine.catch(() => (this.engine = undefined));
    return this.engine;
  }

  private controls(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const filter of SEARCH_FILTERS) {
      const value = this.selects.get(filter)!.value;
      if (value) filters[filter] = value;
    }
    const sort = this.selects.get('sort')!.value === 'investment' ? 'investment' : 'relevance';
    return parseState(new URLSearchParams(stateToSearch({ q: this.input.value.trim(), filters, sort })), this.known);
  }

  private fromUrl(): void {
    const state = parseState(new URLSearchParams(location.search), this.known);
    this.input.value = state.q;
    for (const filter of SEARCH_FILTERS) this.selects.get(filter)!.value = state.filters[filter] ?? '';
    this.selects.get('sort')!.value = state.sort;
    this.typingEntry = false;
    this.updateLanguageLink(state);
    void this.search(state);
  }

  /** Puts the controls' state in the URL and searches. */
  private commit(mode: 'push' | 'replace', typing = false): void {
    clearTimeout(this.typingTimer);
    const state = this.controls();
    const current = parseState(new URLSearchParams(location.search), this.known);
    if (!sameState(state, current)) {
      const url = `${location.pathname}${stateToSearch(state)}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.typingEntry = typing;
    this.updateLanguageLink(state);
    if (!sameState(state, this.state) || !this.outcome) void this.search(state);
  }

  /** The language switcher keeps the search, so the reader can repeat it in the other language. */
  private updateLanguageLink(state: SearchState): void {
    const link = document.querySelector<HTMLAnchorElement>('[data-language-switcher]');
    if (link) link.setAttribute('href', `${new URL(link.href).pathname}${stateToSearch(state)}`);
  }

  private text(key: RuntimeString, params: Record<string, string | number> = {}): string {
    return fill(this.config.strings[key], params, this.config.lang);
  }

  private async search(state: SearchState): Promise<void> {
    this.state = state;
    const generation = ++this.generation;
    if (!isActive(state)) {
      this.outcome = undefined;
      this.region.hidden = true;
      this.status.textContent = '';
      this.updateFacets(undefined);
      return;
    }
    const start = performance.now();
    this.region.hidden = false;
    this.region.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => {
      if (generation === this.generation) this.status.textContent = this.text('searchPage.searching');
    }, 300);
    try {
      const engine = await this.load();
      const outcome = await engine.run(state);
      const views = await engine.views(outcome, 0, PAGE_SIZE);
      if (generation !== this.generation) return;
      this.outcome = outcome;
      this.render(outcome, views);
      // Read by `npm run bench` (scripts/bench/search.bench.ts): time from query to rendered results.
      performance.measure('search', { start, detail: { q: state.q } });
    } catch (error) {
      if (generation !== this.generation) return;
      this.outcome = undefined;
      this.list.replaceChildren();
      this.more.hidden = true;
      this.empty.hidden = true;
      this.note.hidden = true;
      this.status.textContent = this.text('searchPage.error');
      console.error(error);
    } finally {
      clearTimeout(slow);
      if (generation === this.generation) this.region.removeAttribute('aria-busy');
    }
  }

  private render(outcome: SearchOutcome, views: ResultView[]): void {
    const count = outcome.results.length;
    const strings = this.config.strings;
    this.status.textContent = outcome.query
      ? plural(strings, 'searchPage.status', { count, query: outcome.query }, this.config.lang)
      : plural(strings, 'searchPage.browse', { count }, this.config.lang);
    this.note.hidden = !outcome.crossLanguage;
    this.note.textContent = outcome.crossLanguage ? this.text('searchPage.crossLanguage', { query: outcome.query }) : '';
    this.list.replaceChildren(...views.map((view) => this.item(view)));
    this.shown = views.length;
    this.more.hidden = this.shown >= count;
    this.renderEmpty(outcome);
    void outcome.facets.then(
      (counts) => {
        if (outcome === this.outcome) this.updateFacets(counts);
      },
      (error: unknown) => console.error(error),
    );
  }

  private async showMore(): Promise<void> {
    const outcome = this.outcome;
    if (!outcome) return;
    const engine = await this.load();
    const views = await engine.views(outcome, this.shown, this.shown + PAGE_SIZE);
    if (outcome !== this.outcome) return;
    const items = views.map((view) => this.item(view));
    this.list.append(...items);
    this.shown += views.length;
    this.more.hidden = this.shown >= outcome.results.length;
    items[0]?.querySelector('a')?.focus();
  }

  private item(view: ResultView): HTMLLIElement {
    const foreign = view.lang !== this.config.lang;
    const lang = foreign ? { lang: htmlLang(view.lang) } : {};
    const typeLabel = new Map(this.config.filters.type).get(view.type) ?? view.type;
    const meta = element('p', { class: 'result-meta' }, element('span', { class: 'badge result-type' }, typeLabel));
    // A result inside a many-entry page is titled by its entry, with the page named after the type.
    if (view.section) meta.append(element('span', lang, view.title));
    if (view.tier === 'partial') meta.append(element('span', { class: 'result-partial' }, this.text('searchPage.partial')));
    if (view.twinUrl) {
      meta.append(element('a', { href: view.twinUrl, hreflang: htmlLang(this.config.lang) }, this.text('searchPage.twin')));
    }
    const excerpt = element(
      'p',
      { class: 'result-excerpt', ...lang },
      ...view.excerpt.map((segment: Segment) => (segment.mark ? element('mark', {}, segment.text) : segment.text)),
    );
    const facts = element('dl', { class: 'result-facts' });
    for (const [label, value] of [
      [this.text('projects.county'), view.county],
      [this.text('projects.investment'), view.investment],
    ] as const) {
      if (value) facts.append(element('div', {}, element('dt', {}, label), element('dd', lang, value)));
    }
    const link = element(
      'a',
      { href: view.url, ...(foreign ? { hreflang: htmlLang(view.lang) } : {}) },
      view.section ?? view.title,
    );
    return element(
      'li',
      { class: 'result', 'data-tier': view.tier },
      element('h3', { class: 'result-title', ...lang }, link),
      meta,
      ...(view.excerpt.length > 0 ? [excerpt] : []),
      ...(facts.childElementCount > 0 ? [facts] : []),
    );
  }

  private renderEmpty(outcome: SearchOutcome): void {
    this.empty.hidden = outcome.results.length > 0;
    if (!this.empty.hidden) {
      const filtered = SEARCH_FILTERS.some((filter) => outcome.state.filters[filter]);
      this.empty.querySelector('[data-search-empty-message]')!.textContent = this.text(
        filtered ? 'searchPage.noResultsFiltered' : 'searchPage.noResults',
        { query: outcome.query },
      );
      (this.empty.querySelector('[data-search-clear]') as HTMLElement).hidden = !filtered;
      const suggestions = relatedSuggestions(outcome.query, this.config.suggestions.chains, this.config.suggestions.counties);
      this.empty.querySelector('[data-search-related]')!.toggleAttribute('hidden', !suggestions.related);
      this.empty.querySelector('[data-search-browse]')!.toggleAttribute('hidden', suggestions.related);
      const links = (entries: SuggestionEntry[]) =>
        entries.map((entry) => element('li', {}, element('a', { href: entry.url }, entry.label)));
      for (const [selector, entries] of [
        ['[data-search-suggest-chains]', suggestions.chains],
        ['[data-search-suggest-counties]', suggestions.counties],
      ] as const) {
        const list = this.empty.querySelector(selector)!;
        list.replaceChildren(...links(entries));
        list.parentElement!.hidden = entries.length === 0;
      }
    }
  }

  /** Counts next to each filter value; values that would leave nothing are hidden (unless chosen). */
  private updateFacets(facets: FacetCounts | undefined): void {
    for (const filter of SEARCH_FILTERS) {
      const select = this.selects.get(filter)!;
      const counts = facets?.[filter];
      for (const option of select.options) {
        if (!option.value) continue;
        const label = option.dataset['label'] ?? option.text;
        option.dataset['label'] = label;
        const count = counts?.get(option.value) ?? 0;
        const available = !counts || count > 0 || option.value === select.value;
        option.text = counts ? `${label} (${count})` : label;
        option.hidden = !available;
        option.disabled = !available;
      }
    }
  }

  private resultLinks(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  }

  private onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      const first = this.resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && this.input.value) {
      event.preventDefault();
      this.input.value = '';
      this.commit('push');
    }
  }

  private onListKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : index === 0 ? this.input : links[index - 1];
    next?.focus();
  }
}

customElements.define('search-page', SearchPageElement);
