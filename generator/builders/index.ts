// Every generated template: its file under templates/, and the pure builder that makes it.
import type { Config } from '../config/load.js';
import type { Template } from '../core/template.js';
import { buildCore } from './core.js';

export interface TemplateBuilder {
  /** File name under the output folder. */
  readonly file: string;
  /** What the template creates, one line, for `generate` output and docs. */
  readonly summary: string;
  readonly build: (config: Config) => Template;
}

export const TEMPLATES: readonly TemplateBuilder[] = [
  { file: 'core.yml', summary: 'VPC, subnets, NAT, DynamoDB endpoint, service security group', build: buildCore },
];
