// A response body read as text, cut off at a cap. A large body (tens of MB for a large org's
// listing or usage answer) is decoded chunk by chunk as it comes and the text joined by the
// engine: a buffer of the whole body came from malloc, which kept the freed space, and a
// large org's run peaked ~50 MiB higher for it. A small one (every detail read of a legacy
// listing) is decoded once at the end: a streaming decoder per body cost more than the read.
// Either way a character split across chunks, an invalid sequence and a byte-order mark come
// out as one Buffer.toString of the whole body did.

import { TextDecoder } from 'node:util';

/** A response body as undici gives it. */
export interface BodyStream extends AsyncIterable<Uint8Array> {
  destroy(err?: Error): unknown;
}

/**
 * The whole body as UTF-8 text, or `tooLarge()` once it passes `maxBytes`. A `declared`
 * length over the cap is refused before any byte is read; any other is not trusted.
 */
export async function readCappedText(body: BodyStream, declared: number | undefined, maxBytes: number, tooLarge: () => Error): Promise<string> {
  if (declared !== undefined && declared > maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  let decoder: TextDecoder | undefined;
  const pieces: string[] = [];
  let size = 0;
  for await (const chunk of body) {
    if (size + chunk.length > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    size += chunk.length;
    if (decoder) pieces.push(decoder.decode(chunk, { stream: true }));
    else {
      held.push(chunk);
      heldBytes += chunk.length;
      if (heldBytes > DECODE_AS_IT_COMES_PAST) {
        // ignoreBOM keeps a leading BOM in the text, as Buffer.toString does (JSON.parse refuses it).
        decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        for (const h of held.splice(0)) pieces.push(decoder.decode(h, { stream: true }));
      }
    }
  }
  if (!decoder) return Buffer.concat(held, heldBytes).toString('utf8');
  pieces.push(decoder.decode());
  return pieces.join('');
}

/** Bodies up to this size are held as bytes and decoded once. */
export const DECODE_AS_IT_COMES_PAST = 256 * 1024;

/** A Content-Length header as a number of bytes; undefined when absent, repeated or not a plain count. */
export function declaredLength(header: string | string[] | undefined): number | undefined {
  if (typeof header !== 'string' || !/^\d{1,15}$/.test(header)) return undefined;
  return Number(header);
}
