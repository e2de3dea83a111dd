// Stack names: the rule CloudFormation holds them to and the defaults taken from the config, read
// by every layer that names a stack (package's Launch Stack links, deploy, destroy, the pipeline
// commands), so they live here at the bottom of the layer order.
import { UsageError } from '../errors.js';

/** CloudFormation's stack name rule: letters, digits and hyphens, starting with a letter, at most 128. */
export const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

/** The name, or a UsageError (exit 2) saying what a stack name may be. */
export function checkStackName(name: string): string {
  if (!STACK_NAME.test(name)) {
    throw new UsageError(
      `stack name "${name}" is not valid: letters, digits and hyphens, starting with a letter, at most 128`,
    );
  }
  return name;
}

/** The app's stack name when none is given: the config's appName. */
export const appStackName = (config: { appName: string }): string => config.appName;

/** The pipeline's stack: appName-pipeline unless --stack-name says otherwise. */
export const pipelineStackName = (config: { appName: string }): string => `${config.appName}-pipeline`;
