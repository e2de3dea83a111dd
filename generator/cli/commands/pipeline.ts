// mysfits pipeline: the delivery pipeline's verbs, each a command of its own in its own module,
// imported only when it runs (`pipeline status` does not load the deploy flow).
import { defineGroup } from '../run.js';

export const pipeline = defineGroup('pipeline', {
  deploy: async () => (await import('./pipeline-deploy.js')).pipelineDeploy,
  push: async () => (await import('./pipeline-push.js')).pipelinePush,
  status: async () => (await import('./pipeline-status.js')).pipelineStatus,
});
