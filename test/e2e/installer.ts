/**
 * The README's first install route, end to end, with the packages users get: one per vendor
 * (`npm run pack:vendors`). Two vendor packages are published to a loopback npm registry (Verdaccio);
 * an n8n with nothing installed is pointed at that registry (N8N_COMMUNITY_PACKAGES_REGISTRY) and
 * installs both, one after the other, through its own installer, the REST call the Settings page
 * makes (POST /rest/community-packages). Checks: n8n reports each package's nodes installed, the node
 * panel's types list both packages' nodes and credentials, a credential of each vendor passes its
 * test through the installed copy, and one workflow that uses both packages' nodes runs.
 *
 * A registry other than npmjs.com is an n8n Enterprise feature ("custom npm registry"); the test
 * turns that one license flag on through n8n's own end-to-end test switch (E2E_TESTS=true, the
 * PATCH /rest/e2e/feature call n8n's own UI tests use). Installing from npmjs.com needs no license.
 */
import { rmSync } from 'fs';
import { join } from 'path';

import { sandboxCredentials } from '../../scripts/dev/credentials';
import { ensureVerdaccio, publish, startRegistry } from '../../scripts/dev/registry';
import { freePort, stopChild } from '../../scripts/dev/runtime';
import type { VendorPackage } from '../../scripts/pack/vendors';
import { N8nRest } from './rest';
import { RUN_SUFFIX, attempt, type Outcome, type Suite } from './suite';

const CUSTOM_REGISTRY_FEATURE = 'feat:communityNodes:customRegistry';
/** Installed side by side: two vendors, one of them with two credential types. */
const INSTALLED = ['enapps', 'cirrus'];
const WEBHOOK_PATH = 'salesops-e2e-two-packages';
/** One Verdaccio install for the run: the n8n majors' installer suites run side by side. */
let verdaccio: ReturnType<typeof ensureVerdaccio> | undefined;

/** Webhook → Enapps partners (1) → Cirrus accounts (1): a workflow that needs both packages loaded. */
function twoPackageWorkflow(enapps: VendorPackage, cirrus: VendorPackage, credentials: Record<string, { id: string; name: string }>): Record<string, unknown> {
	return {
		name: 'Installer e2e: Enapps and Cirrus packages in one workflow',
		active: false,
		settings: {},
		nodes: [
			{ id: 'a0000000-0000-4000-8000-000000000001', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: 'a0000000-0000-4000-8000-0000000000ff', parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'onReceived', options: {} } },
			{
				id: 'a0000000-0000-4000-8000-000000000002',
				name: 'One Enapps partner',
				type: `${enapps.name}.enapps`,
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'partner', operation: 'getAll', returnAll: false, limit: 1, filters: {} },
				credentials: { enappsApi: credentials.enappsApi },
			},
			{
				id: 'a0000000-0000-4000-8000-000000000003',
				name: 'One Cirrus account',
				type: `${cirrus.name}.cirrus`,
				typeVersion: 1,
				position: [440, 0],
				executeOnce: true,
				parameters: { authentication: 'apiToken', resource: 'account', operation: 'getMany', returnAll: false, limit: 1, filters: {} },
				credentials: { cirrusApi: credentials.cirrusApi },
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'One Enapps partner', type: 'main', index: 0 }]] },
			'One Enapps partner': { main: [[{ node: 'One Cirrus account', type: 'main', index: 0 }]] },
		},
	};
}

