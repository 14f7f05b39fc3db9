import { organizationProcedure } from "../../trpc";
import { listLedgerEntries, listLedgerEntriesSchema } from "../../../services/billing/list-ledger-entries";

export const ledgerProcedure = organizationProcedure.input(listLedgerEntriesSchema).query(({ ctx, input }) => listLedgerEntries(ctx.scope, input));
