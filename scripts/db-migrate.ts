// Applies pending migrations to DATABASE_URL, or to the embedded database when it is unset.
import { prepareDatabase } from "../src/server/db/prepare-database";

const database = await prepareDatabase();
await database.stop();
// The WASM schema engine leaves a 10 s timer behind; nothing else is pending, so leave now.
process.exit(0);
