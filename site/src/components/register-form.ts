// Register with an email and a password; Cognito emails a code, which the confirm form takes.
import { html } from 'lit';
import { href } from '../routes.js';
import { AccountForm, navigateEvent } from './account-form.js';

/** The user pool's default policy (cognito.passwordPolicy in the config); Cognito has the last word. */
const PASSWORD_RULES = 'At least 8 characters, with an upper-case letter, a lower-case letter, a number and a symbol.';

export class RegisterForm extends AccountForm {
  override render() {
    return html`
      <form novalidate @submit=${this.#submit} aria-labelledby="title">
        <h1 id="title" tabindex="-1">Register</h1>
        <p class="hint">Register to like mysfits and adopt one. We email you a code to confirm the address.</p>
        ${this.renderField({ id: 'email', label: 'Email', type: 'email', autocomplete: 'email', value: this.email })}
        ${this.renderField({
          id: 'password',
          label: 'Password',
          type: 'password',
          autocomplete: 'new-password',
          minlength: 8,
          hint: PASSWORD_RULES,
        })}
        ${this.renderMessages()}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>
            ${this.busy ? 'Registering…' : 'Register'}
          </button>
        </div>
        <p class="more">
          Already registered? <a href=${href.signin()}>Sign in</a>. Have a code?
          <a href=${href.confirm()}>Confirm your account</a>.
        </p>
      </form>
    `;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const email = this.checkedEmail();
    if (email === null) return;
    const password = this.value('password', false);
    if (password.length < 8) return void this.fail(`That password is too short. ${PASSWORD_RULES}`, 'password');
    void this.run(
      async () => {
        const delivery = await this.session.signUp(email, password);
        const where = delivery.destination ? ` to ${delivery.destination}` : '';
        this.dispatchEvent(
          navigateEvent(href.confirm(email), `Registered. We sent a confirmation code${where}: enter it below.`),
        );
      },
      (err) => (err.code === 'weak_password' ? 'password' : err.code === 'user_exists' ? 'email' : ''),
    );
  }
}

customElements.define('register-form', RegisterForm);

declare global {
  interface HTMLElementTagNameMap {
    'register-form': RegisterForm;
  }
}
