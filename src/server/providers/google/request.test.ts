import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChatBuildContext } from '../adapter';
import { AdapterRequestError } from '../errors';
import type { ChatCompletionRequest, FunctionTool } from '../types';
import { parseBody } from '../shared/test-support';
import { buildGoogleChatRequest } from './request';

const ctx: ChatBuildContext = { baseUrl: 'https://generativelanguage.googleapis.com', apiKey: 'AIza-test', providerModel: 'gemini-2.5-flash', stream: false };

function build(req: Partial<ChatCompletionRequest>, context: ChatBuildContext = ctx) {
  const request = buildGoogleChatRequest({ model: 'client-model', messages: [{ role: 'user', content: 'hi' }], ...req }, context);
  return { request, body: parseBody(request.body) };
}

const weatherTool: FunctionTool = {
  type: 'function',
  function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'], additionalProperties: false } },
};

describe('google request: envelope', () => {
  test('generateContent URL, key header, no key in the URL', () => {
    const { request, body } = build({});
    assert.equal(request.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent');
    assert.equal(request.headers['x-goog-api-key'], 'AIza-test');
    assert.doesNotMatch(request.url, /key=/);
    assert.deepEqual(body, { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] });
  });

  test('streaming uses streamGenerateContent?alt=sse; a models/ prefix is tolerated', () => {
    const { request } = build({}, { ...ctx, stream: true, providerModel: 'models/gemini-2.5-pro' });
    assert.equal(request.url, 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse');
    assert.equal(request.headers.accept, 'text/event-stream');
  });
});

describe('google request: generationConfig', () => {
  test('maps sampling and output parameters', () => {
    const { body } = build({
      temperature: 1.5, top_p: 0.8, max_tokens: 100, stop: ['a', 'b', 'c', 'd', 'e', 'f'], seed: 42,
      presence_penalty: 0.5, frequency_penalty: 0.25, n: 2,
    });
    assert.deepEqual(body.generationConfig, {
      temperature: 1.5, topP: 0.8, maxOutputTokens: 100, stopSequences: ['a', 'b', 'c', 'd', 'e'], seed: 42,
      presencePenalty: 0.5, frequencyPenalty: 0.25, candidateCount: 2,
    });
  });

  test('drops parameters Gemini cannot honour', () => {
    const { body } = build({ logprobs: true, top_logprobs: 3, user: 'u', parallel_tool_calls: false, logit_bias: { '1': 2 }, n: 1, stream_options: { include_usage: true } });
    assert.deepEqual(Object.keys(body), ['contents']);
  });

  test('max_completion_tokens wins over max_tokens', () => {
    assert.equal((build({ max_tokens: 10, max_completion_tokens: 20 }).body.generationConfig as Record<string, unknown>).maxOutputTokens, 20);
  });

  test('json_object → responseMimeType', () => {
    assert.deepEqual(build({ response_format: { type: 'json_object' } }).body.generationConfig, { responseMimeType: 'application/json' });
  });

  test('json_schema → responseMimeType + converted responseSchema', () => {
    const { body } = build({
      response_format: { type: 'json_schema', json_schema: { name: 'r', strict: true, schema: { type: 'object', properties: { city: { type: 'string' }, temp: { type: ['number', 'null'] } }, required: ['city', 'temp'], additionalProperties: false } } },
    });
    assert.deepEqual(body.generationConfig, {
      responseMimeType: 'application/json',
      responseSchema: { type: 'OBJECT', properties: { city: { type: 'STRING' }, temp: { type: 'NUMBER', nullable: true } }, required: ['city', 'temp'] },
    });
  });

  test('JSON mode with tools before Gemini 3 moves into the system instruction', () => {
    const { body } = build({ tools: [weatherTool], response_format: { type: 'json_object' }, messages: [{ role: 'system', content: 'S' }, { role: 'user', content: 'q' }] });
    assert.equal(body.generationConfig, undefined);
    const parts = (body.systemInstruction as { parts: Array<{ text: string }> }).parts;
    assert.equal(parts[0]?.text, 'S');
    assert.match(parts[1]?.text ?? '', /single valid JSON object/);
  });

  test('Gemini 3 keeps native JSON mode alongside tools', () => {
    const { body } = build({ tools: [weatherTool], response_format: { type: 'json_object' } }, { ...ctx, providerModel: 'gemini-3-pro-preview' });
    assert.deepEqual(body.generationConfig, { responseMimeType: 'application/json' });
  });
});

describe('google request: reasoning_effort → thinkingConfig', () => {
  const thinking = (effort: ChatCompletionRequest['reasoning_effort'], model = 'gemini-2.5-flash') =>
    (build({ reasoning_effort: effort }, { ...ctx, providerModel: model }).body.generationConfig as Record<string, unknown> | undefined)?.thinkingConfig;

  test('Gemini 2.5 gets token budgets and thought summaries', () => {
    assert.deepEqual(thinking('low'), { thinkingBudget: 1024, includeThoughts: true });
    assert.deepEqual(thinking('medium'), { thinkingBudget: 8192, includeThoughts: true });
    assert.deepEqual(thinking('high'), { thinkingBudget: 24_576, includeThoughts: true });
  });

  test('none switches thinking off where possible (not on Pro)', () => {
    assert.deepEqual(thinking('none'), { thinkingBudget: 0 });
    assert.equal(thinking('none', 'gemini-2.5-pro'), undefined);
  });

  test('Gemini 3 gets thinking levels', () => {
    assert.deepEqual(thinking('low', 'gemini-3-pro-preview'), { thinkingLevel: 'low', includeThoughts: true });
    assert.deepEqual(thinking('medium', 'gemini-3-pro-preview'), { thinkingLevel: 'high', includeThoughts: true });
  });

  test('models without thinking do not receive thinkingConfig', () => {
    assert.equal(thinking('high', 'gemini-2.0-flash'), undefined);
  });
});

describe('google request: contents', () => {
  test('system → systemInstruction; assistant → model; consecutive roles merged', () => {
    const { body } = build({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: 'Use metric.' },
        { role: 'user', content: 'a' },
        { role: 'user', content: [{ type: 'text', text: 'b' }] },
        { role: 'assistant', content: 'c' },
      ],
    });
    assert.deepEqual(body.systemInstruction, { parts: [{ text: 'Be brief.' }, { text: 'Use metric.' }] });
    assert.deepEqual(body.contents, [
      { role: 'user', parts: [{ text: 'a' }, { text: 'b' }] },
      { role: 'model', parts: [{ text: 'c' }] },
    ]);
  });

  test('images: data URLs → inlineData, URLs → fileData with a guessed MIME type', () => {
    const { body } = build({
      messages: [{
        role: 'user',
        content: [
          { type: 'text', text: 'Describe' },
          { type: 'image_url', image_url: { url: 'data:image/webp;base64,UklGRg==' } },
          { type: 'image_url', image_url: { url: 'https://example.com/a/photo.png?size=large' } },
          { type: 'image_url', image_url: { url: 'https://example.com/render' } },
        ],
      }],
    });
    assert.deepEqual((body.contents as Array<{ parts: unknown }>)[0]?.parts, [
      { text: 'Describe' },
      { inlineData: { mimeType: 'image/webp', data: 'UklGRg==' } },
      { fileData: { mimeType: 'image/png', fileUri: 'https://example.com/a/photo.png?size=large' } },
      { fileData: { mimeType: 'image/jpeg', fileUri: 'https://example.com/render' } },
    ]);
  });

  test('tool round trip: functionCall with signature, functionResponse named from the earlier call', () => {
    const { body } = build({
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'Weather in Paris and London?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' }, extra_content: { google: { thought_signature: 'sig-1' } } },
            { id: 'call_b', type: 'function', function: { name: 'get_weather', arguments: '{"location":"London"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_a', content: '{"temp":18}' },
        { role: 'tool', tool_call_id: 'call_b', content: 'rainy' },
      ],
    });
    assert.deepEqual((body.contents as unknown[]).slice(1), [
      {
        role: 'model',
        parts: [
          { functionCall: { name: 'get_weather', args: { location: 'Paris' } }, thoughtSignature: 'sig-1' },
          { functionCall: { name: 'get_weather', args: { location: 'London' } } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { name: 'get_weather', response: { temp: 18 } } },
          { functionResponse: { name: 'get_weather', response: { result: 'rainy' } } },
        ],
      },
    ]);
  });

  test('Gemini 3 gets the documented placeholder signature on foreign function calls', () => {
    const { body } = build({
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'x', type: 'function', function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'x', content: '1' },
      ],
    }, { ...ctx, providerModel: 'gemini-3-pro-preview' });
    const modelTurn = (body.contents as Array<{ parts: Array<Record<string, unknown>> }>)[1];
    assert.equal(modelTurn?.parts[0]?.thoughtSignature, 'skip_thought_signature_validator');
  });

  test('a tool message without a matching call is rejected', () => {
    assert.throws(
      () => build({ messages: [{ role: 'user', content: 'q' }, { role: 'tool', tool_call_id: 'nope', content: 'x' }] }),
      (error: unknown) => error instanceof AdapterRequestError && error.param === 'messages[1].tool_call_id',
    );
  });
});

describe('google request: tools', () => {
  test('functionDeclarations with converted schemas; argument-less tools omit parameters', () => {
    const { body } = build({ tools: [weatherTool, { type: 'function', function: { name: 'now', parameters: { type: 'object', properties: {} } } }] });
    assert.deepEqual(body.tools, [{
      functionDeclarations: [
        { name: 'get_weather', description: 'Weather', parameters: { type: 'OBJECT', properties: { location: { type: 'STRING' } }, required: ['location'] } },
        { name: 'now' },
      ],
    }]);
  });

  test('tool_choice → toolConfig.functionCallingConfig', () => {
    const config = (choice: ChatCompletionRequest['tool_choice']) => build({ tools: [weatherTool], tool_choice: choice }).body.toolConfig;
    assert.equal(config(undefined), undefined);
    assert.deepEqual(config('auto'), { functionCallingConfig: { mode: 'AUTO' } });
    assert.deepEqual(config('none'), { functionCallingConfig: { mode: 'NONE' } });
    assert.deepEqual(config('required'), { functionCallingConfig: { mode: 'ANY' } });
    assert.deepEqual(config({ type: 'function', function: { name: 'get_weather' } }), { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } });
  });
});
