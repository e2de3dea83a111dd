// The user pool's calls (user-pool.ts) loaded by an import() when a sign-up, confirmation,
// sign-in or refresh first needs them, then kept for the process's life: how the Lambda function
// gets them (functions/service/), so that its bundle leaves them to a part of its own. A load
// that fails is not kept: the next request tries again. (The container imports user-pool.ts
// itself: an import() in its bundle would keep every command of the SDK clients it reaches.)
import type { ServiceConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { UserPool } from './user-pool.js';

export type UserPoolLoader = () => Promise<UserPool>;

/**
 * `load` run on the first call, its answer given to every call after (calls made while it runs
 * share it); a load that fails is forgotten, so the next call runs `load` again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
}

/** The calls made with a client built when first needed. */
export const userPoolFrom = (config: ServiceConfig, log?: Logger): UserPoolLoader =>
  loadOnce(async () => (await import('./user-pool.js')).userPoolFor(config, log));
