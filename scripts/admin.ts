// `npm run admin -- <command>`: operator commands, run on the server's machine against its database.
import { nanoToUsd } from "../src/lib/money/usd-nano";
import { loadEnvFiles } from "../src/server/config/load-env-files";
import { applyGeneratedSecrets } from "../src/server/config/secrets";
import { disconnectDb } from "../src/server/db/client";
import { connectOperatorDatabase } from "../src/server/db/operator-database";
import { grantCredits } from "../src/server/services/billing/grant-credits";
import { resolveOrganization } from "../src/server/services/billing/resolve-organization";
import { verifyLedger } from "../src/server/services/billing/verify-ledger";

const USAGE = `Usage:
  npm run admin -- grant   --org <organization id | owner's email> --amount 25.00 --reason "Welcome credits"
  npm run admin -- adjust  --org <organization id | owner's email> --amount -3.50 --reason "Correction for …"
  npm run admin -- balance --org <organization id | owner's email>`;

// A hand-rolled reader: node:util parseArgs refuses option values that start with "-", like "--amount -3.50".
function readOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (!name?.startsWith("--") || value === undefined) throw new Error(`Expected --name value pairs, got "${args.slice(index).join(" ")}".`);
    options[name.slice(2)] = value;
  }
  return options;
}

async function run(command: string | undefined, options: Record<string, string>): Promise<void> {
  if (command === "grant" || command === "adjust") {
    const result = await grantCredits({
      kind: command === "grant" ? "grant" : "adjustment",
      organization: options.org ?? "",
      amountUsd: options.amount ?? "",
      reason: options.reason ?? "",
      operator: process.env.SUDO_USER ?? process.env.USER,
    });
    console.log(`${command === "grant" ? "Granted" : "Adjusted"} ${nanoToUsd(result.amountNano)} USD to ${result.organization.name} (${result.organization.id}).`);
    console.log(`Balance: ${nanoToUsd(result.balanceNano)} USD. Ledger entry ${result.ledgerEntryId}.`);
  } else if (command === "balance") {
    const organization = await resolveOrganization(options.org ?? "");
    const books = await verifyLedger(organization.id);
    console.log(`${organization.name} (${organization.id}): balance ${nanoToUsd(books.balanceNano)} USD, held ${nanoToUsd(books.reservedNano)} USD.`);
    console.log(books.ok ? "The ledger sums to the balance." : `THE LEDGER DOES NOT MATCH: ledger sum ${nanoToUsd(books.ledgerSumNano)} USD.`);
    if (!books.ok) process.exitCode = 1;
  } else {
    console.error(USAGE);
    process.exitCode = 1;
  }
}

const [command, ...rest] = process.argv.slice(2);
loadEnvFiles(false);
applyGeneratedSecrets();
let database: Awaited<ReturnType<typeof connectOperatorDatabase>> | null = null;
try {
  const options = readOptions(rest);
  database = await connectOperatorDatabase();
  await run(command, options);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (!command) console.error(USAGE);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database?.stop();
}
process.exit();
