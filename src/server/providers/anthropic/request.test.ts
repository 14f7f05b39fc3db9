import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChatBuildContext } from '../adapter';
import { AdapterRequestError } from '../errors';
import type { ChatCompletionRequest, FunctionTool } from '../types';
import { parseBody } from '../shared/test-support';
import { buildAnthropicChatRequest } from './request';

const ctx: ChatBuildContext = { baseUrl: 'https://api.anthropic.com', apiKey: 'sk-ant-test', providerModel: 'claude-sonnet-4-5-20250929', stream: false };

function build(req: Partial<ChatCompletionRequest>, context: ChatBuildContext = ctx) {
  const request = buildAnthropicChatRequest({ model: 'client-model', messages: [{ role: 'user', content: 'hi' }], ...req }, context);
  return { request, body: parseBody(request.body) };
}

const weatherTool: FunctionTool = {
  type: 'function',
  function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};

describe('anthropic request: envelope', () => {
  test('posts to /v1/messages with x-api-key and anthropic-version', () => {
    const { request, body } = build({});
    assert.equal(request.url, 'https://api.anthropic.com/v1/messages');
    assert.equal(request.headers['x-api-key'], 'sk-ant-test');
    assert.equal(request.headers['anthropic-version'], '2023-06-01');
    assert.equal('authorization' in request.headers, false);
    assert.equal(body.model, 'claude-sonnet-4-5-20250929');
    assert.deepEqual(body.messages, [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
    assert.equal('stream' in body, false);
  });

  test('streaming sets stream: true and accepts SSE', () => {
    const { request, body } = build({}, { ...ctx, stream: true });
    assert.equal(body.stream, true);
    assert.equal(request.headers.accept, 'text/event-stream');
  });
});

describe('anthropic request: parameters', () => {
  test('max_tokens defaults (Anthropic requires it) and the client value wins', () => {
    assert.equal(build({}).body.max_tokens, 16_384);
    assert.equal(build({ max_tokens: 300 }).body.max_tokens, 300);
    assert.equal(build({ max_tokens: 300, max_completion_tokens: 500 }).body.max_tokens, 500);
    assert.equal(build({}, { ...ctx, options: { defaultMaxTokens: 2048 } }).body.max_tokens, 2048);
  });

  test('the default never exceeds the model ceiling', () => {
    assert.equal(build({}, { ...ctx, providerModel: 'claude-3-5-haiku-20241022' }).body.max_tokens, 8192);
    assert.equal(build({}, { ...ctx, providerModel: 'claude-3-haiku-20240307' }).body.max_tokens, 4096);
  });

  test('maps stop, user and temperature; drops what Anthropic lacks', () => {
    const { body } = build({
      temperature: 0.4, stop: ['###', ''], user: 'user-42',
      seed: 1, frequency_penalty: 0.5, presence_penalty: 0.5, n: 3, logprobs: true, top_logprobs: 2, logit_bias: { '1': 1 },
      stream_options: { include_usage: true },
    });
    assert.equal(body.temperature, 0.4);
    assert.deepEqual(body.stop_sequences, ['###']);
    assert.deepEqual(body.metadata, { user_id: 'user-42' });
    for (const key of ['seed', 'frequency_penalty', 'presence_penalty', 'n', 'logprobs', 'top_logprobs', 'logit_bias', 'stream_options', 'user', 'stop']) {
      assert.equal(key in body, false, key);
    }
  });

  test('a single stop string becomes a one-element list', () => {
    assert.deepEqual(build({ stop: 'END' }).body.stop_sequences, ['END']);
  });

  test('temperature is clamped to 0..1 and top_p only goes without temperature', () => {
    const hot = build({ temperature: 1.7, top_p: 0.9 }).body;
    assert.equal(hot.temperature, 1);
    assert.equal('top_p' in hot, false);
    assert.equal(build({ top_p: 0.9 }).body.top_p, 0.9);
  });
});

describe('anthropic request: messages', () => {
  test('system and developer messages are extracted and joined', () => {
    const { body } = build({
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'developer', content: [{ type: 'text', text: 'Answer in French.' }] },
        { role: 'user', content: 'Bonjour' },
      ],
    });
    assert.equal(body.system, 'You are helpful.\n\nAnswer in French.');
    assert.deepEqual(body.messages, [{ role: 'user', content: [{ type: 'text', text: 'Bonjour' }] }]);
  });

  test('cache_control on system parts keeps the block form', () => {
    const { body } = build({
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'Long context', cache_control: { type: 'ephemeral' } }] },
        { role: 'user', content: 'q' },
      ],
    });
    assert.deepEqual(body.system, [{ type: 'text', text: 'Long context', cache_control: { type: 'ephemeral' } }]);
  });

  test('consecutive same-role messages are merged and empty ones dropped', () => {
    const { body } = build({
      messages: [
        { role: 'user', content: 'one' },
        { role: 'user', content: '' },
        { role: 'user', content: 'two' },
        { role: 'assistant', content: 'three' },
        { role: 'assistant', content: 'four' },
        { role: 'user', content: 'five' },
      ],
    });
    assert.deepEqual(body.messages, [
      { role: 'user', content: [{ type: 'text', text: 'one' }, { type: 'text', text: 'two' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'three' }, { type: 'text', text: 'four' }] },
      { role: 'user', content: [{ type: 'text', text: 'five' }] },
    ]);
  });

  test('a trailing assistant prefill loses trailing whitespace', () => {
    const { body } = build({ messages: [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'The answer is ' }] });
    assert.deepEqual((body.messages as unknown[])[1], { role: 'assistant', content: [{ type: 'text', text: 'The answer is' }] });
  });

  test('images: URLs become url sources, data URLs base64 sources, PDFs documents', () => {
    const { body } = build({
      messages: [{
        role: 'user',
        content: [
          { type: 'text', text: 'Compare these' },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg', detail: 'high' } },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
          { type: 'image_url', image_url: { url: 'data:application/pdf;base64,JVBERi0=' } },
        ],
      }],
    });
    assert.deepEqual((body.messages as Array<{ content: unknown }>)[0]?.content, [
      { type: 'text', text: 'Compare these' },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' } },
    ]);
  });

  test('unsupported image URLs are rejected before calling upstream', () => {
    assert.throws(
      () => build({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'ftp://x/y.png' } }] }] }),
      (error: unknown) => error instanceof AdapterRequestError && error.param === 'messages[0].content[0].image_url',
    );
  });

  test('tool round trip: tool_calls → tool_use, tool messages → one user turn of tool_result blocks', () => {
    const { body } = build({
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'Weather in Paris and Rome?' },
        {
          role: 'assistant',
          content: 'Checking.',
          reasoning_content: 'not sent',
          tool_calls: [
            { id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'toolu_2', type: 'function', function: { name: 'get_weather', arguments: 'not json' } },
          ],
        },
        { role: 'tool', tool_call_id: 'toolu_1', content: '18C' },
        { role: 'tool', tool_call_id: 'toolu_2', content: [{ type: 'text', text: '21C' }] },
        { role: 'user', content: 'Thanks' },
      ],
    });
    assert.deepEqual((body.messages as unknown[]).slice(1), [
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Checking.' },
          { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } },
          { type: 'tool_use', id: 'toolu_2', name: 'get_weather', input: {} },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_1', content: '18C' },
          { type: 'tool_result', tool_use_id: 'toolu_2', content: '21C' },
          { type: 'text', text: 'Thanks' },
        ],
      },
    ]);
  });
});

