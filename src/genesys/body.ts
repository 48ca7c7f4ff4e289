// A response body read as text, cut off at a cap. Each chunk is decoded as it comes and the
// text joined by the engine: a buffer of the whole body (tens of MB for a large org's
// listing or usage answer) came from malloc, which kept the freed space, and a large org's
// run peaked ~50 MiB higher for it. The decoder is streaming, so a character split across
// chunks, an invalid sequence and a byte-order mark come out as one Buffer.toString did.

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
  // ignoreBOM keeps a leading BOM in the text, as Buffer.toString does (JSON.parse refuses it).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const pieces: string[] = [];
  let size = 0;
  for await (const chunk of body) {
    if (size + chunk.length > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    size += chunk.length;
    pieces.push(decoder.decode(chunk, { stream: true }));
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

/** A Content-Length header as a number of bytes; undefined when absent, repeated or not a plain count. */
export function declaredLength(header: string | string[] | undefined): number | undefined {
  if (typeof header !== 'string' || !/^\d{1,15}$/.test(header)) return undefined;
  return Number(header);
}
