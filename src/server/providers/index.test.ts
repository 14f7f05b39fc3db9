import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getAdapter } from './index';

describe('adapter registry', () => {
  test('returns the adapter for each wire format', () => {
    for (const format of ['openai', 'anthropic', 'google'] as const) {
      assert.equal(getAdapter(format).wireFormat, format);
    }
  });

  test('embeddings support is declared per format', () => {
    assert.ok(getAdapter('openai').embeddings);
    assert.ok(getAdapter('google').embeddings);
    assert.equal(getAdapter('anthropic').embeddings, null);
  });

  test('every adapter builds the same canonical request without throwing', () => {
    const request = {
      model: 'm',
      messages: [
        { role: 'system' as const, content: 'S' },
        { role: 'user' as const, content: [{ type: 'text' as const, text: 'Hi' }, { type: 'image_url' as const, image_url: { url: 'data:image/png;base64,AAAA' } }] },
      ],
      temperature: 0.5,
      max_tokens: 64,
    };
    for (const format of ['openai', 'anthropic', 'google'] as const) {
      const built = getAdapter(format).buildChatRequest(request, { baseUrl: 'https://example.com', apiKey: 'k', providerModel: 'p', stream: true });
      assert.equal(built.method, 'POST');
      assert.doesNotThrow(() => JSON.parse(built.body));
    }
  });
});
