// A page-wide message: what just happened (signed in, registered) or what went wrong on its own
// (the session ended). Information is announced politely, errors at once; either can be closed.
import { LitElement, css, html, nothing } from 'lit';
import { base } from './shared-styles.js';

export type Tone = 'info' | 'error';

export class StatusMessage extends LitElement {
  static override styles = [
    base,
    css`
      .notice {
        display: flex;
        gap: 1rem;
        align-items: center;
        justify-content: space-between;
        margin: 0 0 1rem;
      }
      .notice.info {
        border-left-color: var(--success);
      }
      button {
        flex: none;
        min-width: 2.75rem;
        min-height: 2.75rem;
        border: 0;
        background: transparent;
        color: inherit;
        font: inherit;
        font-size: 1.3rem;
        cursor: pointer;
      }
    `,
  ];
  static override properties = { message: { type: String }, tone: { type: String } };

  declare message: string;
  declare tone: Tone;

  constructor() {
    super();
    this.message = '';
    this.tone = 'info';
  }

  override render() {
    // Both regions stay in the page so a new message is announced when it appears.
    return html`
      <div role="status">${this.tone === 'info' && this.message ? this.#notice() : nothing}</div>
      <div role="alert">${this.tone === 'error' && this.message ? this.#notice() : nothing}</div>
    `;
  }

  #notice() {
    return html`<div class="notice ${this.tone}">
      <span>${this.message}</span>
      <button type="button" aria-label="Close this message" @click=${this.#close}>×</button>
    </div>`;
  }

  #close(): void {
    this.message = '';
    this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }));
  }
}

customElements.define('status-message', StatusMessage);

declare global {
  interface HTMLElementTagNameMap {
    'status-message': StatusMessage;
  }
}
