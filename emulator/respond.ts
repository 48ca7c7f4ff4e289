// Writes one answer, faults included: a body cut short but complete as HTTP (malformed),
// a connection cut mid-body (drop), or a body trickled out in chunks (slow).
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Delivery {
  drop?: boolean;
  malformed?: boolean;
  slowBodyMs?: number;
}

/** Bodies trickle out in this many chunks when slow. */
const SLOW_CHUNKS = 4;

export async function writeResponse(res: ServerResponse, status: number, headers: Record<string, string>, text: string, delivery: Delivery): Promise<void> {
  const full = Buffer.from(text, 'utf8');
  // Malformed: the HTTP exchange is complete and well-formed; only the JSON is cut.
  const body = delivery.malformed ? full.subarray(0, Math.max(1, Math.floor(full.length / 2))) : full;
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
  if (delivery.drop) {
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    // Give the partial body a moment to leave, then cut the connection like a crashed peer.
    await sleep(5);
    res.destroy();
    return;
  }
  const pause = delivery.slowBodyMs ?? 0;
  if (pause <= 0 || body.length < SLOW_CHUNKS) {
    res.end(body);
    return;
  }
  const size = Math.ceil(body.length / SLOW_CHUNKS);
  for (let offset = 0; offset < body.length; offset += size) {
    if (res.destroyed) return;
    if (offset > 0) await sleep(pause);
    res.write(body.subarray(offset, offset + size));
  }
  res.end();
}
