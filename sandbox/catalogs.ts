/**
 * Finds the vendor catalogs the nodes are built from: the TypeScript sources (under ts-node or
 * jest) or the compiled `dist/` of `npm run build`, which is what n8n runs in `dev` and e2e.
 */
import { existsSync } from 'fs';
import { join } from 'path';

import type { VendorCatalog } from '../nodes/shared/catalog';

export type CatalogSource = 'source' | 'dist';

export const PROJECT_ROOT = join(__dirname, '..');

function isCatalog(value: unknown): value is VendorCatalog {
	return !!value && typeof value === 'object' && Array.isArray((value as VendorCatalog).operations) && Array.isArray((value as VendorCatalog).resources);
}

export interface LoadedCatalog {
	catalog?: VendorCatalog;
	/** Why the vendor is not served, when it is not. */
	problem?: string;
}

/** Loads `nodes/<Folder>/catalog` (a folder with an index, or a single file). */
export function loadCatalog(folder: string, source: CatalogSource, root = PROJECT_ROOT): LoadedCatalog {
	const base = source === 'dist' ? join(root, 'dist', 'nodes', folder) : join(root, 'nodes', folder);
	const extension = source === 'dist' ? '.js' : '.ts';
	const candidates = [join(base, 'catalog', `index${extension}`), join(base, `catalog${extension}`)];
	const file = candidates.find((candidate) => existsSync(candidate));
	if (!file) return { problem: `no catalog at ${candidates.map((candidate) => candidate.slice(root.length + 1)).join(' or ')}` };
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const loaded = require(file) as Record<string, unknown>;
		const catalogs = Object.values(loaded).filter(isCatalog);
		if (catalogs.length === 0) return { problem: `${file.slice(root.length + 1)} exports no VendorCatalog` };
		// An index may also export partial catalogs; the full one has the most operations.
		return { catalog: catalogs.reduce((best, next) => (next.operations.length > best.operations.length ? next : best)) };
	} catch (error) {
		return { problem: `loading ${file.slice(root.length + 1)} failed: ${(error as Error).message.split('\n')[0]}` };
	}
}
