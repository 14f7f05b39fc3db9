import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChatBuildContext } from '../adapter';
import type { ChatCompletionRequest } from '../types';
import { parseBody } from '../shared/test-support';
import { buildOpenAIChatRequest } from './request';

const openai: ChatBuildContext = { baseUrl: 'https://api.openai.com/v1', apiKey: 'sk-test', providerModel: 'gpt-4o-2024-08-06', stream: false };
const groq: ChatBuildContext = { baseUrl: 'https://api.groq.com/openai/v1/', apiKey: 'gsk-test', providerModel: 'llama-3.3-70b-versatile', stream: false };

function build(req: Partial<ChatCompletionRequest>, ctx: ChatBuildContext = openai) {
  const request = buildOpenAIChatRequest({ model: 'client-model', messages: [{ role: 'user', content: 'hi' }], ...req }, ctx);
  return { request, body: parseBody(request.body) };
}

describe('openai request: envelope', () => {
  test('posts to {baseUrl}/chat/completions with bearer auth and the provider model', () => {
    const { request, body } = build({});
    assert.equal(request.url, 'https://api.openai.com/v1/chat/completions');
    assert.equal(request.method, 'POST');
    assert.equal(request.headers.authorization, 'Bearer sk-test');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(body.model, 'gpt-4o-2024-08-06');
  });

  test('trailing slash on the base URL is tolerated', () => {
    assert.equal(build({}, groq).request.url, 'https://api.groq.com/openai/v1/chat/completions');
  });

  test('extra headers are applied last and can override auth', () => {
    const { request } = build({}, { ...openai, extraHeaders: { authorization: 'Bearer other', 'OpenAI-Organization': 'org-1' } });
    assert.equal(request.headers.authorization, 'Bearer other');
    assert.equal(request.headers['OpenAI-Organization'], 'org-1');
  });
});

describe('openai request: streaming', () => {
  test('streaming always asks for usage and keeps other stream options', () => {
    const { request, body } = build({ stream: false, stream_options: { include_usage: false } }, { ...openai, stream: true });
    assert.equal(body.stream, true);
    assert.deepEqual(body.stream_options, { include_usage: true });
    assert.equal(request.headers.accept, 'text/event-stream');
  });

  test('non-streaming drops stream and stream_options (OpenAI rejects stream_options alone)', () => {
    const { body } = build({ stream: true, stream_options: { include_usage: true } });
    assert.equal('stream' in body, false);
    assert.equal('stream_options' in body, false);
  });
});

