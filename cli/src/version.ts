import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../host/src/index';

/** This package's version, from its package.json. */
export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
