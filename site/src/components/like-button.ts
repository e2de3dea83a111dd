// Like a mysfit: one click, one like. The count the API answers (after this like) is passed up
// with a `liked` event and announced; a failure is shown in words next to the button.
import { LitElement, css, html } from 'lit';
import type { Api } from '../api.js';
import { siteEvent } from '../events.js';
import { base } from './shared-styles.js';

export interface LikedDetail {
  readonly mysfitId: string;
  readonly likes: number;
}

export class LikeButton extends LitElement {
  static override styles = [
    base,
    css`
      .heart {
        font-size: 1.2em;
        line-height: 1;
      }
      p {
        margin: 0.4rem 0 0;
      }
    `,
  ];
  static override properties = {
    api: { attribute: false },
    mysfitId: { attribute: false },
    name: { type: String },
    busy: { state: true },
    said: { state: true },
    error: { state: true },
  };

  declare api: Api;
  declare mysfitId: string;
  /** The mysfit's name, for the button's label and what is announced. */
  declare name: string;
  declare private busy: boolean;
  declare private said: string;
  declare private error: string;

  constructor() {
    super();
    this.name = '';
    this.busy = false;
    this.said = '';
    this.error = '';
  }

  override render() {
    return html`
      <button class="button" type="button" ?disabled=${this.busy} @click=${this.#like}>
        <span class="heart" aria-hidden="true">♥</span> Like ${this.name}
      </button>
      <p class="notice error" role="alert">${this.error}</p>
      <p class="visually-hidden" role="status">${this.said}</p>
    `;
  }

  async #like(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    this.said = '';
    try {
      const likes = await this.api.like(this.mysfitId);
      this.said = `You liked ${this.name}. ${likes} ${likes === 1 ? 'like' : 'likes'} now.`;
      this.dispatchEvent(siteEvent('liked', { mysfitId: this.mysfitId, likes }));
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('like-button', LikeButton);

declare global {
  interface HTMLElementTagNameMap {
    'like-button': LikeButton;
  }
}
