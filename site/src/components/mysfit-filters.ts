// The Good/Evil and Law/Chaos filters and "View all". One filter at a time, as the API takes
// one; toggle buttons (aria-pressed) in labelled groups. Emits `filter-change` with the choice.
import { LitElement, css, html } from 'lit';
import { FILTER_VALUES, type Filter } from '../api.js';
import { base } from './shared-styles.js';
import { siteEvent } from '../events.js';

const GROUPS = [
  { filter: 'GoodEvil', label: 'Good / Evil', values: FILTER_VALUES.GoodEvil, axis: 'good or evil' },
  { filter: 'LawChaos', label: 'Law / Chaos', values: FILTER_VALUES.LawChaos, axis: 'law or chaos' },
] as const;

export class MysfitFilters extends LitElement {
  static override styles = [
    base,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: end;
      }
      .group {
        display: grid;
        gap: 0.35rem;
      }
      .label {
        font-weight: 600;
        color: var(--muted);
        font-size: 0.9rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .button {
        min-height: 2.5rem;
        padding: 0.3rem 0.9rem;
        background: transparent;
        color: var(--accent);
      }
      .button[aria-pressed='true'] {
        background: var(--accent);
        color: var(--accent-ink);
      }
    `,
  ];
  static override properties = { value: { attribute: false } };

  /** The filter in force; null shows every mysfit. */
  declare value: Filter | null;

  constructor() {
    super();
    this.value = null;
  }

  override render() {
    return html`
      <div class="filters" role="group" aria-label="Filter the mysfits">
        ${GROUPS.map(
          (group) => html`
            <div class="group" role="group" aria-labelledby="label-${group.filter}">
              <span class="label" id="label-${group.filter}">${group.label}</span>
              <div class="buttons">
                ${group.values.map((value) => {
                  const pressed = this.value?.filter === group.filter && this.value.value === value;
                  return html`<button
                    class="button"
                    type="button"
                    aria-pressed=${pressed ? 'true' : 'false'}
                    @click=${() => this.#choose({ filter: group.filter, value } as Filter)}
                  >
                    ${value}${value === 'Neutral' ? html`<span class="visually-hidden"> on ${group.axis}</span>` : ''}
                  </button>`;
                })}
              </div>
            </div>
          `,
        )}
        <button
          class="button"
          type="button"
          aria-pressed=${this.value === null ? 'true' : 'false'}
          @click=${() => this.#choose(null)}
        >
          View all
        </button>
      </div>
    `;
  }

  #choose(filter: Filter | null): void {
    this.dispatchEvent(siteEvent('filter-change', filter));
  }
}

customElements.define('mysfit-filters', MysfitFilters);

declare global {
  interface HTMLElementTagNameMap {
    'mysfit-filters': MysfitFilters;
  }
}
