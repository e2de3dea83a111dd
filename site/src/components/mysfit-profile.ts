// A mysfit's profile: picture, description, age, alignment, likes and whether it is adopted.
// Signed-in visitors get the like and adopt buttons; others a way to sign in and come back.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { ApiError, type Api, type Mysfit } from '../api.js';
import type { SignedInUser } from '../auth/session.js';
import { href } from '../routes.js';
import type { AdoptedDetail } from './adopt-button.js';
import type { LikedDetail } from './like-button.js';
import { base } from './shared-styles.js';
import './adopt-button.js';
import './like-button.js';

export class MysfitProfile extends LitElement {
  static override styles = [
    base,
    css`
      .back {
        display: inline-block;
        margin: 0 0 1rem;
      }
      article {
        display: grid;
        grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
        gap: 1.5rem 2rem;
        align-items: start;
        padding: 1.5rem;
        border-radius: var(--radius);
        background: var(--card);
        box-shadow: var(--shadow);
      }
      @media (max-width: 40rem) {
        article {
          grid-template-columns: 1fr;
          padding: 1rem;
        }
      }
      img {
        width: 100%;
        height: auto;
        aspect-ratio: 1;
        border-radius: var(--radius);
        background: var(--image-bg);
      }
      .species {
        margin: 0 0 1rem;
        color: var(--muted);
        font-size: 1.1rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 1rem;
        margin: 1rem 0;
      }
      dt {
        font-weight: 600;
        color: var(--muted);
      }
      dd {
        margin: 0;
      }
      .adopted {
        display: inline-block;
        padding: 0.15rem 0.6rem;
        border-radius: 999px;
        background: var(--success);
        color: #fff;
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: start;
      }
      .description {
        font-size: 1.05rem;
        line-height: 1.55;
      }
    `,
  ];
  static override properties = {
    api: { attribute: false },
    mysfitId: { attribute: false },
    user: { attribute: false },
    mysfit: { state: true },
    error: { state: true },
    notFound: { state: true },
    news: { state: true },
  };

  declare api: Api;
  declare mysfitId: string;
  declare user: SignedInUser | null;
  declare private mysfit: Mysfit | null;
  declare private error: string;
  /** The error is "no such mysfit": a retry cannot help. */
  declare private notFound: boolean;
  /** What just happened (an adoption), announced and focused when the button goes away. */
  declare private news: string;
  #focusPending = false;

  constructor() {
    super();
    this.user = null;
    this.mysfit = null;
    this.error = '';
    this.notFound = false;
    this.news = '';
    this.addEventListener('liked', (e) => this.#liked(e));
    this.addEventListener('adopted', (e) => void this.#adopted(e));
  }

  /** Moves focus to the mysfit's name, now or as soon as the profile has loaded. */
  focusHeading(): void {
    this.#focusPending = true;
    this.requestUpdate();
  }

  protected override updated(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    if (this.#focusPending && heading) {
      this.#focusPending = false;
      heading.focus();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mysfitId') || changed.has('api')) void this.load();
  }

  async load(): Promise<void> {
    const id = this.mysfitId;
    this.error = '';
    this.news = '';
    try {
      const mysfit = await this.api.get(id);
      if (id === this.mysfitId) {
        this.mysfit = mysfit;
        document.title = `${mysfit.name} · Mythical Mysfits`;
      }
    } catch (err) {
      if (id === this.mysfitId) {
        this.mysfit = null;
        this.notFound = err instanceof ApiError && err.status === 404;
        this.error = err instanceof Error ? err.message : String(err);
      }
    }
  }

  override render() {
    const back = html`<a class="back" href=${href.catalogue()}>← All mysfits</a>`;
    if (this.error) {
      // A mysfit that does not exist will not appear on a retry: offer the catalogue instead.
      return html`${back}
        <div class="notice error" role="alert">
          <p>${this.error}</p>
          ${
            this.notFound
              ? html`<a class="button" href=${href.catalogue()}>See all the mysfits</a>`
              : html`<button class="button" type="button" @click=${() => void this.load()}>Try again</button>`
          }
        </div>`;
    }
    const m = this.mysfit;
    if (!m || m.mysfitId !== this.mysfitId)
      return html`${back}
        <p role="status">Loading…</p>`;
    return html`
      ${back}
      <article aria-labelledby="name">
        <img src=${m.profileImageUri} alt="Drawing of ${m.name}, the ${m.species}" width="400" height="400" />
        <div>
          <h1 id="name" tabindex="-1">${m.name}</h1>
          <p class="species">${m.species}</p>
          <p class="description">${m.description}</p>
          <dl>
            <dt>Age</dt>
            <dd>${m.age} ${m.age === 1 ? 'year' : 'years'}</dd>
            <dt>Alignment</dt>
            <dd>${m.goodevil === m.lawchaos ? 'True neutral' : `${m.lawchaos} ${m.goodevil}`}</dd>
            <dt>Likes</dt>
            <dd data-testid="likes">${m.likes}</dd>
            <dt>Adoption</dt>
            <dd>${m.adopted ? html`<span class="adopted">Adopted</span>` : html`<span>Looking for a home</span>`}</dd>
          </dl>
          <p class="notice success" id="news" tabindex="-1" role="status">${this.news}</p>
          ${this.#actions(m)}
        </div>
      </article>
    `;
  }

  #actions(m: Mysfit) {
    if (!this.user) {
      return html`<p>
        <a href=${href.signin('', href.profile(m.mysfitId))}>Sign in</a> or <a href=${href.register()}>register</a> to
        like ${m.adopted ? m.name : `or adopt ${m.name}`}.
      </p>`;
    }
    return html`<div class="actions">
      <like-button .api=${this.api} .mysfitId=${m.mysfitId} name=${m.name}></like-button>
      ${m.adopted ? nothing : html`<adopt-button .api=${this.api} .mysfitId=${m.mysfitId} name=${m.name}></adopt-button>`}
    </div>`;
  }

  #liked(event: CustomEvent<LikedDetail>): void {
    if (this.mysfit?.mysfitId === event.detail.mysfitId) {
      this.mysfit = { ...this.mysfit, likes: event.detail.likes };
    }
  }

  async #adopted(event: CustomEvent<AdoptedDetail>): Promise<void> {
    if (this.mysfit?.mysfitId !== event.detail.mysfitId) return;
    this.mysfit = { ...this.mysfit, adopted: true };
    this.news = event.detail.message;
    // The adopt button (which had focus) is gone: keep the keyboard where the news is.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#news')?.focus();
  }
}

customElements.define('mysfit-profile', MysfitProfile);

declare global {
  interface HTMLElementTagNameMap {
    'mysfit-profile': MysfitProfile;
  }
}
