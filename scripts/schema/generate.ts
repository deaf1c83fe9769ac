/**
 * Writes the output schemas (scripts/schema/outputSchemas.ts) into dist/nodes/<vendor>/__schema__/,
 * beside the compiled node files, where n8n looks for them. Run by `gulp build:schemas` after tsc;
 * `ts-node scripts/schema/generate.ts` prints what it wrote.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';

import { schemaFileTexts } from './outputSchemas';
import { schemaScopes } from './scope';

export function writeOutputSchemas(dist = resolve(__dirname, '..', '..', 'dist')): string[] {
	const scopes = schemaScopes();
	for (const scope of scopes) rmSync(join(dist, 'nodes', scope.folder, '__schema__'), { recursive: true, force: true });
	const written: string[] = [];
	for (const [path, text] of schemaFileTexts(scopes)) {
		const target = join(dist, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text);
		written.push(path);
	}
	return written;
}

if (require.main === module) {
	const written = writeOutputSchemas();
	process.stdout.write(`${written.length} output schemas written under dist/nodes/*/__schema__/\n`);
}
