export { startFakeProvider } from "./fake-provider";
export { countTokens, embeddingFor } from "./reply-planner";
export type {
  FakeFault,
  FakeFaultKind,
  FakeProvider,
  FakeProviderFormat,
  FakeProviderOptions,
  FaultScope,
  RecordedRequest,
} from "./types";
