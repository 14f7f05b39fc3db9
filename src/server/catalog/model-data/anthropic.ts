import type { ModelSpecFile } from '../types';
import { REASONING_VISION_TOOLS, VISION_TOOLS, withOpenRouter } from './shared';

/**
 * Anthropic pins dated snapshots upstream (`claude-sonnet-4-5-20250929`) so a silently moved
 * alias can never change what a customer is billed for.
 *
 * jsonOutput is true only where Anthropic offers native structured outputs (4.1 Opus and the
 * 4.5 generation); older models can still emulate JSON through tool use in the adapter.
 */
const CLAUDE_WITHOUT_STRUCTURED_OUTPUT = { ...REASONING_VISION_TOOLS, jsonOutput: false } as const;

export const anthropicModels = {
  pricesAsOf: '2025-12-01',
  models: [
    {
      id: 'claude-opus-4-5',
      name: 'Claude Opus 4.5',
      vendor: 'anthropic',
      family: 'claude-4.5',
      kind: 'chat',
      description: 'Anthropic flagship for complex agents, coding and long-horizon work.',
      offerings: withOpenRouter('anthropic/claude-opus-4.5', {
        providerId: 'anthropic',
        providerModel: 'claude-opus-4-5-20251101',
        perMillion: { input: '5', output: '25', cachedInput: '0.50', cacheWrite: '6.25' },
        contextWindow: 200_000,
        maxOutput: 64_000,
        capabilities: REASONING_VISION_TOOLS,
        stability: 'stable',
      }),
    },
    {
      id: 'claude-sonnet-4-5',
      name: 'Claude Sonnet 4.5',
      vendor: 'anthropic',
      family: 'claude-4.5',
      kind: 'chat',
      description: 'Balanced Claude model, strong at coding and agentic tool use.',
      offerings: withOpenRouter('anthropic/claude-sonnet-4.5', {
        providerId: 'anthropic',
        providerModel: 'claude-sonnet-4-5-20250929',
        perMillion: { input: '3', output: '15', cachedInput: '0.30', cacheWrite: '3.75' },
        contextWindow: 200_000,
        maxOutput: 64_000,
        capabilities: REASONING_VISION_TOOLS,
        stability: 'stable',
        notes: 'The 1M-token context beta bills prompts above 200K at $6/$22.50 per M; not enabled here.',
      }),
    },
    {
      id: 'claude-haiku-4-5',
      name: 'Claude Haiku 4.5',
      vendor: 'anthropic',
      family: 'claude-4.5',
      kind: 'chat',
      description: 'Fastest current Claude, near-frontier quality at low cost.',
      offerings: withOpenRouter('anthropic/claude-haiku-4.5', {
        providerId: 'anthropic',
        providerModel: 'claude-haiku-4-5-20251001',
        perMillion: { input: '1', output: '5', cachedInput: '0.10', cacheWrite: '1.25' },
        contextWindow: 200_000,
        maxOutput: 64_000,
        capabilities: REASONING_VISION_TOOLS,
        stability: 'stable',
      }),
    },
    {
      id: 'claude-opus-4-1',
      name: 'Claude Opus 4.1',
      vendor: 'anthropic',
      family: 'claude-4',
      kind: 'chat',
      description: 'Previous Opus generation for demanding reasoning and coding.',
      offerings: withOpenRouter('anthropic/claude-opus-4.1', {
        providerId: 'anthropic',
        providerModel: 'claude-opus-4-1-20250805',
        perMillion: { input: '15', output: '75', cachedInput: '1.50', cacheWrite: '18.75' },
        contextWindow: 200_000,
        maxOutput: 32_000,
        capabilities: REASONING_VISION_TOOLS,
        stability: 'stable',
      }),
    },
    {
      id: 'claude-opus-4',
      name: 'Claude Opus 4',
      vendor: 'anthropic',
      family: 'claude-4',
      kind: 'chat',
      description: 'First Claude 4 Opus release.',
      offerings: withOpenRouter('anthropic/claude-opus-4', {
        providerId: 'anthropic',
        providerModel: 'claude-opus-4-20250514',
        perMillion: { input: '15', output: '75', cachedInput: '1.50', cacheWrite: '18.75' },
        contextWindow: 200_000,
        maxOutput: 32_000,
        capabilities: CLAUDE_WITHOUT_STRUCTURED_OUTPUT,
        stability: 'deprecated',
        deprecatedAt: '2026-06-15',
      }),
    },
    {
      id: 'claude-sonnet-4',
      name: 'Claude Sonnet 4',
      vendor: 'anthropic',
      family: 'claude-4',
      kind: 'chat',
      description: 'First Claude 4 Sonnet release.',
      offerings: withOpenRouter('anthropic/claude-sonnet-4', {
        providerId: 'anthropic',
        providerModel: 'claude-sonnet-4-20250514',
        perMillion: { input: '3', output: '15', cachedInput: '0.30', cacheWrite: '3.75' },
        contextWindow: 200_000,
        maxOutput: 64_000,
        capabilities: CLAUDE_WITHOUT_STRUCTURED_OUTPUT,
        stability: 'deprecated',
        deprecatedAt: '2026-06-15',
      }),
    },
    {
      id: 'claude-3-7-sonnet',
      name: 'Claude Sonnet 3.7',
      vendor: 'anthropic',
      family: 'claude-3',
      kind: 'chat',
      description: 'First Claude with extended thinking.',
      offerings: [
        {
          providerId: 'anthropic',
          providerModel: 'claude-3-7-sonnet-20250219',
          perMillion: { input: '3', output: '15', cachedInput: '0.30', cacheWrite: '3.75' },
          contextWindow: 200_000,
          maxOutput: 64_000,
          capabilities: CLAUDE_WITHOUT_STRUCTURED_OUTPUT,
          stability: 'deprecated',
          deprecatedAt: '2026-02-19',
        },
      ],
    },
    {
      id: 'claude-3-5-haiku',
      name: 'Claude Haiku 3.5',
      vendor: 'anthropic',
      family: 'claude-3',
      kind: 'chat',
      description: 'Fast previous-generation Claude.',
      offerings: [
        {
          providerId: 'anthropic',
          providerModel: 'claude-3-5-haiku-20241022',
          perMillion: { input: '0.80', output: '4', cachedInput: '0.08', cacheWrite: '1' },
          contextWindow: 200_000,
          maxOutput: 8_192,
          capabilities: { ...VISION_TOOLS, jsonOutput: false },
          stability: 'deprecated',
          deprecatedAt: '2026-02-19',
        },
      ],
    },
    {
      id: 'claude-3-haiku',
      name: 'Claude Haiku 3',
      vendor: 'anthropic',
      family: 'claude-3',
      kind: 'chat',
      description: 'Oldest and cheapest Claude 3 model.',
      offerings: [
        {
          providerId: 'anthropic',
          providerModel: 'claude-3-haiku-20240307',
          perMillion: { input: '0.25', output: '1.25', cachedInput: '0.03', cacheWrite: '0.30' },
          contextWindow: 200_000,
          maxOutput: 4_096,
          capabilities: { ...VISION_TOOLS, jsonOutput: false },
          stability: 'deprecated',
          deprecatedAt: '2026-04-20',
        },
      ],
    },
  ],
} as const satisfies ModelSpecFile;
