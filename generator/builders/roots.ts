// The root templates: main.yml in the source form, and its packaged name per compute mode.
import type { Config } from '../config/load.js';

/** The root template: its nested stacks' wiring is checked against the others. */
export const ROOT_TEMPLATE = 'main.yml';

/** The packaged root template of each compute mode (`package` writes both; the Launch Stack page offers both). */
export const ROOT_FILES: Readonly<Record<Config['service']['compute'], string>> = {
  fargate: ROOT_TEMPLATE,
  lambda: 'main-lambda.yml',
};
