import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCost, findModel, pricePerMillion } from './index';
import type { ModelOffering, PricedOffering } from './index';

function offering(id: string): ModelOffering {
  const found = findModel(id)?.pinnedProvider;
  assert.ok(found, `${id} should resolve to a pinned offering`);
  return found;
}

const usage = (promptTokens: number, completionTokens: number, cachedTokens = 0, cacheWriteTokens = 0) => ({
  promptTokens,
  completionTokens,
  cachedTokens,
  cacheWriteTokens,
});

test('10 tokens at $0.15/M cost exactly 0.0000015', () => {
  const cost = computeCost(offering('openai/gpt-4o-mini'), usage(10, 0));
  assert.equal(cost.inputUsd, '0.0000015');
  assert.equal(cost.totalUsd, '0.0000015');
  assert.equal(cost.outputUsd, '0');
});

test('amounts that would drift in floating point stay exact', () => {
  // 0.1 + 0.2 style: 3 × $0.10/M + 7 × $0.20/M must be exactly 0.0000017.
  const priced: PricedOffering = { prices: { input: '0.0000001', output: '0.0000002' } };
  assert.equal(computeCost(priced, usage(3, 7)).totalUsd, '0.0000017');
  // One million tokens at a per-million price returns the per-million price itself.
  assert.equal(computeCost(offering('openai/gpt-4o-mini'), usage(1_000_000, 1_000_000)).totalUsd, '0.75');
});

test('cached tokens are split out of the prompt and billed at the cache rate', () => {
  // gpt-4o-mini: input $0.15/M, cached $0.075/M, output $0.60/M.
  const cost = computeCost(offering('openai/gpt-4o-mini'), usage(1_000, 500, 400));
  assert.deepEqual(cost, {
    inputUsd: '0.00009',
    cachedInputUsd: '0.00003',
    cacheWriteUsd: '0',
    outputUsd: '0.0003',
    totalUsd: '0.00042',
  });
});

test('cache writes are billed at the write rate (Anthropic)', () => {
  // claude-sonnet-4-5: input $3, cache read $0.30, cache write $3.75, output $15 per M.
  const cost = computeCost(offering('anthropic/claude-sonnet-4-5'), usage(10_000, 1_000, 2_000, 3_000));
  assert.deepEqual(cost, {
    inputUsd: '0.015',
    cachedInputUsd: '0.0006',
    cacheWriteUsd: '0.01125',
    outputUsd: '0.015',
    totalUsd: '0.04185',
  });
});

test('without a cache price, cached and cache-write tokens cost the input rate', () => {
  // gpt-4-turbo has no cached price: $10/M input, $30/M output.
  const cost = computeCost(offering('openai/gpt-4-turbo'), usage(1_000, 0, 300, 200));
  assert.equal(cost.inputUsd, '0.005');
  assert.equal(cost.cachedInputUsd, '0.003');
  assert.equal(cost.cacheWriteUsd, '0.002');
  assert.equal(cost.totalUsd, '0.01');
});

test('omitted cache counts default to zero', () => {
  const cost = computeCost(offering('openai/gpt-4o-mini'), { promptTokens: 100, completionTokens: 10 });
  assert.equal(cost.totalUsd, '0.000021');
});

test('prompts above a long-context threshold are billed entirely at the tier rate', () => {
  const pro = offering('google-ai-studio/gemini-2.5-pro');
  // At the threshold: base rates ($1.25 in / $10 out per M).
  assert.equal(computeCost(pro, usage(200_000, 1_000)).totalUsd, '0.26');
  // One token over: every token at the tier rates ($2.50 in / $15 out per M).
  assert.equal(computeCost(pro, usage(200_001, 1_000)).totalUsd, '0.5150025');
});

test('invalid usage is rejected rather than mis-billed', () => {
  const mini = offering('openai/gpt-4o-mini');
  assert.throws(() => computeCost(mini, usage(-1, 0)), RangeError);
  assert.throws(() => computeCost(mini, usage(10.5, 0)), RangeError);
  assert.throws(() => computeCost(mini, usage(10, Number.NaN)), RangeError);
  assert.throws(() => computeCost(mini, usage(10, 0, 8, 3)), RangeError);
  assert.throws(() => computeCost({ prices: { input: '1e-7', output: '0' } }, usage(1, 0)), RangeError);
  assert.throws(() => computeCost({ prices: { input: '-0.1', output: '0' } }, usage(1, 0)), RangeError);
});

test('pricePerMillion converts per-token strings for display', () => {
  assert.equal(pricePerMillion('0.00000015'), '0.15');
  assert.equal(pricePerMillion('0.00000375'), '3.75');
  assert.equal(pricePerMillion('0.000075'), '75');
  assert.equal(pricePerMillion('0'), '0');
  assert.throws(() => pricePerMillion('abc'), RangeError);
});
