/**
 * Picks the n8n engine a benchmark runs on: `N8N_MAJOR=1` sends every `n8n-core` / `n8n-workflow`
 * import (ours and n8n-core's own) to the 1.x pair the jest project `n8n-1x` uses; otherwise 2.x.
 * Import this module before anything that loads n8n.
 */
import Module from 'module';

export const major = process.env.N8N_MAJOR === '1' ? '1.x' : '2.x';

if (major === '1.x') {
	const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
	const resolve = moduleWithResolver._resolveFilename;
	moduleWithResolver._resolveFilename = function (request: string, ...rest: unknown[]) {
		const mapped = request.replace(/^n8n-(core|workflow)(?=$|\/)/, 'n8n-$1-1x');
		return resolve.call(this, mapped, ...rest);
	};
}

export function engineVersions(): string {
	/* eslint-disable @typescript-eslint/no-require-imports */
	const core = (require('n8n-core/package.json') as { version: string }).version;
	const workflow = (require('n8n-workflow/package.json') as { version: string }).version;
	return `n8n-core ${core} / n8n-workflow ${workflow}`;
}