export const installerSuite: Suite = {
	name: 'installer',
	roles: ['full'],
	async run(context) {
		const { n8n } = context;
		await (verdaccio ??= ensureVerdaccio());
		const directory = join(n8n.dir, `installer${RUN_SUFFIX}`);
		// The tarballs run.ts packed once: packing again here would rewrite them under the other n8n's feet.
		const packages = context.vendorPackages.filter((pack) => INSTALLED.includes(pack.vendor.id));
		const registry = await startRegistry(join(directory, 'registry'));
		try {
			for (const pack of packages) await publish(registry, pack.tarball);
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

				const outcomes: Outcome[] = [];
				for (const pack of packages) {
					outcomes.push(
						await attempt(`installer: Settings → Community Nodes installs ${pack.name}@${pack.version} from a loopback npm registry`, async () => {
							if ([...before.nodes].some((type) => type.startsWith(`${pack.name}.`))) throw new Error('the package was loaded before it was installed');
							const answer = await rest.post('/rest/community-packages', { name: pack.name });
							if (answer.status !== 200) throw new Error(`POST /rest/community-packages answered ${answer.status}: ${answer.text.slice(0, 500)}`);
							const installed = answer.json<{ data: { packageName: string; installedVersion: string; installedNodes: Array<{ type: string; name: string }> } }>().data;
							if (installed.packageName !== pack.name || installed.installedVersion !== pack.version) throw new Error(`n8n installed ${installed.packageName}@${installed.installedVersion}`);
							const reported = installed.installedNodes.map((node) => node.type);
							if (reported.sort().join() !== [...pack.nodeTypes].sort().join()) throw new Error(`n8n's installer reported ${reported.join(', ')}; the package has ${pack.nodeTypes.join(', ')}`);
							return `${reported.length} nodes`;
						}),
					);
				}
				outcomes.push(
					await attempt(`installer: both packages listed, their nodes and credentials in the node panel types`, async () => {
						const listed = await rest.get('/rest/community-packages');
						const unlisted = packages.filter((pack) => !listed.text.includes(`"packageName":"${pack.name}"`));
						if (unlisted.length) throw new Error(`GET /rest/community-packages does not list ${unlisted.map((pack) => pack.name).join(', ')}`);
						const loaded = await rest.loadedTypes();
						const missing = packages.flatMap((pack) => [...pack.nodeTypes.filter((type) => !loaded.nodes.has(type)), ...pack.credentialTypes.filter((type) => !loaded.credentials.has(type))]);
						if (missing.length) throw new Error(`not in /types/*.json after the installs: ${missing.join(', ')}`);
					}),
				);
				// As a user does next: create each credential in the editor, then select "Test".
				const created: Record<string, { id: string; name: string }> = {};
				for (const credential of sandboxCredentials(context.sandbox.url, packages.flatMap((pack) => pack.credentialTypes))) {
					outcomes.push(
						await attempt(`installer: a new credential of an installed package passes its test: ${credential.name}`, async () => {
							const answer = await rest.post('/rest/credentials', { name: credential.name, type: credential.type, data: credential.data });
							if (answer.status !== 200) throw new Error(`POST /rest/credentials answered ${answer.status}: ${answer.text.slice(0, 300)}`);
							const body = answer.json<{ data?: { id: string }; id?: string }>();
							const id = String(body.data?.id ?? body.id);
							// The first credential of a type is the one the workflow below uses.
							created[credential.type] ??= { id, name: credential.name };
							const tested = await rest.testCredential({ ...credential, id });
							if (tested.http !== 200 || tested.status !== 'OK') throw new Error(`HTTP ${tested.http} ${tested.status}: ${tested.message}`);
						}),
					);
				}
				outcomes.push(
					await attempt('installer: a workflow with nodes of both installed packages runs', async () => {
						const [enapps, cirrus] = INSTALLED.map((id) => packages.find((pack) => pack.vendor.id === id) as VendorPackage);
						const saved = await rest.post('/rest/workflows', twoPackageWorkflow(enapps, cirrus, created));
						if (saved.status !== 200) throw new Error(`POST /rest/workflows answered ${saved.status}: ${saved.text.slice(0, 500)}`);
						const workflowId = String(saved.json<{ data: { id: string } }>().data.id);
						await rest.activate(workflowId);
						const called = await rest.callWebhook(WEBHOOK_PATH);
						if (called.status !== 200) throw new Error(`the webhook answered ${called.status}: ${called.text.slice(0, 300)}`);
						const [execution] = await rest.waitForExecutions(workflowId, 1);
						const run = await rest.execution(execution.id);
						if (!run.ok) throw new Error(`execution ${execution.id} ended ${run.status}: ${run.error ?? ''}`);
						const empty = ['One Enapps partner', 'One Cirrus account'].filter((node) => !run.nodes[node]?.items.length);
						if (empty.length) throw new Error(`execution ${execution.id} returned nothing from ${empty.join(', ')}`);
						return `execution ${execution.id}`;
					}),
				);
				return outcomes;
			} finally {
				await stopChild(server.child);
			}
		} finally {
			await registry.close();
		}
	},
};
