// Starting the servers a benchmark measures, each in its own process as in production.
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
      child.stdout?.off('data', onData);
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

export function startSightline(dbPath: string, token: string): Promise<Started> {
  return startProcess(
    'src/server/main.ts',
    ['--port', '0', '--db', dbPath, '--token', token, '--no-demo', '--quiet'],
    /running at (http:\/\/\S+?)\/\s/,
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