describe('anthropic request: tools', () => {
  test('function tools become input_schema tools; argument-less tools get an empty object schema', () => {
    const { body } = build({ tools: [weatherTool, { type: 'function', function: { name: 'now' } }] });
    assert.deepEqual(body.tools, [
      { name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
      { name: 'now', input_schema: { type: 'object', properties: {} } },
    ]);
    assert.equal('tool_choice' in body, false);
  });

  test('tool_choice mapping', () => {
    const choice = (req: Partial<ChatCompletionRequest>) => build({ tools: [weatherTool], ...req }).body.tool_choice;
    assert.deepEqual(choice({ tool_choice: 'auto' }), { type: 'auto' });
    assert.deepEqual(choice({ tool_choice: 'none' }), { type: 'none' });
    assert.deepEqual(choice({ tool_choice: 'required' }), { type: 'any' });
    assert.deepEqual(choice({ tool_choice: { type: 'function', function: { name: 'get_weather' } } }), { type: 'tool', name: 'get_weather' });
  });

  test('parallel_tool_calls: false → disable_parallel_tool_use', () => {
    const choice = (req: Partial<ChatCompletionRequest>) => build({ tools: [weatherTool], parallel_tool_calls: false, ...req }).body.tool_choice;
    assert.deepEqual(choice({}), { type: 'auto', disable_parallel_tool_use: true });
    assert.deepEqual(choice({ tool_choice: 'required' }), { type: 'any', disable_parallel_tool_use: true });
  });

  test('tool_choice without tools is dropped', () => {
    assert.equal('tool_choice' in build({ tool_choice: 'required' }).body, false);
  });
});

describe('anthropic request: JSON mode', () => {
  const schemaFormat = {
    type: 'json_schema' as const,
    json_schema: { name: 'weather_report', schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
  };

  test('json_schema without client tools forces a tool whose input is the answer', () => {
    const { body } = build({ response_format: schemaFormat });
    const tools = body.tools as Array<Record<string, unknown>>;
    assert.equal(tools.length, 1);
    assert.equal(tools[0]?.name, 'weather_report');
    assert.deepEqual(tools[0]?.input_schema, schemaFormat.json_schema.schema);
    assert.deepEqual(body.tool_choice, { type: 'tool', name: 'weather_report' });
    assert.equal('system' in body, false);
  });

  test('json_schema with client tools falls back to a system instruction carrying the schema', () => {
    const { body } = build({ response_format: schemaFormat, tools: [weatherTool] });
    assert.match(String(body.system), /JSON Schema:\n\{"type":"object"/);
    assert.equal((body.tools as unknown[]).length, 1);
  });

  test('json_object adds a system instruction after the client system prompt', () => {
    const { body } = build({ response_format: { type: 'json_object' }, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'q' }] });
    assert.match(String(body.system), /^Be brief\.\n\nRespond with a single valid JSON object/);
  });

  test('non-object json_schema roots use the system instruction', () => {
    const { body } = build({ response_format: { type: 'json_schema', json_schema: { name: 'list', schema: { type: 'array' } } } });
    assert.equal('tools' in body, false);
    assert.match(String(body.system), /"type":"array"/);
  });
});

describe('anthropic request: reasoning_effort → thinking', () => {
  test('effort maps to a budget; max_tokens grows by the budget and sampling is dropped', () => {
    const { body } = build({ reasoning_effort: 'medium', temperature: 0.3, top_p: 0.5 });
    assert.deepEqual(body.thinking, { type: 'enabled', budget_tokens: 8192 });
    assert.equal(body.max_tokens, 8192 + 16_384);
    assert.equal('temperature' in body, false);
    assert.equal('top_p' in body, false);
  });

  test("the client's max tokens caps thinking and answer together", () => {
    const { body } = build({ reasoning_effort: 'high', max_completion_tokens: 6000 });
    assert.equal(body.max_tokens, 6000);
    assert.deepEqual(body.thinking, { type: 'enabled', budget_tokens: 6000 - 1024 });
  });

  test('a limit too small for thinking disables it', () => {
    const { body } = build({ reasoning_effort: 'low', max_tokens: 1500 });
    assert.equal('thinking' in body, false);
    assert.equal(body.max_tokens, 1500);
  });

  test('effort none, forced tool use and JSON tool forcing disable thinking', () => {
    assert.equal('thinking' in build({ reasoning_effort: 'none' }).body, false);
    assert.equal('thinking' in build({ reasoning_effort: 'high', tools: [weatherTool], tool_choice: 'required' }).body, false);
    assert.equal('thinking' in build({ reasoning_effort: 'high', response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } } }).body, false);
    assert.ok('thinking' in build({ reasoning_effort: 'high', tools: [weatherTool], tool_choice: 'auto' }).body);
  });

  test('thinking is skipped inside a tool loop (the signed thinking blocks cannot be replayed)', () => {
    const messages: ChatCompletionRequest['messages'] = [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 't1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 't1', content: 'sunny' },
    ];
    assert.equal('thinking' in build({ reasoning_effort: 'high', tools: [weatherTool], messages }).body, false);
    const nextTurn = [...messages, { role: 'assistant' as const, content: 'Sunny.' }, { role: 'user' as const, content: 'And tomorrow?' }];
    assert.ok('thinking' in build({ reasoning_effort: 'high', tools: [weatherTool], messages: nextTurn }).body);
  });

  test('Opus 4 ceiling of 32k bounds max_tokens and the budget', () => {
    const { body } = build({ reasoning_effort: 'max' }, { ...ctx, providerModel: 'claude-opus-4-1-20250805' });
    assert.equal(body.max_tokens, 32_000);
    assert.deepEqual(body.thinking, { type: 'enabled', budget_tokens: 32_000 - 1024 });
  });
});
