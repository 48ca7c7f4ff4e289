// Starts the emulator (server.ts) as a separate process and talks to it over IPC: one
// outstanding request at a time, each answered in order.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OrgFacts, ServerShape } from './minimum.ts';

export interface ServerJob {
  scenario: 'large' | 'demo';
  clients?: number;
  latencyMs: number;
  /** Requests per token in any window of windowMs. */
  limit: number;
  windowMs: number;
  legacyListing: boolean;
}

export interface ServedStats {
  apiRequests: number;
  tokenRequests: number;
  /** 429 answers. */
  throttled: number;
  byRoute: Record<string, number>;
  peakConcurrent: number;
  /** Epoch ms (sub-ms) when the first request since the last reset arrived. */
  firstRequestAt?: number;
  /** Epoch ms (sub-ms) when the last answer since the last reset was written. */
  lastAnswerAt?: number;
  /** The server process's CPU (user + system) since the last reset, in ms. */
  serverCpuMs: number;
  /** The same for its main thread alone, which answers every request: a wall no run can beat. */
  serverMainCpuMs: number;
  /** Bytes written to clients since the last reset (headers and bodies). */
  bytesSent: number;
  serverMaxRssKb: number;
}

export type ServerRequest = { type: 'reset' } | { type: 'stats' } | { type: 'close' };
export type ServerReply =
  | { type: 'ready'; url: string; credentials: { clientId: string; clientSecret: string }; facts: OrgFacts; shape: ServerShape }
  | { type: 'reset' }
  | { type: 'stats'; stats: ServedStats };

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server.ts');

export class ServerProcess {
  private readonly child: ChildProcess;
  private readonly waiting: Array<{ resolve: (reply: ServerReply) => void; reject: (err: Error) => void }> = [];
  private exited?: string;

  private constructor(child: ChildProcess) {
    this.child = child;
    child.on('message', (reply: ServerReply) => this.waiting.shift()?.resolve(reply));
    child.on('exit', (code, signal) => {
      this.exited = `the emulator process exited (${signal ?? `code ${code}`})`;
      for (const w of this.waiting.splice(0)) w.reject(new Error(this.exited));
    });
  }

  static async start(job: ServerJob): Promise<{ server: ServerProcess; ready: Extract<ServerReply, { type: 'ready' }> }> {
    const child = fork(SERVER, [JSON.stringify(job)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const server = new ServerProcess(child);
    const ready = await server.next();
    if (ready.type !== 'ready') throw new Error(`the emulator process answered ${ready.type} before it was ready`);
    return { server, ready };
  }

  async reset(): Promise<void> {
    await this.ask({ type: 'reset' });
  }

  async stats(): Promise<ServedStats> {
    const reply = await this.ask({ type: 'stats' });
    if (reply.type !== 'stats') throw new Error(`the emulator process answered ${reply.type} to stats`);
    return reply.stats;
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'close' } satisfies ServerRequest);
    await gone;
  }

  private ask(request: ServerRequest): Promise<ServerReply> {
    const reply = this.next();
    this.child.send(request);
    return reply;
  }

  private next(): Promise<ServerReply> {
    if (this.exited) return Promise.reject(new Error(this.exited));
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
}
