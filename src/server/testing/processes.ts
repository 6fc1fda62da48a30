// Starting servers in their own processes, as in production, for the browser tests,
// the kill -9 test and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Started {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Runs a TypeScript entry point and waits for it to print its URL. */
export function startProcess(
  entry: string,
  args: string[],
  pattern: RegExp,
): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${entry} did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = pattern.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      // Keep draining the output, so a chatty server never blocks on a full pipe.
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve({
        url,
        child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`${entry} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Sightline on a free port with `token` as a write token (and `readToken`, when given,
 * as a read-only one) and no demo data.
 */
export function startSightline(
  dbPath: string,
  token: string,
  readToken?: string,
): Promise<Started> {
  const read = readToken ? ['--read-token', readToken] : [];
  return startProcess(
    'src/server/main.ts',
    ['--port', '0', '--db', dbPath, '--token', token, ...read, '--no-demo', '--quiet'],
    /running at (http:\/\/\S+?)\/\s/,
  );
}
