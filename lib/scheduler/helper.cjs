// The helper thread of parallel.ts. The engine is TypeScript, compiled here by tsx as it is
// for the scripts that start a run, and the thread begins its search while the run's own goes on.
const { workerData } = require("node:worker_threads");

require("tsx/cjs/api").register();
const { aimFromBelow } = require("./aim.ts");
const { SharedBest } = require("./shared-best.ts");

const { input, seed, deadlineAt, maxSpread, targetBreaks, buffer } = workerData;
aimFromBelow(input, { seed, deadline: deadlineAt - performance.timeOrigin, maxSpread, targetBreaks }, new SharedBest(buffer));
