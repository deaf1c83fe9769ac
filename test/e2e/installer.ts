/**
 * The README's first install route, end to end: Settings → Community Nodes → Install. The built
 * pack is packed (`npm pack`) and published to a loopback npm registry (Verdaccio); an n8n with no
 * pack installed is pointed at that registry (N8N_COMMUNITY_PACKAGES_REGISTRY) and installs the pack
 * through its own installer, the REST call the Settings page makes (POST /rest/community-packages).
 * Checks: n8n reports the pack's nodes installed, the node panel's types list them, and a credential
 * credential created for every vendor passes its test through the installed copy.
 *
 * A registry other than npmjs.com is an n8n Enterprise feature ("custom npm registry"); the test
 * turns that one license flag on through n8n's own end-to-end test switch (E2E_TESTS=true, the
 * PATCH /rest/e2e/feature call n8n's own UI tests use). Installing from npmjs.com needs no license.
 */
import { rmSync } from 'fs';
import { join } from 'path';

import { sandboxCredentials } from '../../scripts/dev/credentials';
import { ensureVerdaccio, packPack, publish, startRegistry } from '../../scripts/dev/registry';
import { freePort, PACKAGE_NAME, stopChild } from '../../scripts/dev/runtime';
import { N8nRest } from './rest';
import { attempt, type Suite } from './suite';

const CUSTOM_REGISTRY_FEATURE = 'feat:communityNodes:customRegistry';

export const installerSuite: Suite = {
	name: 'installer',
	roles: ['full'],
	async run(context) {
		const { n8n, workspace } = context;
		await ensureVerdaccio();
		const directory = join(n8n.dir, 'installer');
		const registry = await startRegistry(join(directory, 'registry'));
		try {
			const tarball = await packPack(join(directory, 'pack'));
			await publish(registry, tarball);
			const { version } = (await (await fetch(`${registry.url}/${PACKAGE_NAME}/latest`)).json()) as { version: string };
			const port = await freePort();
			rmSync(join(directory, 'home'), { recursive: true, force: true });
			const env = n8n.env(join(directory, 'home'), port, {
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				N8N_COMMUNITY_PACKAGES_REGISTRY: registry.url,
				N8N_REINSTALL_MISSING_PACKAGES: 'false',
				E2E_TESTS: 'true',
			});
			const server = await n8n.start(env, port);
			try {
				const rest = new N8nRest(n8n, `http://127.0.0.1:${port}`);
				await rest.signIn();
				const before = await rest.loadedTypes();
				const feature = await rest.request('PATCH', '/rest/e2e/feature', { feature: CUSTOM_REGISTRY_FEATURE, enabled: true });
				if (feature.status !== 200) throw new Error(`PATCH /rest/e2e/feature answered ${feature.status}: ${feature.text.slice(0, 300)}`);

				const outcomes = [];
				let installedNodes: string[] = [];
				outcomes.push(
					await attempt(`installer: Settings → Community Nodes installs ${PACKAGE_NAME}@${version} from a loopback npm registry`, async () => {
						if ([...before.nodes].some((type) => type.startsWith(`${PACKAGE_NAME}.`))) throw new Error('the pack was loaded before it was installed');
						const answer = await rest.post('/rest/community-packages', { name: PACKAGE_NAME });
						if (answer.status !== 200) throw new Error(`POST /rest/community-packages answered ${answer.status}: ${answer.text.slice(0, 500)}`);
						const installed = answer.json<{ data: { packageName: string; installedVersion: string; installedNodes: Array<{ type: string; name: string }> } }>().data;
						if (installed.packageName !== PACKAGE_NAME || installed.installedVersion !== version) throw new Error(`n8n installed ${installed.packageName}@${installed.installedVersion}`);
						installedNodes = installed.installedNodes.map((node) => node.type);
						const missing = workspace.nodeTypes.filter((type) => !installedNodes.includes(type));
						if (missing.length) throw new Error(`n8n's installer did not report: ${missing.join(', ')}`);
						const listed = await rest.get('/rest/community-packages');
						if (!listed.text.includes(`"packageName":"${PACKAGE_NAME}"`)) throw new Error(`GET /rest/community-packages does not list the pack: ${listed.text.slice(0, 300)}`);
						return `${installedNodes.length} nodes`;
					}),
				);
				outcomes.push(
					await attempt('installer: the installed nodes and credentials are in the node panel types', async () => {
						const loaded = await rest.loadedTypes();
						const missing = [...workspace.nodeTypes.filter((type) => !loaded.nodes.has(type)), ...workspace.credentialTypes.filter((type) => !loaded.credentials.has(type))];
						if (missing.length) throw new Error(`not in /types/*.json after the install: ${missing.join(', ')}`);
					}),
				);
				// As a user does next: create each credential in the editor, then select "Test".
				for (const credential of sandboxCredentials(context.sandbox.url, workspace.credentialTypes)) {
					outcomes.push(
						await attempt(`installer: a new credential of the installed pack passes its test: ${credential.name}`, async () => {
							const created = await rest.post('/rest/credentials', { name: credential.name, type: credential.type, data: credential.data });
							if (created.status !== 200) throw new Error(`POST /rest/credentials answered ${created.status}: ${created.text.slice(0, 300)}`);
							const body = created.json<{ data?: { id: string }; id?: string }>();
							const id = body.data?.id ?? body.id;
							const answer = await rest.testCredential({ ...credential, id: String(id) });
							if (answer.http !== 200 || answer.status !== 'OK') throw new Error(`HTTP ${answer.http} ${answer.status}: ${answer.message}`);
						}),
					);
				}
				return outcomes;
			} finally {
				await stopChild(server.child);
			}
		} finally {
			await registry.close();
		}
	},
};
