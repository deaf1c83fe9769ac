/**
 * The README and LICENSE of each vendor package, written from docs/<vendor>.md (the vendor's page) and
 * the root package.json, so that the npm page of a package says what it does and how to install it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import type { RootManifest, Vendor } from './vendors';

const ROOT = join(__dirname, '..', '..');

function repositoryWeb(root: RootManifest): string {
	return root.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
}

function installSection(name: string, service: string): string {
	return [
		'## Install',
		'',
		'From the n8n editor (self-hosted n8n with community packages enabled):',
		'1. Open **Settings → Community Nodes** and select **Install**.',
		`2. Enter \`${name}\`, confirm the risk notice, and select **Install**.`,
		'',
		'By hand (e.g. when installing from the editor is turned off), then restart n8n:',
		'```bash',
		'mkdir -p ~/.n8n/nodes && cd ~/.n8n/nodes',
		`npm install ${name}`,
		'```',
		'In Docker, run the same inside the container (folder `/home/node/.n8n/nodes`) or mount a volume there.',
		'',
		`This package is not verified by n8n, so n8n Cloud cannot install it; search the node panel for "${service}" once it is installed.`,
		'It works on n8n 1.85.4 and newer, and on n8n 2.x.',
	].join('\n');
}

/** docs/<vendor>.md with the install section in place of its pointer to the root README. */
export function vendorReadme(root: RootManifest, vendor: Vendor, name: string): string {
	const web = repositoryWeb(root);
	const doc = readFileSync(join(ROOT, 'docs', `${vendor.id}.md`), 'utf8');
	const lines = doc.split('\n').filter((line) => !/^<!-- operations:(start|end)/.test(line));
	// The npm page's title is the package name.
	if (!lines[0].startsWith('# ')) throw new Error(`docs/${vendor.id}.md does not open with a title`);
	lines[0] = `# ${name}`;
	const pointer = lines.findIndex((line) => line.startsWith('Part of ['));
	if (pointer < 0) throw new Error(`docs/${vendor.id}.md has no "Part of [...]" line to replace`);
	const intro = `The package \`${name}\` holds one service's nodes; the other services of [${root.name}](${web}#readme) are packages of their own.`;
	lines.splice(pointer, 1, intro, '', installSection(name, vendor.service));
	const body = lines
		.join('\n')
		.replace(/\]\(\.\.\/README\.md/g, `](${web}/blob/main/README.md`)
		.replace(/\]\(\.\.\/docs\//g, `](${web}/blob/main/docs/`)
		.replace(/\]\((?!https?:|#)([^)]+)\)/g, `](${web}/blob/main/docs/$1)`);
	return `${body.trimEnd()}\n\n## License\n\nMIT: the LICENSE file in this package.\n`;
}

export function vendorLicense(root: RootManifest): string {
	return `MIT License

Copyright (c) ${new Date().getUTCFullYear()} ${root.author.name}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;
}
