// Confirm a registration with the code Cognito emailed (the local run prints it in its terminal).
// An expired code can be replaced from here.
import { html } from 'lit';
import { href } from '../routes.js';
import { AccountForm, navigateEvent } from './account-form.js';

export class ConfirmForm extends AccountForm {
  override render() {
    return html`
      <form novalidate @submit=${this.#submit} aria-labelledby="title">
        <h1 id="title" tabindex="-1">Confirm your account</h1>
        <p class="hint">Enter the code we sent to your email address.</p>
        ${this.renderField({ id: 'email', label: 'Email', type: 'email', autocomplete: 'email', value: this.email })}
        ${this.renderField({
          id: 'code',
          label: 'Confirmation code',
          autocomplete: 'one-time-code',
          inputmode: 'numeric',
          hint: 'The code is in the email we sent when you registered.',
        })}
        ${this.renderMessages()}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${this.busy ? 'Confirming…' : 'Confirm'}</button>
          <button
            class="button secondary"
            id="resend"
            type="button"
            ?disabled=${this.busy}
            @click=${this.#resend}
            aria-describedby=${this.describedBy('resend')}
          >
            Send a new code
          </button>
        </div>
        <p class="more">Confirmed already? <a href=${href.signin(this.email)}>Sign in</a>.</p>
      </form>
    `;
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const email = this.checkedEmail();
    if (email === null) return;
    const code = this.value('code');
    if (code === '') return void this.fail('Enter the code from the email.', 'code');
    void this.run(
      async () => {
        await this.session.confirm(email, code);
        this.dispatchEvent(navigateEvent(href.signin(email), 'Your account is confirmed. Sign in.'));
      },
      (err) => {
        if (err.code === 'already_confirmed') {
          this.dispatchEvent(navigateEvent(href.signin(email), err.message));
          return '';
        }
        return err.code === 'code_expired' ? 'resend' : err.code === 'no_such_user' ? 'email' : 'code';
      },
    );
  }

  #resend(): void {
    const email = this.checkedEmail();
    if (email === null) return;
    void this.run(
      async () => {
        const delivery = await this.session.resend(email);
        this.info = `We sent a new code${delivery.destination ? ` to ${delivery.destination}` : ''}.`;
      },
      (err) => (err.code === 'no_such_user' ? 'email' : ''),
    );
  }
}

customElements.define('confirm-form', ConfirmForm);

declare global {
  interface HTMLElementTagNameMap {
    'confirm-form': ConfirmForm;
  }
}
