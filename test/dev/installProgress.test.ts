import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { InstallProgress } from '../../scripts/dev/runtime';

// The first `npm run dev` installs n8n for minutes; this line, printed every 10 s, says what npm is doing.
describe('npm run dev: progress of the n8n install', () => {
	let modules: string;

	beforeEach(() => {
		modules = join(mkdtempSync(join(tmpdir(), 'salesops-install-')), 'node_modules');
		mkdirSync(join(modules, 'luxon'), { recursive: true });
		mkdirSync(join(modules, '@n8n', 'di'), { recursive: true });
		mkdirSync(join(modules, '@n8n', 'config'), { recursive: true });
		mkdirSync(join(modules, '.bin'));
	});

	afterEach(() => rmSync(join(modules, '..'), { recursive: true, force: true }));

	it("counts npm's fetched package documents and tarballs once each, even across output chunks", () => {
		const progress = new InstallProgress('n8n 1.123.81: npm install (step 1 of 1)', modules, Date.now() - 125_000, 60_000);
		progress.read('npm http fetch GET 200 https://registry.npmjs.org/luxon 13ms (cache stale)\n');
		progress.read('npm http cache luxon@https://registry.npmjs.org/luxon/-/luxon-3.5.0.tgz 0ms (cache hit)\n');
		progress.read('npm http fetch GET 200 https://registry.npmjs.org/luxon/-/luxon-3.5.0.tgz 215ms (cache miss)\nnpm http fetch GET 200 https://registry.npmjs.org/@n8n%2fdi 9ms\nnpm http fe');
		progress.read('tch GET 200 https://registry.npmjs.org/@n8n/di/-/di-0.9.0.tgz 4ms (cache miss)\nnpm warn deprecated glob@7.2.3: old\n');
		progress.stop();
		expect(progress.line()).toBe('n8n 1.123.81: npm install (step 1 of 1), 2 min 5 s: 2 package documents read, 2 packages downloaded, 3 packages in node_modules');
	});

	it('before npm fetched anything (npm rebuild), the line gives the time and node_modules only', () => {
		const progress = new InstallProgress('n8n 2.40.5: npm rebuild (step 2 of 2)', modules, Date.now() - 9_000, 60_000);
		progress.stop();
		expect(progress.line()).toBe('n8n 2.40.5: npm rebuild (step 2 of 2), 0 min 9 s: 3 packages in node_modules');
	});
});
