// Sign out: one button. The session forgets the tokens here at once and revokes the refresh
// token with Cognito in the background; the app hides the actions and says so.
import { LitElement, html } from 'lit';
import { siteEvent } from '../events.js';
import { base } from './shared-styles.js';

export class SignOutButton extends LitElement {
  static override styles = [base];

  override render() {
    return html`<button class="button secondary" type="button" @click=${this.#signOut}>Sign out</button>`;
  }

  #signOut(): void {
    this.dispatchEvent(siteEvent('sign-out', null));
  }
}

customElements.define('sign-out-button', SignOutButton);

declare global {
  interface HTMLElementTagNameMap {
    'sign-out-button': SignOutButton;
  }
}
