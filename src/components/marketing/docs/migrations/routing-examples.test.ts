import assert from "node:assert/strict";
import { test } from "node:test";
import { routingConfigSchema } from "@/server/gateway/routing/routing-config";
import { findModel } from "@/server/catalog";
import { LITELLM_AS_SWITCHBOARD, PORTKEY_AS_SWITCHBOARD, PORTKEY_CONFIG, targetModels } from "./routing-examples";

test("the routing configs in the migration guides are accepted by the settings page's schema", () => {
  for (const config of [PORTKEY_AS_SWITCHBOARD, LITELLM_AS_SWITCHBOARD]) {
    const parsed = routingConfigSchema.safeParse(config);
    assert.ok(parsed.success, parsed.success ? "" : parsed.error.message);
  }
});

test("every model the guides route to is in the catalog", () => {
  const models = [...targetModels(PORTKEY_AS_SWITCHBOARD), ...targetModels(LITELLM_AS_SWITCHBOARD), ...PORTKEY_CONFIG.targets.map((target) => target.override_params.model)];
  for (const model of models) assert.ok(findModel(model), model);
});
