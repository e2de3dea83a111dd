// Who is signed in, and a valid id token for the API. The Cognito library (./cognito.ts) is
// imported on first need: registering, confirming, signing in or out, or renewing an expired
// id token. A returning visitor whose id token is still good never downloads it.
import type { SiteConfig } from '../config.js';
import { AuthError, libraryUnavailable } from './auth-error.js';
import type { AuthenticatorSetup, CodeDelivery, CognitoClient, SignInStep } from './cognito.js';

export type { AuthenticatorSetup, SignInStep } from './cognito.js';
import { clearStoredSession, isFresh, readStoredSession, storageKey } from './stored-session.js';

export interface SignedInUser {
  readonly email: string;
}

export interface SessionChange {
  readonly user: SignedInUser | null;
  /** Why the session ended on its own (expired, refused), to tell the visitor. */
  readonly reason?: string;
}

export class Session extends EventTarget {
  #user: SignedInUser | null;
  #library: Promise<CognitoClient> | undefined;
  #refreshing: Promise<string> | undefined;
  readonly #clientId: string;
  readonly #config: SiteConfig;

  constructor(config: SiteConfig) {
    super();
    this.#config = config;
    this.#clientId = config.userPoolClientId;
    const stored = readStoredSession(this.#clientId);
    this.#user = stored ? { email: stored.email } : null;
    // Signing in or out in another tab changes this one too.
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key.startsWith(storageKey(this.#clientId))) {
        const now = readStoredSession(this.#clientId);
        this.#set(now ? { email: now.email } : null);
      }
    });
  }

  get user(): SignedInUser | null {
    return this.#user;
  }

  /**
   * At start: a stored session whose id token has expired is renewed now, so a returning visitor
   * stays signed in until the refresh token expires. A network failure keeps the session (it is
   * renewed on the next action); a refused refresh token signs out with a reason.
   */
  async restore(): Promise<void> {
    const stored = readStoredSession(this.#clientId);
    if (!stored || isFresh(stored)) return;
    try {
      await this.refresh();
    } catch {
      // refresh() has already signed out when the session is over; otherwise retried on use.
    }
  }

  /** A valid id token for the API (renewed first when it is about to expire). */
  async idToken(): Promise<string> {
    const stored = readStoredSession(this.#clientId);
    if (!stored) {
      this.#set(null);
      throw new AuthError('session_ended', 'You are signed out. Sign in to do that.');
    }
    return isFresh(stored) ? stored.idToken : this.refresh();
  }

  /** Renews the id token with the refresh token; concurrent callers share one renewal. */
  refresh(): Promise<string> {
    this.#refreshing ??= (async () => {
      try {
        await (await this.#cognito()).refresh();
        const stored = readStoredSession(this.#clientId);
        if (!stored) throw new AuthError('session_ended', 'Your session has ended. Sign in again.');
        this.#set({ email: stored.email });
        return stored.idToken;
      } catch (err) {
        if (err instanceof AuthError && err.code === 'session_ended') this.end(err.message);
        throw err;
      } finally {
        this.#refreshing = undefined;
      }
    })();
    return this.#refreshing;
  }

  /** Forgets a session the API or Cognito refused, saying why. */
  end(reason: string): void {
    clearStoredSession(this.#clientId);
    this.#set(null, reason);
  }

  async signUp(email: string, password: string): Promise<CodeDelivery> {
    return (await this.#cognito()).signUp(email, password);
  }

  async confirm(email: string, code: string): Promise<void> {
    return (await this.#cognito()).confirm(email, code);
  }

  async resend(email: string): Promise<CodeDelivery> {
    return (await this.#cognito()).resend(email);
  }

  /** Signs in, or answers the step the pool asks for next (an authenticator code, or its setup first). */
  async signIn(email: string, password: string): Promise<SignInStep> {
    return this.#follow(await (await this.#cognito()).signIn(email, password), email);
  }

  /** Whether the signed-in user is asked for an authenticator code. */
  async authenticatorEnabled(): Promise<boolean> {
    return (await this.#cognito()).authenticatorEnabled();
  }

  async setUpAuthenticator(): Promise<AuthenticatorSetup> {
    return (await this.#cognito()).setUpAuthenticator();
  }

  async turnOffAuthenticator(): Promise<void> {
    return (await this.#cognito()).turnOffAuthenticator();
  }

  /** The step as the caller sees it; once done, the visitor is signed in here. */
  #follow(step: SignInStep, email: string): SignInStep {
    if (step.next === 'done') {
      const stored = readStoredSession(this.#clientId);
      this.#set({ email: stored?.email ?? email });
      return step;
    }
    return { ...step, answer: async (code: string) => this.#follow(await step.answer(code), email) };
  }

  /** Signed out here at once; the refresh token is revoked with Cognito in the background. */
  async signOut(): Promise<void> {
    this.#set(null);
    let cognito: CognitoClient;
    try {
      cognito = await this.#cognito();
    } catch {
      clearStoredSession(this.#clientId);
      return;
    }
    await cognito.signOut();
  }

  #cognito(): Promise<CognitoClient> {
    this.#library ??= import('./cognito.js').then(
      (module) => module.cognitoClient(this.#config),
      () => {
        this.#library = undefined; // the next attempt downloads it again
        throw libraryUnavailable();
      },
    );
    return this.#library;
  }

  /** The session's one event, `change` (who is signed in now), typed where it is declared. */
  override addEventListener(
    type: 'change',
    listener: (event: CustomEvent<SessionChange>) => void,
    options?: AddEventListenerOptions | boolean,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | ((event: CustomEvent<SessionChange>) => void) | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    // The one cast: what `#set` dispatches as `change` is a CustomEvent<SessionChange>.
    super.addEventListener(type, listener as EventListenerOrEventListenerObject | null, options);
  }

  #set(user: SignedInUser | null, reason?: string): void {
    if (user?.email === this.#user?.email && reason === undefined) return;
    this.#user = user;
    this.dispatchEvent(new CustomEvent<SessionChange>('change', { detail: { user, reason } }));
  }
}
