// The thread of off-thread.ts: the run, with its helper thread beside it (parallel.ts).
// Run from source (tests, tools) the engine is TypeScript, compiled here by tsx as for the
// helper thread (helper.cjs); in the app's server build, Next.js has bundled both threads
// already. The run's result goes back as plain data.
const { parentPort, workerData } = require("node:worker_threads");

require("tsx/cjs/api").register();
const { scheduleWithHelper } = require("./parallel.ts");

parentPort.postMessage(scheduleWithHelper(workerData.input, workerData.options));
