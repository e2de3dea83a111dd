// Two-step sign-in for the signed-in visitor (shown when the pool has cognito.mfa optional or
// required): whether their sign-ins ask for an authenticator code, adding an authenticator
// (scan, then confirm with its first code) and, where the pool lets users choose, turning it off.
import { html, nothing, type TemplateResult } from 'lit';
import type { AuthenticatorSetup } from '../auth/session.js';
import type { MfaMode } from '../../../functions/shared/site-config.js';
import { href } from '../routes.js';
import { AccountForm } from './account-form.js';
import { CODE_FIELD, loadAuthenticatorKey } from './two-step.js';

type Status = 'loading' | 'on' | 'off' | 'unknown';

export class TwoStepPage extends AccountForm {
  static override properties = {
    ...AccountForm.properties,
    mfa: { type: String },
    signedIn: { type: Boolean },
    status: { state: true },
    setup: { state: true },
  };

  declare mfa: MfaMode;
  declare signedIn: boolean;
  declare protected status: Status;
  declare protected setup: AuthenticatorSetup | null;

  constructor() {
    super();
    this.mfa = 'off';
    this.signedIn = false;
    this.status = 'loading';
    this.setup = null;
  }

  // Not connectedCallback: in a chunk loaded late, the properties set before the element was
  // defined are only applied at its first update.
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('signedIn') && this.signedIn && this.mfa !== 'off') void this.#load();
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    try {
      this.status = (await this.session.authenticatorEnabled()) ? 'on' : 'off';
    } catch (err) {
      this.status = 'unknown';
      await this.fail(err instanceof Error ? err.message : String(err));
    }
  }

  override render(): TemplateResult {
    const title = html`<h1 id="title" tabindex="-1">Two-step sign-in</h1>`;
    if (this.mfa === 'off') {
      return html`<section aria-labelledby="title">
        ${title}
        <p>This site signs in with email and password only.</p>
      </section>`;
    }
    if (!this.signedIn) {
      return html`<section aria-labelledby="title">
        ${title}
        <p><a href=${href.signin('', href.twoStep())}>Sign in</a> to set up two-step sign-in.</p>
      </section>`;
    }
    if (this.setup) return this.#renderSetup(this.setup, title);
    return html`<section aria-labelledby="title">
      ${title}
      <p>
        With two-step sign-in, signing in asks for your password and then for a code from an authenticator app on your
        phone, so a stolen password alone cannot sign in as you.
      </p>
      <p role="status" id="two-step-status">${STATUS[this.status]}</p>
      ${this.renderMessages()}
      <div class="actions">
        ${
          this.status === 'off'
            ? html`<button class="button" type="button" ?disabled=${this.busy} @click=${this.#start}>
                ${this.busy ? 'Starting…' : 'Set up an authenticator'}
              </button>`
            : nothing
        }
        ${
          this.status === 'on' && this.mfa === 'optional'
            ? html`<button class="button secondary" type="button" ?disabled=${this.busy} @click=${this.#turnOff}>
                Turn off two-step sign-in
              </button>`
            : nothing
        }
      </div>
      ${
        this.status === 'on' && this.mfa === 'required'
          ? html`<p class="hint">This site requires it for every account.</p>`
          : nothing
      }
    </section>`;
  }

  #renderSetup(setup: AuthenticatorSetup, title: TemplateResult): TemplateResult {
    return html`<form novalidate @submit=${this.#verify} aria-labelledby="title">
      ${title}
      <p class="hint">Add Mythical Mysfits to your authenticator app, then type the code it shows.</p>
      <authenticator-key secret=${setup.secret} account=${this.email}></authenticator-key>
      ${this.renderField(CODE_FIELD)} ${this.renderMessages()}
      <div class="actions">
        <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? 'Checking…' : 'Turn on'}</button>
        <button class="button secondary" type="button" ?disabled=${this.busy} @click=${this.#cancel}>Cancel</button>
      </div>
    </form>`;
  }

  #start(): void {
    void this.run(async () => {
      const [setup] = await Promise.all([this.session.setUpAuthenticator(), loadAuthenticatorKey()]);
      this.setup = setup;
      this.focusHeading();
    });
  }

  #verify(event: SubmitEvent): void {
    event.preventDefault();
    const setup = this.setup;
    if (!setup) return;
    const code = this.checkedCode();
    if (code === null) return;
    void this.run(
      async () => {
        await setup.verify(code);
        this.setup = null;
        this.status = 'on';
        this.info = 'Two-step sign-in is on: from now on, signing in asks for a code from your authenticator app.';
        this.focusHeading();
      },
      (err) => (err.code === 'code_mismatch' ? CODE_FIELD.id : ''),
    );
  }

  #cancel(): void {
    this.setup = null;
    this.error = '';
    this.focusHeading();
  }

  #turnOff(): void {
    void this.run(async () => {
      await this.session.turnOffAuthenticator();
      this.status = 'off';
      this.info = 'Two-step sign-in is off: signing in asks for your password only.';
    });
  }
}

const STATUS: Record<Status, string> = {
  loading: 'Checking your account…',
  on: 'Two-step sign-in is on for your account.',
  off: 'Two-step sign-in is off for your account.',
  unknown: 'Could not check your account.',
};

customElements.define('two-step-page', TwoStepPage);

declare global {
  interface HTMLElementTagNameMap {
    'two-step-page': TwoStepPage;
  }
}
