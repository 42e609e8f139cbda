// tsconfig.node.json (a composite project, which type-checks tests) refuses any file outside its
// include list, and the renderer's sources belong to tsconfig.web.json. So the renderer modules under
// test are loaded at run time by a path TypeScript does not follow, and each test types them by its own
// description of what it uses. Vitest still transforms and runs the real TypeScript sources.
import { join } from 'node:path';

const RENDERER_SOURCES = join(import.meta.dirname, '..', '..', '..', 'src', 'renderer', 'src');

export async function loadRendererModule<T>(path: string): Promise<T> {
  return (await import(/* @vite-ignore */ join(RENDERER_SOURCES, path))) as T;
}
