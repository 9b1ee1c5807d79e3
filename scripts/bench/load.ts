// One autocannon run of one operation, with its own latency figures (autocannon's percentiles
// skip p95) and the server's resident memory sampled from /proc while it runs.
import autocannon from 'autocannon';
import { percentile, rssMb } from './figures.js';

export interface OperationRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface RunFigures {
  readonly connections: number;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly maxRssMb: number;
}

/**
 * `next(connection)` gives each request; a connection is numbered from 0 on its first request,
 * so an operation can give each connection its own record (a referral moved back and forth).
 */
export function runLoad(options: {
  readonly base: string;
  readonly connections: number;
  readonly seconds: number;
  /** The server processes (one, or each behind the balancer): RSS is the largest of them. */
  readonly serverPids: readonly number[];
  readonly next: (connection: number) => OperationRequest;
}): Promise<RunFigures> {
  let connectionCount = 0;
  const times: number[] = [];
  const largestRss = () => Math.max(...options.serverPids.map(rssMb));
  let maxRss = largestRss();
  const sampler = setInterval(() => {
    maxRss = Math.max(maxRss, largestRss());
  }, 200);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request, context) => {
              if (typeof context.connection !== 'number') context.connection = connectionCount++;
              const next = options.next(context.connection as number);
              return { ...request, ...next };
            },
          },
        ],
      },
      (error, result) => {
        clearInterval(sampler);
        if (error) {
          reject(error);
          return;
        }
        times.sort((a, b) => a - b);
        resolve({
          connections: options.connections,
          requests: times.length,
          perSecond: times.length / result.duration,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          max: times.at(-1) ?? 0,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          maxRssMb: Math.max(maxRss, largestRss()),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
}
