// The Electron fuses of a packaged Vigil: switches compiled into the Electron binary that turn off
// what the app never needs (running as plain Node, NODE_OPTIONS, --inspect, file:// privileges) and
// make it load only its own, integrity-checked app.asar. Run on the packaged binary, after packaging:
//   node scripts/fuses.mjs path/to/Vigil            (flips the fuses, then reads them back)
//   node scripts/fuses.mjs --print                  (prints the configuration as JSON)
// The development binary in node_modules is never flipped: `npm start` runs out/ from a folder, which
// OnlyLoadAppFromAsar would refuse.
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/** Every fuse of wire V1, set explicitly (strictlyRequireAllFuses): a fuse added later fails the flip. */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  resetAdHocDarwinSignature: process.platform === 'darwin',
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** The configuration by fuse name, as the test and a reader of this file see it. */
export function fusesByName() {
  const named = {};
  for (const [key, value] of Object.entries(FUSES)) {
    const name = FuseV1Options[Number(key)];
    if (name !== undefined) named[name] = value;
  }
  return named;
}

/** Flips the fuses of the binary at `path`, reads them back and throws if any differs. */
export async function applyFuses(path) {
  await flipFuses(path, FUSES);
  const wire = await getCurrentFuseWire(path);
  for (const [name, wanted] of Object.entries(fusesByName())) {
    const state = wire[FuseV1Options[name]];
    if (state !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)) {
      throw new Error(`fuse ${name} reads ${String(state)} after flipping, not ${wanted ? 'on' : 'off'}`);
    }
  }
}

async function main(args) {
  if (args[0] === '--print') {
    console.log(JSON.stringify(fusesByName(), null, 2));
    return 0;
  }
  if (args.length !== 1) {
    console.error('usage: node scripts/fuses.mjs PATH_TO_PACKAGED_ELECTRON_BINARY | --print');
    return 2;
  }
  await applyFuses(args[0]);
  console.log(`fuses set on ${args[0]}`);
  return 0;
}

if (process.argv[1] === import.meta.filename) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`fuses: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
