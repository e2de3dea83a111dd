// Sign in with email and password. On success the visitor goes back to the page that sent them
// here (a mysfit's profile, to like or adopt it).
import { html } from 'lit';
import { href } from '../routes.js';
import { AccountForm, navigateEvent } from './account-form.js';

export class SignInForm extends AccountForm {
  static override properties = { ...AccountForm.properties, next: { type: String } };

  /** Where to go after signing in (a hash route). */
  declare next: string;

  constructor() {
    super();
    this.next = '#/';
  }

  override render() {
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

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const email = this.checkedEmail();
    if (email === null) return;
    const password = this.value('password', false);
    if (password === '') return void this.fail('Enter your password.', 'password');
    void this.run(
      async () => {
        await this.session.signIn(email, password);
        this.dispatchEvent(navigateEvent(this.next, `Signed in as ${email}.`));
      },
      (err) => {
        if (err.code === 'not_confirmed') {
          this.dispatchEvent(navigateEvent(href.confirm(email), err.message));
          return '';
        }
        return err.code === 'wrong_credentials' ? 'password' : '';
      },
    );
  }
}

customElements.define('sign-in-form', SignInForm);

declare global {
  interface HTMLElementTagNameMap {
    'sign-in-form': SignInForm;
  }
}
