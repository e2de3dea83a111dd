// Facts derived from the config, each declared once (issue 32): what network.natGateways means in
// NAT gateways, and "this config in the other compute mode". Every reader (core.yml's builder, the
// launch page's quota line, the review reading the mode back, package's two buttons, the review's
// comparisons) is checked against the one declaration.
import { strict as assert } from 'node:assert';
import { apiProblems, COMPUTE_MODES, modesOwnFirst, withCompute } from '../../generator/config/api.js';
import { validateConfig } from '../../generator/config/load.js';
import { NAT_GATEWAYS, NAT_MODES, natGatewayCount, natModeOfCount } from '../../generator/config/network.js';
import { modeSummary } from '../../generator/builders/modes.js';
import { renderAll } from '../../generator/render.js';
import { fromTexts } from '../../generator/review/model.js';
import { timelineInMode } from '../../generator/review/report.js';
import { modesOfTemplates } from '../../generator/cli/commands/review.js';

describe('config-derived facts, each declared once', () => {
  it('natGateways: core.yml builds NAT_GATEWAYS[mode] gateways and Elastic IPs, the launch page counts them', () => {
    assert.deepEqual(NAT_MODES, ['perAz', 'single', 'none']);
    for (const mode of NAT_MODES) {
      const config = validateConfig({ network: { natGateways: mode } }, `natGateways ${mode}`);
      const core = fromTexts(renderAll(config)).find((t) => t.file === 'core.yml')!;
      const count = (type: string) => core.parsed.resources.filter((r) => r.type === type).length;
      assert.equal(count('AWS::EC2::NatGateway'), NAT_GATEWAYS[mode], mode);
      assert.equal(count('AWS::EC2::EIP'), natGatewayCount(config), mode);
      const eips = natGatewayCount(config);
      assert.match(
        modeSummary(config, 'fargate').needs[0]!,
        new RegExp(`and ${eips} Elastic IP address${eips === 1 ? '' : 'es'} for NAT`),
      );
    }
  });

  it('the review reads the NAT mode back from the gateways in core.yml, whatever the config says', () => {
    for (const mode of NAT_MODES) {
      assert.equal(natModeOfCount(NAT_GATEWAYS[mode]), mode);
      const built = fromTexts(renderAll(validateConfig({ network: { natGateways: mode } }, mode)));
      const other = validateConfig({ network: { natGateways: mode === 'single' ? 'none' : 'single' } }, 'other');
      assert.equal(modesOfTemplates(other, built).network.natGateways, mode);
    }
    assert.equal(natModeOfCount(7), undefined);
  });

  it('both compute modes, the config’s own first', () => {
    assert.deepEqual(COMPUTE_MODES, ['fargate', 'lambda']);
    assert.deepEqual(modesOwnFirst(validateConfig({ service: { compute: 'lambda' } }, 'l')), ['lambda', 'fargate']);
    assert.deepEqual(modesOwnFirst(validateConfig({}, 'f')), ['fargate', 'lambda']);
  });

  it('the config in the other mode builds even when its API settings only fit its own (review timeline)', () => {
    // api.tracing sampled is lambda-only (the function's own tracing): fargate with it is not a
    // valid config. Copying the config with only service.compute changed (as package and the
    // review's timeline did) gave one.
    const config = validateConfig({ service: { compute: 'lambda' }, api: { tracing: 'sampled' } }, 'sampled');
    assert.notDeepEqual(apiProblems({ ...config, service: { ...config.service, compute: 'fargate' } }), []);
    assert.deepEqual(apiProblems(withCompute(config, 'fargate')), []);
    assert.equal(withCompute(config, 'fargate').api.tracing, undefined);
    // An HTTP API now serves either mode (fargate over the VPC link V2): it is kept.
    const http = validateConfig({ service: { compute: 'lambda' }, api: { type: 'http' } }, 'http');
    assert.equal(withCompute(http, 'fargate').api.type, 'http');
    for (const mode of COMPUTE_MODES) assert.ok(timelineInMode(config, mode).minutes > 0, mode);
  });
});
