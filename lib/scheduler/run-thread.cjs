// The thread of off-thread.ts. The engine is TypeScript, compiled here by tsx as for the
// helper thread (helper.cjs); the run's result goes back as plain data.
const { parentPort, workerData } = require("node:worker_threads");

require("tsx/cjs/api").register();
const { schedule } = require("./schedule.ts");

parentPort.postMessage(schedule(workerData.input, workerData.options));
