import { prepareDatabase } from "./prepare-database";

prepareDatabase({ seed: true }).catch((error) => {
  console.error(error);
  process.exit(1);
});
