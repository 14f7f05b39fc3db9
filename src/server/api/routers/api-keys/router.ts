import { router } from "../../trpc";
import { createApiKeyProcedure } from "./create";
import { listApiKeysProcedure } from "./list";
import { renameApiKeyProcedure } from "./rename";
import { revokeApiKeyProcedure } from "./revoke";
import { updateApiKeyLimitsProcedure } from "./update-limits";

export const apiKeysRouter = router({
  list: listApiKeysProcedure,
  create: createApiKeyProcedure,
  rename: renameApiKeyProcedure,
  revoke: revokeApiKeyProcedure,
  updateLimits: updateApiKeyLimitsProcedure,
});
