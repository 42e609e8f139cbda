// The Electron fuses of a packaged Vigil (scripts/fuses.mjs): the configuration, and the script
// flipping them on a binary laid out as Electron's (the fuse sentinel, wire version, length, states).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'fuses.mjs');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** What the packaged app must have: Electron's security checklist, "Enable fuses" (DESIGN.md §4). */
const REQUIRED = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
} as const;

/** A file with Electron's fuse wire inside: every fuse at the opposite of what Vigil wants, or inherited. */
function fakeBinary(): string {
  const wire = Buffer.alloc(9, FuseState.ENABLE);
  wire[FuseV1Options.EnableCookieEncryption] = FuseState.DISABLE;
  wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation] = FuseState.DISABLE;
  wire[FuseV1Options.OnlyLoadAppFromAsar] = FuseState.DISABLE;
  const path = join(tempDir(), 'electron');
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.alloc(4096, 0x7f),
      Buffer.from(SENTINEL),
      Buffer.from([1, 9]),
      wire,
      Buffer.alloc(4096),
    ]),
  );
  return path;
}

describe('the fuses of the packaged app', () => {
  it('are configured as the security checklist asks', () => {
    const printed = spawnSync(process.execPath, [SCRIPT, '--print'], { encoding: 'utf8' });
    expect(printed.status).toBe(0);
    const config = JSON.parse(printed.stdout) as Record<string, boolean>;
    for (const [name, wanted] of Object.entries(REQUIRED)) expect(config[name], name).toBe(wanted);
    // Every fuse of the wire is set explicitly, so a fuse a later Electron adds is a decision.
    expect(Object.keys(config).sort()).toEqual(
      Object.keys(FuseV1Options)
        .filter((k) => Number.isNaN(Number(k)))
        .sort(),
    );
  });

  it('are flipped on a binary by the script and read back as configured', async () => {
    const binary = fakeBinary();
    const flipped = spawnSync(process.execPath, [SCRIPT, binary], { encoding: 'utf8' });
    expect(flipped.status, flipped.stderr).toBe(0);
    const wire = await getCurrentFuseWire(binary);
    for (const [name, wanted] of Object.entries(REQUIRED)) {
      expect(wire[FuseV1Options[name as keyof typeof REQUIRED]], name).toBe(
        wanted ? FuseState.ENABLE : FuseState.DISABLE,
      );
    }
  });

  it('refuse a binary without a fuse wire', () => {
    const path = join(tempDir(), 'not-electron');
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    const flipped = spawnSync(process.execPath, [SCRIPT, path], { encoding: 'utf8' });
    expect(flipped.status).toBe(1);
    expect(flipped.stderr).toMatch(/sentinel/);
  });
});
