import { router } from "../../trpc";
import { completeCardSetupProcedure } from "./complete-card-setup";
import { createCardSetupProcedure } from "./create-card-setup";
import { createTopUpCheckoutProcedure } from "./create-top-up-checkout";
import { ledgerProcedure } from "./ledger";
import { billingOverviewProcedure } from "./overview";
import { paymentsProcedure } from "./payments";
import { removeCardProcedure } from "./remove-card";
import { topUpStatusProcedure } from "./top-up-status";
import { updateAutoTopUpProcedure } from "./update-auto-top-up";
import { usageProcedure } from "./usage";

export const billingRouter = router({
  overview: billingOverviewProcedure,
  createTopUpCheckout: createTopUpCheckoutProcedure,
  topUpStatus: topUpStatusProcedure,
  createCardSetup: createCardSetupProcedure,
  completeCardSetup: completeCardSetupProcedure,
  removeCard: removeCardProcedure,
  updateAutoTopUp: updateAutoTopUpProcedure,
  ledger: ledgerProcedure,
  payments: paymentsProcedure,
  usage: usageProcedure,
});
