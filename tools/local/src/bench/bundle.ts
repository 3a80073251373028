import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface BundleSize {
  /** What the browser fetches before the first page shows: main, styles and the modulepreloaded chunks. */
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  bytes: number;
  gzipBytes: number;
}

/**
 * The web app's initial bundle, read from the built index.html as a browser would, each file
 * compressed at gzip -9 (what a server or CDN ships; lazy route chunks are not counted).
 */
export function measureInitialBundle(browserDir: string): BundleSize {
  const indexFile = join(browserDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: build the web app first.`);
  const html = readFileSync(indexFile, 'utf8');
  const names = new Set<string>();
  for (const [, name] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) names.add(name!);
  for (const [, name] of html.matchAll(/<link[^>]*\srel="(?:stylesheet|modulepreload)"[^>]*\shref="([^"]+)"/g)) names.add(name!);
  for (const [, name] of html.matchAll(/<link[^>]*\shref="([^"]+)"[^>]*\srel="(?:stylesheet|modulepreload)"/g)) names.add(name!);
  const files = [...names]
    .filter((name) => !/^[a-z]+:/i.test(name))
    .map((file) => {
      const content = readFileSync(join(browserDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length };
    });
  return { files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
