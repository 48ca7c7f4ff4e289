// A response body read into one buffer, cut off at a cap. With a declared length (the API
// sends Content-Length) the buffer is allocated once and filled as chunks come: a list of
// chunks joined at the end held every large answer twice while it was joined. A declared
// length over the cap is refused before any byte is read.

/** A response body as undici gives it. */
export interface BodyStream extends AsyncIterable<Uint8Array> {
  destroy(err?: Error): unknown;
}

/**
 * The whole body, or `tooLarge()` once it passes `maxBytes`. `declared` only sizes the buffer:
 * a body that turns out longer or shorter is still read whole (and still capped).
 */
export async function readCapped(body: BodyStream, declared: number | undefined, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  if (declared !== undefined && declared > maxBytes) {
    body.destroy();
    throw tooLarge();
  }
  let filled: Buffer | undefined = declared ? Buffer.allocUnsafe(declared) : undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    if (size + chunk.length > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    if (filled && size + chunk.length <= filled.length) filled.set(chunk, size);
    else {
      // Longer than declared: keep what came and join at the end.
      if (filled) chunks.push(filled.subarray(0, size));
      filled = undefined;
      chunks.push(chunk);
    }
    size += chunk.length;
  }
  return filled ? filled.subarray(0, size) : Buffer.concat(chunks, size);
}

/** A Content-Length header as a number of bytes; undefined when absent, repeated or not a plain count. */
export function declaredLength(header: string | string[] | undefined): number | undefined {
  if (typeof header !== 'string' || !/^\d{1,15}$/.test(header)) return undefined;
  return Number(header);
}
