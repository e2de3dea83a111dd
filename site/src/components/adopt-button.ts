// Adopt a mysfit. Adoptions are final, so the first click asks to confirm (in the page: a
// question and two buttons, keyboard reachable, no browser dialog). A mysfit is adopted once:
// when someone else was first (409), the visitor is told so and the mysfit is shown as adopted
// all the same. Emits `adopted` either way.
import { LitElement, html } from 'lit';
import { ApiError, type Api } from '../api.js';
import { siteEvent } from '../events.js';
import { base } from './shared-styles.js';

export interface AdoptedDetail {
  readonly mysfitId: string;
  /** Whether this visitor adopted it (false: someone else was first). */
  readonly byYou: boolean;
  readonly message: string;
}

export class AdoptButton extends LitElement {
  static override styles = [base];
  static override properties = {
    api: { attribute: false },
    mysfitId: { attribute: false },
    name: { type: String },
    busy: { state: true },
    error: { state: true },
    confirming: { state: true },
  };

  declare api: Api;
  declare mysfitId: string;
  declare name: string;
  declare private busy: boolean;
  declare private error: string;
  declare private confirming: boolean;

  constructor() {
    super();
    this.name = '';
    this.busy = false;
    this.error = '';
    this.confirming = false;
  }

  override render() {
    if (this.confirming) {
      return html`
        <div role="group" aria-labelledby="confirm-adopt">
          <p id="confirm-adopt">Adopt ${this.name}? An adoption is final: nobody else can adopt them after you.</p>
          <button class="button" type="button" @click=${this.#adopt}>Yes, adopt ${this.name}</button>
          <button class="button secondary" type="button" @click=${() => (this.confirming = false)}>Cancel</button>
        </div>
      `;
    }
    return html`
      <button
        class="button secondary"
        type="button"
        ?disabled=${this.busy}
        @click=${() => {
          this.error = '';
          this.confirming = true;
        }}
      >
        ${this.busy ? `Adopting ${this.name}…` : `Adopt ${this.name}`}
      </button>
      <p class="notice error" role="alert">${this.error}</p>
    `;
  }

  async #adopt(): Promise<void> {
    if (this.busy) return;
    this.confirming = false;
    this.busy = true;
    this.error = '';
    try {
      await this.api.adopt(this.mysfitId);
      this.#done(true, `You adopted ${this.name}! Welcome to the family.`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'already_adopted') {
        this.#done(false, `Someone adopted ${this.name} just before you.`);
      } else {
        this.error = err instanceof Error ? err.message : String(err);
      }
    } finally {
      this.busy = false;
    }
  }

  #done(byYou: boolean, message: string): void {
    this.dispatchEvent(siteEvent('adopted', { mysfitId: this.mysfitId, byYou, message }));
  }
}

customElements.define('adopt-button', AdoptButton);

declare global {
  interface HTMLElementTagNameMap {
    'adopt-button': AdoptButton;
  }
}
