// The thread of off-thread.ts. Run from source (tests, tools) the engine is TypeScript,
// compiled here by tsx as for the helper thread (helper.cjs); in the app's server build,
// Next.js has bundled it already. The run's result goes back as plain data.
const { parentPort, workerData } = require("node:worker_threads");

require("tsx/cjs/api").register();
const { schedule } = require("./schedule.ts");

parentPort.postMessage(schedule(workerData.input, workerData.options));
