import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared vectors, relative to the repository root. */
export const VECTORS_PATH = 'backend/ot/src/test/resources/ot-vectors.json';

/**
 * Reads a file of this repository by its path from the root, found by walking up from this
 * (compiled) module until the vectors file appears, so the tests work from any working directory.
 */
export function readRepoFile(relativePath: string): string {
  return readFileSync(join(repositoryRoot(), relativePath), 'utf8');
}

function repositoryRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, VECTORS_PATH))) {
    const parent = dirname(directory);
    if (parent === directory) {
      throw new Error(`no ${VECTORS_PATH} above ${fileURLToPath(import.meta.url)}`);
    }
    directory = parent;
  }
  return directory;
}
