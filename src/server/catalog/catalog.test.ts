import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findModel,
  findProvider,
  isPlainUsdAmount,
  isRetired,
  listModels,
  listProviders,
  offeringsFor,
  pricePerMillion,
} from './index';
import type { ModelOffering } from './index';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const allOfferings: readonly ModelOffering[] = listModels().flatMap((model) => model.offerings);

function assertIsoDate(value: string, label: string): void {
  assert.match(value, ISO_DATE, label);
  assert.ok(!Number.isNaN(Date.parse(value)), `${label} is not a real date: ${value}`);
}

test('has at least 15 providers with unique lowercase slugs', () => {
  const providers = listProviders();
  assert.ok(providers.length >= 15, `only ${providers.length} providers`);
  const ids = providers.map((provider) => provider.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate provider id');
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('provider env var names follow <ID>_BASE_URL / <ID>_API_KEY', () => {
  for (const provider of listProviders()) {
    const prefix = provider.id.toUpperCase().replaceAll('-', '_');
    assert.equal(provider.baseUrlEnv, `${prefix}_BASE_URL`, provider.id);
    assert.equal(provider.apiKeyEnv, `${prefix}_API_KEY`, provider.id);
  }
  assert.equal(findProvider('google-ai-studio')?.apiKeyEnv, 'GOOGLE_AI_STUDIO_API_KEY');
  assert.equal(findProvider('google-ai-studio')?.baseUrlEnv, 'GOOGLE_AI_STUDIO_BASE_URL');
});

test('provider base URLs are https without a trailing slash', () => {
  for (const provider of listProviders()) {
    const url = new URL(provider.defaultBaseUrl);
    assert.equal(url.protocol, 'https:', provider.id);
    assert.ok(!provider.defaultBaseUrl.endsWith('/'), `${provider.id} base URL ends with "/"`);
    assert.ok(url.hostname.length > 0 && new URL(provider.website).protocol === 'https:', provider.id);
  }
  assert.equal(findProvider('openai')?.defaultBaseUrl, 'https://api.openai.com/v1');
  assert.equal(findProvider('anthropic')?.defaultBaseUrl, 'https://api.anthropic.com');
  assert.equal(findProvider('groq')?.defaultBaseUrl, 'https://api.groq.com/openai/v1');
  assert.equal(findProvider('anthropic')?.wireFormat, 'anthropic');
  assert.equal(findProvider('google-ai-studio')?.wireFormat, 'google');
});

test('has at least 100 chat + embedding models with unique, slash-free ids', () => {
  const models = listModels();
  assert.ok(models.length >= 100, `only ${models.length} models`);
  const ids = models.map((model) => model.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate model id');
  for (const id of ids) {
    assert.ok(!id.includes('/'), `model id "${id}" contains "/"`);
    assert.equal(id, id.toLowerCase(), `model id "${id}" is not lowercase`);
  }
  assert.equal(listModels({ kind: 'chat' }).length + listModels({ kind: 'embedding' }).length, models.length);
  assert.ok(listModels({ kind: 'embedding' }).length >= 4);
});

test('every model has offerings, and every offering names a known provider', () => {
  for (const model of listModels()) {
    assert.ok(model.offerings.length >= 1, `${model.id} has no offerings`);
    assert.ok(model.name.length > 0 && model.description.length > 0 && model.family.length > 0, model.id);
    for (const offering of model.offerings) {
      assert.notEqual(findProvider(offering.providerId), null, `${model.id}: unknown ${offering.providerId}`);
      assert.equal(offering.modelId, model.id);
      assert.ok(offering.providerModel.trim().length > 0, `${model.id}: empty providerModel`);
    }
  }
});

test('no provider lists the same upstream model twice', () => {
  const seen = new Set<string>();
  for (const offering of allOfferings) {
    const key = `${offering.providerId}|${offering.providerModel}`;
    assert.ok(!seen.has(key), `duplicate offering ${key}`);
    seen.add(key);
  }
});

test('prices are non-negative plain decimal strings and consistent', () => {
  for (const offering of allOfferings) {
    const label = `${offering.providerId}/${offering.providerModel}`;
    const priceSets = [offering.prices, ...(offering.longContextPrices ? [offering.longContextPrices.prices] : [])];
    for (const prices of priceSets) {
      for (const [field, value] of Object.entries(prices)) {
        assert.equal(typeof value, 'string', `${label} ${field}`);
        assert.ok(isPlainUsdAmount(value), `${label} ${field} = "${value}"`);
      }
      // A cache hit that costs more than a miss is always a data-entry slip.
      if (prices.cachedInput !== undefined) {
        assert.ok(Number(prices.cachedInput) <= Number(prices.input), `${label}: cached > input`);
      }
    }
    if (offering.longContextPrices) {
      assert.ok(offering.longContextPrices.aboveInputTokens < offering.contextWindow, `${label}: tier unreachable`);
    }
  }
});

test('per-token prices round-trip to the published per-million figures', () => {
  const sonnet = findModel('anthropic/claude-sonnet-4-5')?.pinnedProvider;
  assert.ok(sonnet);
  assert.deepEqual(sonnet.prices, {
    input: '0.000003',
    output: '0.000015',
    cachedInput: '0.0000003',
    cacheWrite: '0.00000375',
  });
  const flash = findModel('google-ai-studio/gemini-2.5-flash')?.pinnedProvider;
  assert.equal(flash?.prices.input, '0.0000003');
  assert.equal(flash?.prices.output, '0.0000025');
  assert.equal(pricePerMillion(flash.prices.input), '0.3');
  const mini = findModel('openai/gpt-4o-mini')?.pinnedProvider;
  assert.deepEqual(mini?.prices, { input: '0.00000015', output: '0.0000006', cachedInput: '0.000000075' });
});

test('limits, capabilities and lifecycle fields are coherent', () => {
  for (const model of listModels()) {
    for (const offering of model.offerings) {
      const label = `${model.id} @ ${offering.providerId}`;
      assert.ok(Number.isSafeInteger(offering.contextWindow) && offering.contextWindow > 0, label);
      assertIsoDate(offering.pricesAsOf, `${label} pricesAsOf`);
      if (offering.deprecatedAt !== undefined) {
        assert.equal(offering.stability, 'deprecated', `${label}: deprecatedAt on a non-deprecated offering`);
        assertIsoDate(offering.deprecatedAt, `${label} deprecatedAt`);
      }
      if (model.kind === 'embedding') {
        assert.equal(offering.maxOutput, 0, label);
        assert.equal(offering.prices.output, '0', label);
        assert.equal(findProvider(offering.providerId)?.supportsEmbeddings, true, label);
      } else {
        assert.ok(offering.maxOutput > 0 && offering.maxOutput <= offering.contextWindow, label);
        assert.equal(offering.capabilities.streaming, true, label);
      }
    }
    if (model.kind === 'embedding') assert.ok((model.dimensions ?? 0) > 0, `${model.id} lacks dimensions`);
    else assert.equal(model.dimensions, undefined, model.id);
  }
});

test('catalog objects are frozen so callers cannot alter shared billing data', () => {
  const model = listModels()[0];
  assert.ok(model && Object.isFrozen(model) && Object.isFrozen(model.offerings));
  assert.ok(Object.isFrozen(model.offerings[0]?.prices));
});

test('open models are offered by several providers at their own prices', () => {
  for (const id of ['llama-3.3-70b', 'gpt-oss-120b', 'kimi-k2-0905', 'qwen3-coder-480b', 'deepseek-v3.1']) {
    const offerings = offeringsFor(id);
    assert.ok(offerings.length >= 3, `${id} has ${offerings.length} offerings`);
    assert.ok(new Set(offerings.map((offering) => offering.prices.input)).size > 1, `${id} prices all equal`);
  }
  assert.deepEqual(
    offeringsFor('gpt-4o-mini').map((offering) => offering.providerId),
    ['openai', 'openrouter'],
  );
});

test('findModel resolves bare ids without pinning a provider', () => {
  const lookup = findModel('gpt-4o-mini');
  assert.equal(lookup?.model.id, 'gpt-4o-mini');
  assert.equal(lookup?.pinnedProvider, undefined);
  assert.equal(findModel('claude-sonnet-4-5')?.model.name, 'Claude Sonnet 4.5');
  assert.equal(findModel('gemini-2.5-flash')?.model.vendor, 'google');
  assert.equal(findModel('llama-3.3-70b')?.model.vendor, 'meta');
  assert.equal(findModel('text-embedding-3-small')?.model.kind, 'embedding');
  assert.equal(findModel('  GPT-4o-Mini ')?.model.id, 'gpt-4o-mini', 'case and whitespace are ignored');
});

test('findModel pins the provider named in a prefixed id', () => {
  const cases = [
    ['openai/gpt-4o-mini', 'gpt-4o-mini', 'openai', 'gpt-4o-mini'],
    ['anthropic/claude-sonnet-4-5', 'claude-sonnet-4-5', 'anthropic', 'claude-sonnet-4-5-20250929'],
    ['google-ai-studio/gemini-2.5-flash', 'gemini-2.5-flash', 'google-ai-studio', 'gemini-2.5-flash'],
    ['openrouter/gpt-4o-mini', 'gpt-4o-mini', 'openrouter', 'openai/gpt-4o-mini'],
    ['groq/llama-3.3-70b', 'llama-3.3-70b', 'groq', 'llama-3.3-70b-versatile'],
    // The provider's own upstream name works after the prefix too.
    ['groq/llama-3.3-70b-versatile', 'llama-3.3-70b', 'groq', 'llama-3.3-70b-versatile'],
    ['openrouter/anthropic/claude-sonnet-4.5', 'claude-sonnet-4-5', 'openrouter', 'anthropic/claude-sonnet-4.5'],
  ] as const;
  for (const [requested, modelId, providerId, providerModel] of cases) {
    const lookup = findModel(requested);
    assert.equal(lookup?.model.id, modelId, requested);
    assert.equal(lookup?.pinnedProvider?.providerId, providerId, requested);
    assert.equal(lookup?.pinnedProvider?.providerModel, providerModel, requested);
  }
  assert.equal(offeringsFor('groq/llama-3.3-70b').length, 1);
});

test('findModel accepts upstream model names without pinning', () => {
  const hfStyle = findModel('openai/gpt-oss-120b');
  assert.equal(hfStyle?.model.id, 'gpt-oss-120b', 'OpenAI does not host gpt-oss, so this is the HF name');
  assert.equal(hfStyle?.pinnedProvider, undefined);
  assert.equal(findModel('claude-sonnet-4-5-20250929')?.model.id, 'claude-sonnet-4-5');
  assert.equal(findModel('meta-llama/Llama-3.3-70B-Instruct-Turbo')?.model.id, 'llama-3.3-70b');
});

test('unknown ids resolve to null / empty', () => {
  for (const id of [
    '',
    '   ',
    'gpt-7',
    'openai/gpt-7',
    'not-a-provider/gpt-4o-mini',
    'groq/claude-sonnet-4-5', // known provider that does not serve the model: never reroute a pin
    'anthropic/',
    '/gpt-4o-mini',
  ]) {
    assert.equal(findModel(id), null, `"${id}" should not resolve`);
  }
  assert.deepEqual(offeringsFor('gpt-7'), []);
  assert.equal(findProvider('nope'), null);
  assert.equal(findProvider('OpenAI')?.id, 'openai');
});

test('isRetired compares the retirement date with the given moment', () => {
  const sonnet37 = offeringsFor('claude-3-7-sonnet')[0];
  assert.ok(sonnet37);
  assert.equal(sonnet37.deprecatedAt, '2026-02-19');
  assert.equal(isRetired(sonnet37, new Date('2026-02-18T23:59:59Z')), false);
  assert.equal(isRetired(sonnet37, new Date('2026-02-19T00:00:00Z')), true);
  const current = offeringsFor('anthropic/claude-sonnet-4-5')[0];
  assert.ok(current);
  assert.equal(isRetired(current, new Date('2100-01-01T00:00:00Z')), false);
});
