// The site's own events, typed once: each name with its detail. HTMLElementEventMap carries them,
// so a listener on any element reads a typed `detail` (no cast), and `siteEvent` pairs a name with
// its detail when an element dispatches one. Every one bubbles and crosses shadow roots
// (composed), so mysfits-app hears what any element below it says.
import type { Filter } from './api.js';
import type { NavigateDetail } from './components/account-form.js';
import type { AdoptedDetail } from './components/adopt-button.js';
import type { LikedDetail } from './components/like-button.js';

/** Each event's name and detail. A new event is one line here. */
export interface SiteEventDetails {
  /** Go to another page (`to`, a hash route), with a notice to show there. */
  navigate: NavigateDetail;
  /** The visitor chose a filter, or "View all" (null). */
  'filter-change': Filter | null;
  /** A like was counted. */
  liked: LikedDetail;
  /** An adoption finished, by this visitor or someone before them. */
  adopted: AdoptedDetail;
  /** The visitor asked to sign out. */
  'sign-out': null;
}

/** The site's events as the DOM's event map has them. */
export type SiteEvents = { [K in keyof SiteEventDetails]: CustomEvent<SiteEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge is the point: the DOM's map gains the site's events
  interface HTMLElementEventMap extends SiteEvents {}
}

/** A site event, bubbling and composed, with the detail its name takes. */
export function siteEvent<K extends keyof SiteEventDetails>(
  type: K,
  detail: SiteEventDetails[K],
): CustomEvent<SiteEventDetails[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
