// The site's shell: loads config.json, holds the session and the API client, and shows the page
// the URL's hash names. After moving to another page the keyboard goes to its heading, so
// screen-reader users hear where they are.
import { LitElement, css, html, type TemplateResult } from 'lit';
import { Api } from '../api.js';
import { NO_TRACKING, clickTracker, type Tracker } from '../analytics.js';
import { Session, type SessionChange, type SignedInUser } from '../auth/session.js';
import { loadConfig, type SiteConfig } from '../config.js';
import { href, parseRoute, type Route } from '../routes.js';
import type { NavigateDetail } from './account-form.js';
import type { AccountBar } from './account-bar.js';
import type { Tone } from './status-message.js';
import { base } from './shared-styles.js';
import './account-bar.js';
import './confirm-form.js';
import './mysfit-filters.js';
import './mysfit-grid.js';
import './mysfit-profile.js';
import './register-form.js';
import './sign-in-form.js';
import './status-message.js';

interface Focusable {
  focusHeading(): void;
}

const TITLES: Record<Route['name'], string> = {
  catalogue: 'Adopt a mysfit',
  profile: 'A mysfit',
  register: 'Register',
  confirm: 'Confirm your account',
  signin: 'Sign in',
  'two-step': 'Two-step sign-in',
  'not-found': 'Page not found',
};

