import { router } from "../../trpc";
import { createProviderCredentialProcedure } from "./create";
import { deleteProviderCredentialProcedure } from "./delete";
import { listProviderCredentialsProcedure } from "./list";
import { setProviderCredentialEnabledProcedure } from "./set-enabled";
import { testProviderCredentialProcedure } from "./test-connection";

export const providerCredentialsRouter = router({
  list: listProviderCredentialsProcedure,
  create: createProviderCredentialProcedure,
  setEnabled: setProviderCredentialEnabledProcedure,
  delete: deleteProviderCredentialProcedure,
  test: testProviderCredentialProcedure,
});
