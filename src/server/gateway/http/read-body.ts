import type { Readable } from "node:stream";
import { GatewayError } from "../errors";

export function bodyTooLarge(limitBytes: number): GatewayError {
  return new GatewayError(413, `Request body is larger than the limit of ${limitBytes} bytes.`, "invalid_request_error", "request_too_large");
}

/** Collects a body stream up to a limit; stops reading (and fails with 413) as soon as it is exceeded. */
export async function readLimited(stream: AsyncIterable<Uint8Array> | Readable, limitBytes: number, declaredLength?: string): Promise<Buffer> {
  if (declaredLength && Number(declaredLength) > limitBytes) throw bodyTooLarge(limitBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limitBytes) throw bodyTooLarge(limitBytes);
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}
