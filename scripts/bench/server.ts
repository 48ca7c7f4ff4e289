// The Genesys Cloud emulator as a process of its own, for the benchmark: the server every
// measured process talks to over loopback HTTP, with its own sliding-window rate limit (the
// emulator's, not our pacer's model). Its host (server-process.ts) drives it over IPC:
// reset the counters and the rate limits between runs, read what it served, close.
//   started by server-process.ts: node scripts/bench/server.ts '<ServerJob as JSON>'
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { orgFacts, startEmulator, type Knobs } from './emulator-link.ts';
import type { ServerShape } from './minimum.ts';
import type { ServerJob, ServerReply, ServerRequest } from './server-process.ts';

const job = JSON.parse(process.argv[2] ?? '{}') as ServerJob;
const knobs: Partial<Knobs> = {
  latencyMs: job.latencyMs,
  latencyJitterMs: 0,
  rateLimitPerMinute: job.limit,
  rateLimitWindowMs: job.windowMs,
  tokenRateLimitPerMinute: job.limit,
  legacyListing: job.legacyListing,
};
const emu = await startEmulator({ scenario: job.scenario, params: { clients: job.clients, seed: 1 }, knobs });

// Arrival of the first request after a reset (epoch ms, comparable across processes): the
// measured process's start-up ends there.
let firstRequestAt: number | undefined;
diagnostics.subscribe('http.server.request.start', () => {
  firstRequestAt ??= performance.timeOrigin + performance.now();
});
// When the last answer went out: what the measured process does after it is local work.
let lastAnswerAt: number | undefined;

// What serving a run cost the server: its CPU (a floor counts round trips, not the server's
// own work on them), its main thread's apart (that thread answers every request, so its time
// is time no client's run can beat), and the bytes it wrote (what the measured process had to
// read). A socket's count runs on across the keep-alive requests it carries.
let cpuAtReset = process.cpuUsage();
let mainCpuAtReset = process.threadCpuUsage();
let bytesSent = 0;
const countedOf = new WeakMap<Socket, number>();
diagnostics.subscribe('http.server.response.finish', (message) => {
  const { socket } = message as { socket: Socket };
  bytesSent += socket.bytesWritten - (countedOf.get(socket) ?? 0);
  countedOf.set(socket, socket.bytesWritten);
  lastAnswerAt = performance.timeOrigin + performance.now();
});

const k = emu.knobs;
const shape: ServerShape = {
  limit: k.rateLimitPerMinute,
  windowMs: k.rateLimitWindowMs,
  latencyMs: k.latencyMs,
  clientsPageSize: k.clientsPageSize,
  legacyListing: k.legacyListing,
  usagePollsBeforeComplete: k.usagePollsBeforeComplete,
};
send({ type: 'ready', url: emu.url, credentials: emu.credentials(), facts: orgFacts(emu.org), shape });

process.on('message', (message: ServerRequest) => {
  if (message.type === 'reset') {
    emu.resetStats();
    emu.resetRateLimits();
    firstRequestAt = undefined;
    lastAnswerAt = undefined;
    cpuAtReset = process.cpuUsage();
    mainCpuAtReset = process.threadCpuUsage();
    bytesSent = 0;
    send({ type: 'reset' });
  } else if (message.type === 'stats') {
    const s = emu.stats;
    send({
      type: 'stats',
      stats: {
        apiRequests: s.requests,
        tokenRequests: s.tokenRequests,
        throttled: s.throttled,
        byRoute: { ...s.byRoute },
        peakConcurrent: s.peakConcurrent,
        firstRequestAt,
        lastAnswerAt,
        serverCpuMs: millis(process.cpuUsage(cpuAtReset)),
        serverMainCpuMs: millis(process.threadCpuUsage(mainCpuAtReset)),
        bytesSent,
        serverMaxRssKb: process.resourceUsage().maxRSS,
      },
    });
  } else {
    void emu.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => void emu.close().then(() => process.exit(0)));

/** CPU time (user + system) in ms. */
function millis(used: NodeJS.CpuUsage): number {
  return (used.user + used.system) / 1000;
}

function send(reply: ServerReply): void {
  process.send?.(reply);
}
