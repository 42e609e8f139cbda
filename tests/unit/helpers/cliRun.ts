// `vigil` run in this process as a shell would run it, with what it printed and its exit status.
import { runCli } from '../../../src/main/cli/main';
import type { CliIo } from '../../../src/main/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `env` stands for the process's environment (its locale variables); the process's own when absent. */
export async function runVigil(args: string[], env?: Record<string, string | undefined>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false };
  const code = await runCli(args, io, env);
  return { code, stdout, stderr };
}
