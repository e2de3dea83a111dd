// destroy's imports check where ListImports is not served and one stack cannot be read. moto
// cannot refuse GetTemplate for one stack, so the CloudFormation client here is a stand-in that
// answers the three calls the check makes, in the shapes the API Reference gives.
import { strict as assert } from 'node:assert';
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { deletionOrder } from '../../generator/aws/destroy.js';

const stack = (name: string, exportName?: string): Stack =>
  ({
    StackName: name,
    StackId: `arn:aws:cloudformation:us-east-1:123456789012:stack/${name}/1`,
    StackStatus: 'CREATE_COMPLETE',
    CreationTime: new Date(0),
    Outputs: exportName ? [{ OutputKey: 'X', OutputValue: 'v', ExportName: exportName }] : [],
  }) as Stack;

function standIn(stacks: Stack[], templates: Record<string, string | Error>): CloudFormationClient {
  return {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      switch (command.constructor.name) {
        case 'ListImportsCommand':
          throw Object.assign(new Error('ListImports is not implemented'), { name: 'NotImplemented' });
        case 'DescribeStacksCommand':
          return { Stacks: stacks };
        case 'GetTemplateCommand': {
          const name = String(command.input.StackName).split('/')[1]!;
          const t = templates[name]!;
          if (t instanceof Error) throw t;
          return { TemplateBody: t };
        }
        default:
          throw new Error(`unexpected ${command.constructor.name}`);
      }
    },
  } as unknown as CloudFormationClient;
}

describe('destroy: the imports check without ListImports', () => {
  it('skips a stack whose template it cannot read, with a note, and still orders the rest', async () => {
    const exporter = stack('exporter', 'shared-queue');
    const importer = stack('importer');
    const secret = stack('secret');
    const cf = standIn([exporter, importer, secret], {
      exporter: 'Resources: {Q: {Type: AWS::SQS::Queue}}',
      importer:
        'Resources: {P: {Type: AWS::SSM::Parameter, Properties: {Type: String, Value: !ImportValue shared-queue}}}',
      secret: Object.assign(new Error('User is not authorized to perform: cloudformation:GetTemplate'), {
        name: 'AccessDenied',
      }),
    });
    const notes: string[] = [];
    const order = await deletionOrder(cf, [exporter, importer], (l) => notes.push(l));
    assert.deepEqual(
      order.map((s) => s.StackName),
      ['importer', 'exporter'],
    );
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /could not read the template of stack secret .*not authorized.*skipped/);
  });
});
