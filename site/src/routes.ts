// The site's pages live in the URL's hash (#/mysfits/ID, #/signin), so any static host serves
// them from one index.html, reloads and the back button work, and no route reaches the server.
import { FILTER_VALUES, type Filter, type GoodEvil, type LawChaos } from './api.js';

export type Route =
  | { readonly name: 'catalogue'; readonly filter: Filter | null }
  | { readonly name: 'profile'; readonly id: string }
  | { readonly name: 'register' }
  | { readonly name: 'confirm'; readonly email: string }
  | { readonly name: 'signin'; readonly email: string; readonly next: string }
  | { readonly name: 'two-step' }
  | { readonly name: 'not-found'; readonly path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  const query = new URLSearchParams(search);
  if (path === '/' || path === '') return { name: 'catalogue', filter: parseFilter(query) };
  const profile = /^\/mysfits\/([^/]+)$/.exec(path);
  if (profile) return { name: 'profile', id: decodeURIComponent(profile[1]!) };
  if (path === '/register') return { name: 'register' };
  if (path === '/confirm') return { name: 'confirm', email: query.get('email') ?? '' };
  if (path === '/two-step') return { name: 'two-step' };
  if (path === '/signin') {
    const next = query.get('next') ?? '';
    // Only a page of this site (a hash route), never another origin.
    return { name: 'signin', email: query.get('email') ?? '', next: next.startsWith('#/') ? next : '#/' };
  }
  return { name: 'not-found', path };
}

function parseFilter(query: URLSearchParams): Filter | null {
  const filter = query.get('filter');
  const value = query.get('value') ?? '';
  if (filter === 'GoodEvil' && (FILTER_VALUES.GoodEvil as readonly string[]).includes(value)) {
    return { filter, value: value as GoodEvil };
  }
  if (filter === 'LawChaos' && (FILTER_VALUES.LawChaos as readonly string[]).includes(value)) {
    return { filter, value: value as LawChaos };
  }
  return null;
}

export const href = {
  catalogue: (filter: Filter | null = null): string =>
    filter ? `#/?filter=${filter.filter}&value=${filter.value}` : '#/',
  profile: (id: string): string => `#/mysfits/${encodeURIComponent(id)}`,
  register: (): string => '#/register',
  twoStep: (): string => '#/two-step',
  confirm: (email = ''): string => (email ? `#/confirm?email=${encodeURIComponent(email)}` : '#/confirm'),
  signin: (email = '', next = ''): string => {
    const query = new URLSearchParams();
    if (email) query.set('email', email);
    if (next && next !== '#/') query.set('next', next);
    const q = query.toString();
    return q ? `#/signin?${q}` : '#/signin';
  },
};
