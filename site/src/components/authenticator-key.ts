// The key of a new authenticator (TOTP) as a QR code an app scans, the same key as text to type,
// and an otpauth: link for an app on this device. Its own chunk: only a visitor setting up
// two-step sign-in downloads the QR encoder (uqr).
import { LitElement, css, html, svg } from 'lit';
import { encode } from 'uqr';
import { groupedSecret, otpauthUri } from '../auth/otpauth.js';
import { base } from './shared-styles.js';

export class AuthenticatorKey extends LitElement {
  static override styles = [
    base,
    css`
      figure {
        margin: 0 0 1rem;
      }
      svg {
        width: 12rem;
        height: 12rem;
        background: #fff;
        border: 1px solid #ccc;
      }
      code {
        font-size: 1.1rem;
        letter-spacing: 0.05em;
        overflow-wrap: anywhere;
      }
    `,
  ];
  static override properties = { secret: { type: String }, account: { type: String } };

  declare secret: string;
  declare account: string;

  constructor() {
    super();
    this.secret = '';
    this.account = '';
  }

  override render() {
    const uri = otpauthUri(this.secret, this.account);
    const qr = encode(uri, { ecc: 'M', border: 2 });
    // One path of unit squares: a few kB of markup, no canvas, nothing the CSP has to allow.
    let d = '';
    qr.data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
    return html`
      <figure>
        <svg viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label="QR code of the key for your authenticator app">
          ${svg`<path d=${d} fill="#000" shape-rendering="crispEdges" />`}
        </svg>
        <figcaption>
          Scan it with an authenticator app, or type this key:
          <code id="secret" aria-label="Key">${groupedSecret(this.secret)}</code>
          (<a href=${uri}>open in an app on this device</a>)
        </figcaption>
      </figure>
    `;
  }
}

customElements.define('authenticator-key', AuthenticatorKey);

declare global {
  interface HTMLElementTagNameMap {
    'authenticator-key': AuthenticatorKey;
  }
}
