// The review's time to a working app: resources start once what they refer to is done; a nested
// stack takes its own longest chain; the critical path is the longest chain from main.yml.
import { strict as assert } from 'node:assert';
import { validateConfig } from '../../generator/config/load.js';
import { fromTexts } from '../../generator/review/model.js';
import { slowSteps, timeline } from '../../generator/review/timeline.js';
import { renderAll } from '../../generator/render.js';

describe('time to a working app', () => {
  it('follows references and nested stacks to the longest chain', () => {
    const templates = fromTexts([
      {
        file: 'main.yml',
        text: `Resources:
  A:
    Type: AWS::CloudFormation::Stack
    Properties: { TemplateURL: a.yml }
  B:
    Type: AWS::CloudFormation::Stack
    Properties: { TemplateURL: b.yml, Parameters: { X: !GetAtt A.Outputs.X } }
  C:
    Type: AWS::CloudFormation::Stack
    Properties: { TemplateURL: a.yml }
`,
      },
      { file: 'a.yml', text: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties: {}\n' },
      {
        file: 'b.yml',
        text: 'Resources:\n  Nat:\n    Type: AWS::EC2::NatGateway\n    Properties: {}\n  Svc:\n    Type: AWS::ECS::Service\n    Properties: { X: !Ref Nat }\n',
      },
    ]);
    const t = timeline(templates);
    // A (5) then B (2 + 3): C runs beside them and is not on the path.
    assert.equal(t.minutes, 10);
    assert.deepEqual(
      t.path.map((s) => [s.file, s.id, s.doneAt]),
      [
        ['a.yml', 'Cdn', 5],
        ['b.yml', 'Nat', 7],
        ['b.yml', 'Svc', 10],
      ],
    );
  });

  it("the app's modes: lambda is the quicker launch; the API no longer waits for the service's image", () => {
    const of = (compute: string) => timeline(fromTexts(renderAll(validateConfig({ service: { compute } }, 'test'))));
    const fargate = of('fargate');
    const lambda = of('lambda');
    assert.ok(lambda.minutes < fargate.minutes, `${lambda.minutes} vs ${fargate.minutes}`);
    assert.ok(slowSteps(fargate).some((s) => s.id === 'ServiceImage'));
    // The VPC link (V2) is not on the critical path: it is made while the image builds.
    assert.ok(
      fargate.path.every((s) => !s.type.endsWith('::VpcLink') && s.id !== 'VpcLinkSecurityGroup'),
      fargate.path.map((s) => s.id).join(' > '),
    );
  });
});