export class MysfitsApp extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -4rem;
        padding: 0.5rem 1rem;
        border-radius: 8px;
        background: var(--ink);
        color: #fff;
        z-index: 1;
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.75rem clamp(1rem, 4vw, 2.5rem);
        background: var(--header-bg);
        color: var(--header-ink);
      }
      .brand {
        display: inline-flex;
        gap: 0.6rem;
        align-items: center;
        color: inherit;
        font-family: var(--display-font);
        font-size: 1.5rem;
        font-weight: 700;
        text-decoration: none;
      }
      .brand img {
        width: 2.5rem;
        height: 2.5rem;
      }
      header account-bar {
        --link: var(--header-ink);
        --secondary-ink: var(--header-ink);
      }
      main {
        flex: 1;
        width: 100%;
        max-width: 72rem;
        margin: 0 auto;
        padding: 1.25rem clamp(1rem, 4vw, 2.5rem) 2.5rem;
      }
      main:focus {
        outline: none;
      }
      .intro {
        max-width: 44rem;
        margin: 0 0 1rem;
        color: var(--muted);
        font-size: 1.05rem;
      }
      mysfit-filters {
        margin: 0 0 0.5rem;
      }
      footer {
        padding: 1rem clamp(1rem, 4vw, 2.5rem);
        color: var(--muted);
        font-size: 0.9rem;
        text-align: center;
      }
    `,
  ];
  static override properties = {
    route: { state: true },
    user: { state: true },
    config: { state: true },
    failure: { state: true },
    notice: { state: true },
    tone: { state: true },
  };

  declare private route: Route;
  declare private user: SignedInUser | null;
  declare private config: SiteConfig | null;
  /** Why the site cannot run (config.json missing or broken). */
  declare private failure: string;
  declare private notice: string;
  declare private tone: Tone;
  #session: Session | null = null;
  #api: Api | null = null;
  #tracker: Tracker = NO_TRACKING;
  #moved = false;
  /** The message a navigation brings to the next page. */
  #carried = '';

  constructor() {
    super();
    this.route = parseRoute(location.hash);
    this.user = null;
    this.config = null;
    this.failure = '';
    this.notice = '';
    this.tone = 'info';
    this.addEventListener('navigate', (e) => this.#navigate(e.detail));
    this.addEventListener('filter-change', (e) => {
      const filter = e.detail;
      if (filter) this.#tracker.track({ type: 'filter', filter: `${filter.filter}=${filter.value}` });
      location.hash = href.catalogue(filter);
    });
    this.addEventListener('liked', (e) => {
      this.#tracker.track({ type: 'like', mysfitId: e.detail.mysfitId });
    });
    this.addEventListener('adopted', (e) => {
      const { mysfitId, byYou } = e.detail;
      if (byYou) this.#tracker.track({ type: 'adopt', mysfitId });
    });
    this.addEventListener('sign-out', () => void this.#signOut());
    this.addEventListener('close', () => (this.notice = ''));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    document.addEventListener('visibilitychange', this.#onHidden);
    void this.#start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    document.removeEventListener('visibilitychange', this.#onHidden);
    super.disconnectedCallback();
  }

  async #start(): Promise<void> {
    try {
      const config = await loadConfig();
      const session = new Session(config);
      session.addEventListener('change', (e) => this.#sessionChanged(e.detail));
      this.#session = session;
      this.#api = new Api(config.apiUrl, session);
      if (config.analytics) {
        // Anonymous: POST /clicks is public, so an identity sent with a click would be the
        // browser's word, never verified; none is sent or kept.
        this.#tracker = clickTracker({ apiUrl: config.apiUrl });
        // The profile the page opened on counts as viewed too.
        if (this.route.name === 'profile') this.#tracker.track({ type: 'view', mysfitId: this.route.id });
      }
      this.user = session.user;
      this.config = config;
      void session.restore();
    } catch (err) {
      this.failure = err instanceof Error ? err.message : String(err);
    }
  }

  #onHashChange = (): void => this.#go(parseRoute(location.hash));

  /** A hidden page may never come back: what is queued goes now. */
  #onHidden = (): void => {
    if (document.visibilityState === 'hidden') this.#tracker.flush();
  };

  /**
   * Shows a route. A different page (not just another filter) takes the keyboard to its heading
   * and replaces the page-wide message with the one the navigation brought, if any.
   */
  #go(route: Route): void {
    const before = this.route;
    this.route = route;
    const moved =
      before.name !== route.name || (before.name === 'profile' && route.name === 'profile' && before.id !== route.id);
    if (moved) this.#moved = true;
    if (moved && route.name === 'profile') this.#tracker.track({ type: 'view', mysfitId: route.id });
    if (moved || this.#carried) {
      this.notice = this.#carried;
      this.tone = 'info';
    }
    this.#carried = '';
  }

  #navigate({ to, notice }: NavigateDetail): void {
    this.#carried = notice ?? '';
    if (location.hash === to) {
      this.#go(parseRoute(to));
    } else {
      location.hash = to;
    }
  }

  #sessionChanged({ user, reason }: SessionChange): void {
    this.user = user;
    if (reason) {
      this.notice = reason;
      this.tone = 'error';
    }
  }

  async #signOut(): Promise<void> {
    const signingOut = this.#session?.signOut();
    this.notice = 'You are signed out.';
    this.tone = 'info';
    await this.updateComplete;
    this.renderRoot.querySelector<AccountBar>('account-bar')?.focusSignIn();
    await signingOut;
  }

  protected override updated(): void {
    if (this.route.name !== 'profile') document.title = `${TITLES[this.route.name]} · Mythical Mysfits`;
    if (!this.#moved) return;
    // The new page's heading takes the keyboard (a view element may still be rendering it).
    const heading = this.renderRoot.querySelector<HTMLElement>('main h1');
    const view = this.renderRoot.querySelector('main > :last-child') as (Element & Partial<Focusable>) | null;
    // A view in a chunk still downloading: focus it once it is defined (the import asks for an update).
    if (!heading && view && view.localName.includes('-') && !customElements.get(view.localName)) return;
    this.#moved = false;
    if (heading) return heading.focus();
    view?.focusHeading?.();
  }

  override render() {
    return html`
      <a class="skip" href="#main" @click=${this.#skip}>Skip to content</a>
      <header>
        <a class="brand" href=${href.catalogue()}>
          <img src="favicon.svg" alt="" width="40" height="40" />
          Mythical Mysfits
        </a>
        ${this.config ? html`<account-bar .user=${this.user} .mfa=${this.config.mfa}></account-bar>` : ''}
      </header>
      <main id="main" tabindex="-1">
        <status-message .message=${this.notice} .tone=${this.tone}></status-message>
        ${this.#page()}
      </main>
      <footer>Mythical Mysfits: every creature drawn here, every adoption final.</footer>
    `;
  }

  #page(): TemplateResult {
    if (this.failure) {
      return html`<section class="notice error" role="alert">
        <h1>The site cannot start</h1>
        <p>${this.failure}</p>
        <p>If you run this site, check that config.json is deployed next to index.html.</p>
      </section>`;
    }
    const api = this.#api;
    const session = this.#session;
    if (!api || !session) return html`<p role="status">Loading…</p>`;
    const route = this.route;
    switch (route.name) {
      case 'catalogue':
        return html`<section aria-labelledby="catalogue-title">
          <h1 id="catalogue-title" tabindex="-1">Adopt a mysfit</h1>
          <p class="intro">
            Mythical creatures looking for a home. Filter them by temperament, open one to read about it,
            ${this.user ? 'and like or adopt it.' : 'and sign in to like or adopt.'}
          </p>
          <mysfit-filters .value=${route.filter}></mysfit-filters>
          <mysfit-grid .api=${api} .filter=${route.filter}></mysfit-grid>
        </section>`;
      case 'profile':
        return html`<mysfit-profile .api=${api} .mysfitId=${route.id} .user=${this.user}></mysfit-profile>`;
      case 'register':
        return html`<register-form .session=${session}></register-form>`;
      case 'confirm':
        return html`<confirm-form .session=${session} email=${route.email}></confirm-form>`;
      case 'signin':
        return html`<sign-in-form .session=${session} email=${route.email} next=${route.next}></sign-in-form>`;
      case 'two-step':
        // Its own chunk: only a visitor managing two-step sign-in downloads it.
        if (!customElements.get('two-step-page')) {
          void import('./two-step-page.js').then(
            () => this.requestUpdate(),
            () => {
              this.notice = 'Part of the site could not be downloaded: check the connection and reload.';
              this.tone = 'error';
            },
          );
        }
        return html`<two-step-page
          .session=${session}
          .mfa=${this.config?.mfa ?? 'off'}
          .signedIn=${this.user !== null}
          email=${this.user?.email ?? ''}
        ></two-step-page>`;
      case 'not-found':
        return html`<section>
          <h1 tabindex="-1">Page not found</h1>
          <p>There is no page at ${route.path}. <a href=${href.catalogue()}>See all the mysfits</a>.</p>
        </section>`;
    }
  }

  #skip(event: Event): void {
    // The hash holds the page's route, so the skip link moves focus instead of changing it.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }
}

customElements.define('mysfits-app', MysfitsApp);

declare global {
  interface HTMLElementTagNameMap {
    'mysfits-app': MysfitsApp;
  }
}
