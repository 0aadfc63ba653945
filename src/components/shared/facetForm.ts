/**
 * The parts of a filter form with counts that the project catalogue and the
 * opportunity list share in the browser: each option labelled with how many
 * items it would show, the status line, the "nothing matches" note and the
 * reset button. The counting itself is pure and lives in src/lib/.
 */

/** `{name}` placeholders filled from `values`; unknown ones are kept. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => String(values[key] ?? match));
}

/** The values a select accepts: its options but the empty "any". */
export function optionValues(select: HTMLSelectElement): Set<string> {
  return new Set([...select.options].map((option) => option.value).filter((value) => value !== ''));
}

/**
 * Selects `selected` ('' for any) and writes each option's label with its
 * count (`countFormat`, e.g. "{label} ({count})"); an option that would show
 * nothing is disabled, unless it is the one selected.
 */
export function showFacetCounts(
  select: HTMLSelectElement,
  selected: string,
  count: (value: string) => number,
  countFormat: string,
): void {
  select.value = selected;
  for (const option of select.options) {
    const n = count(option.value);
    option.textContent = fillTemplate(countFormat, { label: option.dataset['label'] ?? option.value, count: n });
    option.disabled = n === 0 && option.value !== select.value;
  }
}

export interface FilterOutcome {
  shown: number;
  total: number;
  /** The state's query: '' when nothing is filtered, which disables reset. */
  query: string;
}

/**
 * The status line, the "nothing matches" note and the reset button for what
 * the filters show. `host` carries the status templates (`data-status-all`,
 * `data-status-filtered`, with `{shown}` and `{total}`) and holds the
 * elements marked `data-<name>-status`, `data-<name>-empty` and `data-<name>-reset`.
 */
export function showFilterOutcome(host: HTMLElement, name: string, { shown, total, query }: FilterOutcome): void {
  const template = shown === total ? host.dataset['statusAll'] : host.dataset['statusFiltered'];
  const status = host.querySelector(`[data-${name}-status]`);
  if (status && template) status.textContent = fillTemplate(template, { shown, total });
  const empty = host.querySelector<HTMLElement>(`[data-${name}-empty]`);
  if (empty) empty.hidden = shown > 0;
  const reset = host.querySelector<HTMLButtonElement>(`[data-${name}-reset]`);
  if (reset) reset.disabled = query === '';
}
