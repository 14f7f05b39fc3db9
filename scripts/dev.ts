// `npm run dev`: Next's dev server (hot reload) on the same database and secrets as `npm start`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { loadEnvFiles } from "../src/server/config/load-env-files";
import { applyGeneratedSecrets } from "../src/server/config/secrets";
import { prepareDatabase } from "../src/server/db/prepare-database";

loadEnvFiles(true);
applyGeneratedSecrets();
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
const database = await prepareDatabase();
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "dev", "--port", process.env.PORT ?? "3000"], { stdio: "inherit" });
const stop = () => child.kill("SIGINT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
