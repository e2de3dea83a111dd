// Sign in with email and password, then, when the pool asks, the code of the visitor's
// authenticator app (and, the first time under cognito.mfa required, the app's setup). On
// success the visitor goes back to the page that sent them here (a mysfit's profile, to like or
// adopt it).
import { html, nothing, type TemplateResult } from 'lit';
import type { SignInStep } from '../auth/session.js';
import { href } from '../routes.js';
import { AccountForm, navigateEvent } from './account-form.js';
import { CODE_FIELD, loadAuthenticatorKey } from './two-step.js';

type Challenge = Exclude<SignInStep, { next: 'done' }>;

export class SignInForm extends AccountForm {
  static override properties = { ...AccountForm.properties, next: { type: String }, step: { state: true } };

  /** Where to go after signing in (a hash route). */
  declare next: string;
  /** The second step the pool asked for, once the password was right. */
  declare protected step: Challenge | null;
  #signingIn = '';

  constructor() {
    super();
    this.next = '#/';
    this.step = null;
  }

  override render() {
    return this.step ? this.#renderStep(this.step) : this.#renderPassword();
  }

  #renderPassword(): TemplateResult {
    return html`
      <form novalidate @submit=${this.#submit} aria-labelledby="title">
        <h1 id="title" tabindex="-1">Sign in</h1>
        ${this.renderField({ id: 'email', label: 'Email', type: 'email', autocomplete: 'username', value: this.email })}
        ${this.renderField({ id: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' })}
        ${this.renderMessages()}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
        </div>
        <p class="more">
          New here? <a href=${href.register()}>Register</a>. Have a confirmation code?
          <a href=${href.confirm(this.email)}>Confirm your account</a>.
        </p>
      </form>
    `;
  }

  #renderStep(step: Challenge): TemplateResult {
    const setup = step.next === 'setup';
    return html`
      <form novalidate @submit=${this.#answer} aria-labelledby="title">
        <h1 id="title" tabindex="-1">${setup ? 'Set up two-step sign-in' : 'Enter your code'}</h1>
        ${
          setup
            ? html`<p class="hint">
                  This site asks for a code from an authenticator app each time you sign in. Add it to your app now.
                </p>
                <authenticator-key secret=${step.secret} account=${this.#signingIn}></authenticator-key>`
            : html`<p class="hint">Signing in as ${this.#signingIn}.</p>`
        }
        ${this.renderField(CODE_FIELD)} ${this.renderMessages()}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>
            ${this.busy ? 'Checking…' : setup ? 'Turn on and sign in' : 'Verify'}
          </button>
          <button class="button secondary" type="button" ?disabled=${this.busy} @click=${this.#restart}>
            Start over
          </button>
        </div>
        ${setup ? nothing : html`<p class="more">Lost your authenticator? Ask the site's operator to reset it.</p>`}
      </form>
    `;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const email = this.checkedEmail();
    if (email === null) return;
    const password = this.value('password', false);
    if (password === '') return void this.fail('Enter your password.', 'password');
    void this.run(
      async () => this.#continue(await this.session.signIn(email, password), email),
      (err) => {
        if (err.code === 'not_confirmed') {
          this.dispatchEvent(navigateEvent(href.confirm(email), err.message));
          return '';
        }
        return err.code === 'wrong_credentials' ? 'password' : '';
      },
    );
  }

  #answer(event: SubmitEvent): void {
    event.preventDefault();
    const step = this.step;
    if (!step) return;
    const code = this.checkedCode();
    if (code === null) return;
    void this.run(
      async () => this.#continue(await step.answer(code), this.#signingIn, step.next === 'setup'),
      (err) => {
        if (err.code === 'session_ended') this.step = null; // the password again
        return err.code === 'code_mismatch' ? CODE_FIELD.id : '';
      },
    );
  }

  async #continue(step: SignInStep, email: string, enrolled = false): Promise<void> {
    if (step.next === 'done') {
      const signedIn = `Signed in as ${email}.`;
      this.dispatchEvent(navigateEvent(this.next, enrolled ? `Two-step sign-in is on. ${signedIn}` : signedIn));
      return;
    }
    if (step.next === 'setup') await loadAuthenticatorKey();
    this.#signingIn = email;
    this.email = email; // "Start over" keeps it
    this.step = step;
    this.focusHeading();
  }

  #restart(): void {
    this.step = null;
    this.error = '';
    this.focusHeading();
  }
}

customElements.define('sign-in-form', SignInForm);

declare global {
  interface HTMLElementTagNameMap {
    'sign-in-form': SignInForm;
  }
}
