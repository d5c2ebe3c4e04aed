import { prepareDatabase } from "./prepare-database";

prepareDatabase({ seed: false }).catch((error) => {
  console.error(error);
  process.exit(1);
});
