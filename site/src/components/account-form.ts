// What the register, confirm and sign-in forms share: the session they act on, a busy state that
// blocks double submits, and errors shown in words in an alert region, with the field at fault
// marked invalid and focused so a keyboard or screen-reader user lands on what to fix.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AuthError } from '../auth/auth-error.js';
import type { Session } from '../auth/session.js';
import { siteEvent } from '../events.js';
import { base, form } from './shared-styles.js';
import { CODE_FIELD, CODE_PROBLEM, typedCode } from './two-step.js';

export interface NavigateDetail {
  readonly to: string;
  /** A message to show on the next page (announced politely). */
  readonly notice?: string;
}

export interface Field {
  readonly id: string;
  readonly label: string;
  readonly type?: 'email' | 'password' | 'text';
  readonly autocomplete: string;
  readonly value?: string;
  /** Shown under the field and read with it. */
  readonly hint?: string;
  readonly inputmode?: 'numeric';
  readonly minlength?: number;
}

export function navigateEvent(to: string, notice?: string): CustomEvent<NavigateDetail> {
  return siteEvent('navigate', { to, notice });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export abstract class AccountForm extends LitElement {
  static override styles = [base, form];
  static override properties = {
    session: { attribute: false },
    email: { type: String },
    busy: { state: true },
    error: { state: true },
    invalid: { state: true },
    info: { state: true },
  };

  declare session: Session;
  /** Prefilled email (from the page's URL). */
  declare email: string;
  declare protected busy: boolean;
  declare protected error: string;
  /** The id of the field the error is about, if one is. */
  declare protected invalid: string;
  declare protected info: string;

  constructor() {
    super();
    this.email = '';
    this.busy = false;
    this.error = '';
    this.invalid = '';
    this.info = '';
  }

  /** Moves focus to the page's heading (after navigating here), once it is rendered. */
  focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  /** A field's value, trimmed unless `trim` is false (a password keeps its spaces). */
  protected value(id: string, trim = true): string {
    const value = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    return trim ? value.trim() : value;
  }

  /** The email field's value; null when it is empty or not an address, after showing what is wrong. */
  protected checkedEmail(): string | null {
    const email = this.value('email');
    if (EMAIL.test(email)) return email;
    void this.fail(
      email === '' ? 'Enter your email address.' : 'Enter an email address like name@example.com.',
      'email',
    );
    return null;
  }

  /** The authenticator code typed (spaces dropped); null when it is not six digits, after saying so. */
  protected checkedCode(): string | null {
    const code = typedCode(this.value(CODE_FIELD.id));
    if (code === null) void this.fail(CODE_PROBLEM, CODE_FIELD.id);
    return code;
  }

  /** Runs an account action: busy while it runs, its failure shown in words. */
  protected async run(action: () => Promise<void>, fieldFor: (err: AuthError) => string = () => ''): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    this.invalid = '';
    this.info = '';
    let failure: unknown;
    try {
      await action();
    } catch (err) {
      failure = err;
    } finally {
      this.busy = false; // before focusing: a disabled button cannot take the focus
    }
    if (failure !== undefined) {
      const message = failure instanceof Error ? failure.message : String(failure);
      await this.fail(message, failure instanceof AuthError ? fieldFor(failure) : '');
    }
  }

  /** Shows the error and puts the keyboard on the field to fix (or the first field). */
  protected async fail(message: string, field = ''): Promise<void> {
    this.error = message;
    this.invalid = field;
    await this.updateComplete;
    const target = field ? this.renderRoot.querySelector<HTMLElement>(`#${field}`) : null;
    target?.focus();
  }

  /** aria attributes of a field: invalid when the error is about it, described by the error. */
  protected describedBy(id: string, hint = ''): string {
    return [hint, this.invalid === id ? 'form-error' : ''].filter(Boolean).join(' ');
  }

  /** A labelled input, marked invalid and described by the error when the error is about it. */
  protected renderField(f: Field): TemplateResult {
    const hintId = f.hint ? `${f.id}-hint` : '';
    return html`<div class="field">
      <label for=${f.id}>${f.label}</label>
      <input
        id=${f.id}
        name=${f.id}
        type=${f.type ?? 'text'}
        autocomplete=${f.autocomplete}
        inputmode=${ifDefined(f.inputmode)}
        minlength=${ifDefined(f.minlength)}
        required
        .value=${f.value ?? ''}
        aria-invalid=${this.invalid === f.id ? 'true' : 'false'}
        aria-describedby=${this.describedBy(f.id, hintId)}
      />
      ${f.hint ? html`<p class="hint" id=${hintId}>${f.hint}</p>` : nothing}
    </div>`;
  }

  protected renderMessages(): TemplateResult {
    return html`
      <p class="notice error" id="form-error" role="alert">${this.error}</p>
      <p class="notice success" role="status">${this.info}</p>
    `;
  }
}
