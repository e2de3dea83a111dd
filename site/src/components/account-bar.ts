// The header's account corner: who is signed in and the sign-out button, or the ways in.
import { LitElement, css, html } from 'lit';
import type { MfaMode } from '../../../functions/shared/site-config.js';
import type { SignedInUser } from '../auth/session.js';
import { href } from '../routes.js';
import { base } from './shared-styles.js';
import './sign-out-button.js';

export class AccountBar extends LitElement {
  static override styles = [
    base,
    css`
      nav {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 0.75rem;
        align-items: center;
        justify-content: flex-end;
      }
      .who {
        overflow-wrap: anywhere;
      }
      .button {
        min-height: 2.5rem;
        padding: 0.3rem 1rem;
      }
    `,
  ];
  static override properties = { user: { attribute: false }, mfa: { type: String } };

  declare user: SignedInUser | null;
  /** The pool's MFA mode: anything but off offers the Two-step sign-in page. */
  declare mfa: MfaMode;

  constructor() {
    super();
    this.user = null;
    this.mfa = 'off';
  }

  /** After signing out the button is gone: the keyboard goes to "Sign in" instead. */
  focusSignIn(): void {
    this.renderRoot.querySelector<HTMLElement>('#sign-in')?.focus();
  }

  override render() {
    return html`<nav aria-label="Account">
      ${
        this.user
          ? html`<span class="who">Signed in as <strong>${this.user.email}</strong></span>
              ${this.mfa === 'off' ? '' : html`<a class="button secondary" href=${href.twoStep()}>Two-step sign-in</a>`}
              <sign-out-button></sign-out-button>`
          : html`<a class="button secondary" id="sign-in" href=${href.signin()}>Sign in</a>
              <a class="button" href=${href.register()}>Register</a>`
      }
    </nav>`;
  }
}

customElements.define('account-bar', AccountBar);

declare global {
  interface HTMLElementTagNameMap {
    'account-bar': AccountBar;
  }
}
