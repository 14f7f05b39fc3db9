import { router } from "../../trpc";
import { createApiKeyProcedure } from "./create";
import { listApiKeysProcedure } from "./list";
import { renameApiKeyProcedure } from "./rename";
import { revokeApiKeyProcedure } from "./revoke";

export const apiKeysRouter = router({
  list: listApiKeysProcedure,
  create: createApiKeyProcedure,
  rename: renameApiKeyProcedure,
  revoke: revokeApiKeyProcedure,
});