describe('openai request: parameters', () => {
  test('passes sampling, tools, JSON mode and unknown provider fields through', () => {
    const tools = [{ type: 'function' as const, function: { name: 'f', parameters: { type: 'object', properties: {} } } }];
    const { body } = build({
      temperature: 0.2, top_p: 0.9, seed: 7, stop: ['END'], n: 2, frequency_penalty: 0.1, presence_penalty: 0.3,
      logprobs: true, top_logprobs: 2, user: 'u1', tools, tool_choice: 'required', parallel_tool_calls: false,
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' }, strict: true } },
      ...({ top_k: 40 } as object),
    }, groq);
    assert.equal(body.temperature, 0.2);
    assert.equal(body.top_p, 0.9);
    assert.equal(body.seed, 7);
    assert.deepEqual(body.stop, ['END']);
    assert.equal(body.n, 2);
    assert.equal(body.frequency_penalty, 0.1);
    assert.equal(body.presence_penalty, 0.3);
    assert.equal(body.logprobs, true);
    assert.equal(body.top_logprobs, 2);
    assert.equal(body.user, 'u1');
    assert.deepEqual(body.tools, tools);
    assert.equal(body.tool_choice, 'required');
    assert.equal(body.parallel_tool_calls, false);
    assert.deepEqual(body.response_format, { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' }, strict: true } });
    assert.equal(body.top_k, 40);
  });

  test('null parameters are removed (several compatible servers reject null)', () => {
    const { body } = build({ temperature: null, seed: null }, groq);
    assert.equal('temperature' in body, false);
    assert.equal('seed' in body, false);
  });

  test('OpenAI itself gets max_completion_tokens, whichever field the client used', () => {
    assert.equal(build({ max_tokens: 100 }).body.max_completion_tokens, 100);
    assert.equal('max_tokens' in build({ max_tokens: 100 }).body, false);
  });

  test('other providers get max_tokens; max_completion_tokens wins when both are given', () => {
    const { body } = build({ max_tokens: 50, max_completion_tokens: 80 }, groq);
    assert.equal(body.max_tokens, 80);
    assert.equal('max_completion_tokens' in body, false);
  });

  test('the max tokens field can be forced per provider', () => {
    const { body } = build({ max_tokens: 50 }, { ...groq, options: { maxTokensField: 'max_completion_tokens' } });
    assert.equal(body.max_completion_tokens, 50);
  });

  test('dropParams removes fields a provider rejects', () => {
    const { body } = build({ seed: 1, user: 'u' }, { ...groq, options: { dropParams: ['seed', 'user'] } });
    assert.equal('seed' in body, false);
    assert.equal('user' in body, false);
  });

  test('OpenAI reasoning models lose sampling parameters they reject', () => {
    const { body } = build(
      { temperature: 0.5, top_p: 0.9, presence_penalty: 1, logprobs: true, reasoning_effort: 'high' },
      { ...openai, providerModel: 'o4-mini' },
    );
    assert.equal(body.reasoning_effort, 'high');
    for (const key of ['temperature', 'top_p', 'presence_penalty', 'logprobs']) assert.equal(key in body, false, key);
  });

  test('GPT-5.x keeps sampling parameters when reasoning is off', () => {
    const { body } = build({ temperature: 0.5, reasoning_effort: 'none' }, { ...openai, providerModel: 'gpt-5.1' });
    assert.equal(body.temperature, 0.5);
  });

  test('OpenAI non-reasoning models lose reasoning_effort', () => {
    const { body } = build({ reasoning_effort: 'low', temperature: 0.5 }, { ...openai, providerModel: 'gpt-4o' });
    assert.equal('reasoning_effort' in body, false);
    assert.equal(body.temperature, 0.5);
  });

  test('other providers receive reasoning_effort untouched', () => {
    assert.equal(build({ reasoning_effort: 'low' }, groq).body.reasoning_effort, 'low');
  });
});

describe('openai request: messages', () => {
  const conversation: ChatCompletionRequest['messages'] = [
    { role: 'developer', content: 'Be terse.' },
    { role: 'user', content: [{ type: 'text', text: 'Line one' }, { type: 'text', text: 'Line two' }] },
    {
      role: 'assistant',
      content: null,
      reasoning_content: 'thinking...',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' }, extra_content: { google: { thought_signature: 'sig' } } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: 'ok' },
  ];

  test('OpenAI keeps developer role and content arrays, but never sees gateway extensions', () => {
    const messages = build({ messages: conversation }).body.messages as Array<Record<string, unknown>>;
    assert.equal(messages[0]?.role, 'developer');
    assert.ok(Array.isArray(messages[1]?.content));
    assert.equal('reasoning_content' in (messages[2] ?? {}), false);
    assert.deepEqual(messages[2]?.tool_calls, [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }]);
  });

  test('other providers get developer as system and text-only arrays as strings', () => {
    const messages = build({ messages: conversation }, groq).body.messages as Array<Record<string, unknown>>;
    assert.deepEqual(messages[0], { role: 'system', content: 'Be terse.' });
    assert.equal(messages[1]?.content, 'Line one\nLine two');
  });

  test('images and cache_control hints keep the array form for compatible providers', () => {
    const content = [
      { type: 'text' as const, text: 'What is this?', cache_control: { type: 'ephemeral' as const } },
      { type: 'image_url' as const, image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
    ];
    const messages = build({ messages: [{ role: 'user', content }] }, groq).body.messages as Array<Record<string, unknown>>;
    assert.deepEqual(messages[0]?.content, content);
  });

  test('OpenAI never receives cache_control', () => {
    const messages = build({ messages: [{ role: 'system', content: [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral' } }] }] }).body.messages as Array<Record<string, unknown>>;
    assert.deepEqual(messages[0]?.content, [{ type: 'text', text: 'S' }]);
  });

  test("Google's OpenAI endpoint keeps thought signatures on tool calls", () => {
    const ctx = { ...groq, baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai' };
    const messages = build({ messages: conversation }, ctx).body.messages as Array<{ tool_calls?: unknown[] }>;
    assert.deepEqual(messages[2]?.tool_calls?.[0], conversation[2]?.role === 'assistant' ? conversation[2].tool_calls?.[0] : undefined);
  });
});
