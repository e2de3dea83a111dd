// The catalogue grid: loads the mysfits (filtered by the API) and lists them as cards linking to
// each profile. How many are shown is announced politely; a failure says why, with a retry.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Api, Filter, MysfitSummary } from '../api.js';
import { href } from '../routes.js';
import { base } from './shared-styles.js';

/** Marked when the catalogue is first on screen; the site benchmark reads it. */
export const CATALOGUE_RENDERED = 'mysfits:catalogue-rendered';

export class MysfitGrid extends LitElement {
  static override styles = [
    base,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
        gap: 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .card {
        position: relative;
        display: grid;
        /* Cards of a row are as tall as the tallest; the spare height goes below, not into rows. */
        align-content: start;
        gap: 0.25rem;
        padding: 0.75rem;
        border-radius: var(--radius);
        background: var(--card);
        box-shadow: var(--shadow);
        transition: transform 0.15s ease;
      }
      .card:hover,
      .card:focus-within {
        transform: translateY(-2px);
      }
      img {
        width: 100%;
        height: auto;
        aspect-ratio: 1;
        border-radius: 8px;
        background: var(--image-bg);
      }
      h2 {
        margin: 0.35rem 0 0;
        font-size: 1.1rem;
      }
      h2 a {
        color: var(--ink);
        text-decoration: none;
      }
      /* The whole card is the link's target, while the link's name stays the mysfit's name. */
      h2 a::after {
        content: '';
        position: absolute;
        inset: 0;
        border-radius: var(--radius);
      }
      h2 a:focus-visible {
        outline: none;
      }
      h2 a:focus-visible::after {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      .species {
        margin: 0;
        color: var(--muted);
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 0.3rem;
        margin: 0.25rem 0 0;
        padding: 0;
        list-style: none;
      }
      .tag.adopted {
        font-weight: 600;
      }
      .tag {
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        background: var(--tag-bg);
        font-size: 0.8rem;
      }
      .count {
        margin: 0.5rem 0 1rem;
        color: var(--muted);
      }
    `,
  ];
  static override properties = {
    api: { attribute: false },
    filter: { attribute: false },
    mysfits: { state: true },
    error: { state: true },
  };

  declare api: Api;
  declare filter: Filter | null;
  declare private mysfits: MysfitSummary[] | null;
  declare private error: string;
  #request = 0;

  constructor() {
    super();
    this.filter = null;
    this.mysfits = null;
    this.error = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter') || changed.has('api')) void this.load();
  }

  /** Loads the list for the current filter; a slower earlier answer never overwrites a newer one. */
  async load(): Promise<void> {
    const request = ++this.#request;
    this.error = '';
    try {
      const mysfits = await this.api.list(this.filter);
      if (request === this.#request) this.mysfits = mysfits;
    } catch (err) {
      if (request !== this.#request) return;
      // The previous list would pass for this filter's: show the failure alone.
      this.mysfits = null;
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  protected override updated(): void {
    if (this.mysfits && this.mysfits.length > 0 && performance.getEntriesByName(CATALOGUE_RENDERED).length === 0) {
      performance.mark(CATALOGUE_RENDERED);
    }
  }

  override render() {
    return html`
      <p class="count" role="status">${this.#summary()}</p>
      ${
        this.error
          ? html`<div class="notice error" role="alert">
              <p>${this.error}</p>
              <button class="button" type="button" @click=${() => void this.load()}>Try again</button>
            </div>`
          : nothing
      }
      ${
        this.mysfits
          ? html`<ul class="grid" aria-label="Mysfits">
              ${this.mysfits.map(
                (m) =>
                  html`<li class="card">
                    <img src=${m.thumbImageUri} alt="" width="200" height="200" decoding="async" />
                    <h2><a href=${href.profile(m.mysfitId)}>${m.name}</a></h2>
                    <p class="species">${m.species}</p>
                    <ul class="tags" aria-label="Alignment">
                      <li class="tag">${axisTag(m.goodevil, 'good/evil')}</li>
                      <li class="tag">${axisTag(m.lawchaos, 'law/chaos')}</li>
                      ${m.adopted ? html`<li class="tag adopted">Adopted</li>` : nothing}
                    </ul>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }

  #summary(): string {
    if (this.mysfits === null) return this.error ? '' : 'Loading the mysfits…';
    const n = this.mysfits.length;
    const what = n === 1 ? 'mysfit' : 'mysfits';
    if (!this.filter) return `Showing all ${n} ${what}.`;
    const { filter, value } = this.filter;
    const quality =
      value === 'Neutral' ? `neutral on ${filter === 'GoodEvil' ? 'good and evil' : 'law and chaos'}` : value;
    return n === 0 ? `No mysfit is ${quality}.` : `Showing ${n} ${what} that ${n === 1 ? 'is' : 'are'} ${quality}.`;
  }
}

/** An alignment value; "Neutral" says its axis, since both axes have one. */
export function axisTag(value: string, axis: string): string {
  return value === 'Neutral' ? `Neutral (${axis})` : value;
}

customElements.define('mysfit-grid', MysfitGrid);

declare global {
  interface HTMLElementTagNameMap {
    'mysfit-grid': MysfitGrid;
  }
}
