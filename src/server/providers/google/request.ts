/**
 * OpenAI chat request → Gemini generateContent / streamGenerateContent.
 */
import type { ChatBuildContext, ChatUpstreamRequest } from '../adapter';
import type { ChatCompletionRequest } from '../types';
import { jsonModeInstruction } from '../shared/json-mode';
import { withoutUndefined } from '../shared/json';
import { convertMessages } from './contents';
import { buildGenerationConfig } from './generation-config';
import { hasProperties, toGeminiSchema } from './schema';
import { geminiHeaders, geminiModelUrl, isGemini3OrLater } from './shared';
import type { GeminiFunctionDeclaration, GeminiRequestBody, GeminiToolConfig } from './wire';

export function buildGoogleChatRequest(req: ChatCompletionRequest, ctx: ChatBuildContext): ChatUpstreamRequest {
  const model = ctx.providerModel;
  const hasTools = (req.tools?.length ?? 0) > 0;
  // Before Gemini 3, JSON response mode and function calling cannot be combined;
  // the JSON requirement then moves into the system instruction.
  const nativeJson = !hasTools || isGemini3OrLater(model);

  const { systemInstruction, contents } = convertMessages(req.messages, {
    requireThoughtSignatures: isGemini3OrLater(model),
  });
  const instruction = nativeJson ? null : jsonModeInstruction(req.response_format);
  const system = instruction
    ? { parts: [...(systemInstruction?.parts ?? []), { text: instruction }] }
    : systemInstruction;

  const body: GeminiRequestBody = withoutUndefined({
    contents,
    systemInstruction: system,
    tools: hasTools ? [{ functionDeclarations: functionDeclarations(req) }] : undefined,
    toolConfig: hasTools ? toolConfig(req) : undefined,
    generationConfig: buildGenerationConfig(req, model, nativeJson),
  });

  return {
    url: ctx.stream ? geminiModelUrl(ctx, 'streamGenerateContent?alt=sse') : geminiModelUrl(ctx, 'generateContent'),
    method: 'POST',
    headers: geminiHeaders(ctx, ctx.stream),
    body: JSON.stringify(body),
  };
}

function functionDeclarations(req: ChatCompletionRequest): GeminiFunctionDeclaration[] {
  return (req.tools ?? []).map(({ function: fn }) => {
    const parameters = fn.parameters ? toGeminiSchema(fn.parameters) : undefined;
    return withoutUndefined({
      name: fn.name,
      description: fn.description,
      // Gemini rejects OBJECT schemas without properties; argument-less tools omit parameters.
      parameters: parameters && hasProperties(parameters) ? parameters : undefined,
    });
  });
}

function toolConfig(req: ChatCompletionRequest): GeminiToolConfig | undefined {
  const choice = req.tool_choice;
  if (choice === undefined) return undefined;
  if (choice === 'auto') return { functionCallingConfig: { mode: 'AUTO' } };
  if (choice === 'none') return { functionCallingConfig: { mode: 'NONE' } };
  if (choice === 'required') return { functionCallingConfig: { mode: 'ANY' } };
  return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.function.name] } };
}
