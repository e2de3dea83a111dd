// The templates a stack runs now, root and nested, written to a folder under the names of the
// generated set (main.yml, core.yml, ...), so `mysfits review --templates NEW --against DIR` can
// review the change offline. The pipeline's build runs it per stage (`outputs --save-templates`).
import { mkdirSync } from 'node:fs';
import { GetTemplateCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { parseTemplate } from '../core/parse.js';
import { writeFilesAtomically } from '../fs/atomic.js';
import { ROOT_TEMPLATE } from '../builders/roots.js';
import { nestedTemplateName } from '../review/model.js';
import { describeStack, STACK_TYPE, stackTree, type StackNode } from './stacks.js';

export interface SavedTemplates {
  /** False: no such stack (a first deploy); the folder is made and left empty. */
  readonly exists: boolean;
  /** File name to the stack it was read from (its label: root or root/LogicalId). */
  readonly files: ReadonlyArray<{ readonly file: string; readonly stack: string }>;
}

/**
 * Reads the stack's template and its nested stacks' (as submitted: GetTemplate's Original stage,
 * so a SAM template keeps its Transform, as the generated one does) and writes them to `dir`:
 * the root as main.yml, each nested one under the name its parent's TemplateURL gives, without
 * the content hash of a packaged name. A stack that does not exist leaves `dir` empty.
 */
export async function saveDeployedTemplates(
  cf: CloudFormationClient,
  stackName: string,
  dir: string,
): Promise<SavedTemplates> {
  const stack = await describeStack(cf, stackName);
  mkdirSync(dir, { recursive: true });
  if (!stack) return { exists: false, files: [] };
  const tree = await stackTree(cf, stack);
  const files: { name: string; content: string; stack: string }[] = [];
  const visit = async (node: StackNode, file: string): Promise<void> => {
    const body = (await cf.send(new GetTemplateCommand({ StackName: node.id, TemplateStage: 'Original' })))
      .TemplateBody;
    if (!body) throw new Error(`${node.label}: CloudFormation returned no template`);
    if (files.some((f) => f.name === file))
      throw new Error(`${node.label}: two nested stacks read ${file}; cannot save both under one name`);
    files.push({ name: file, content: body.endsWith('\n') ? body : `${body}\n`, stack: node.label });
    const parsed = parseTemplate(body, file);
    for (const child of node.children) {
      const logicalId = child.label.slice(node.label.length + 1);
      const resource = parsed.resources.find((r) => r.id === logicalId && r.type === STACK_TYPE);
      const name = resource && nestedTemplateName(resource);
      if (!name) throw new Error(`${child.label}: its TemplateURL in ${file} names no template file`);
      await visit(child, name);
    }
  };
  await visit(tree, ROOT_TEMPLATE);
  writeFilesAtomically(
    dir,
    files.map(({ name, content }) => ({ name, content })),
  );
  return { exists: true, files: files.map((f) => ({ file: f.name, stack: f.stack })) };
}
