/**
 * The editor suite, on one running n8n: every node and credential type of the vendor packages is loaded (the
 * types the editor's node panel is built from), every sandbox credential passes the credential
 * modal's "Test", and (role `full`) the reviewer's view: the n8n editor in headless Chromium adds
 * each of our nodes from the node panel (search → node → action) and saves a screenshot of its
 * parameter panel into test/e2e/screenshots/<vendor>.png (n8n 2.x: screenshots/n8n-2/<vendor>.png).
 * Needs Debian's chromium (`apt-get install chromium`).
 */
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';

import { chromium, selectors, type Browser, type Page } from 'playwright-core';

import { freePort, log, ROOT, RUNTIME_DIR, RuntimeError, stopChild, type N8n } from '../../scripts/dev/runtime';
import { sandboxCredentials } from '../../scripts/dev/credentials';
import { setUpOwner } from '../../scripts/dev/owner';
import { checkActionLists } from './actionList';
import { N8nRest } from './rest';
import type { Outcome, Suite } from './suite';

export const SCREENSHOT_DIR = join(ROOT, 'test', 'e2e', 'screenshots');

/** Where one n8n's screenshots go: 1.x at the top (README shows them), each later major in its folder. */
export function screenshotDir(n8n: N8n): string {
	return n8n.major === 1 ? SCREENSHOT_DIR : join(SCREENSHOT_DIR, `n8n-${n8n.major}`);
}
/** Screenshots of failed attempts stay out of the work tree. */
const FAILURE_DIR = join(RUNTIME_DIR, 'e2e-failures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The action each node is shown with: one that has fields worth seeing. */
const SHOWCASE: Record<string, { search: string; action: string }> = {
	enapps: { search: 'Enapps ERP', action: 'Create sale order' },
	cirrus: { search: 'Cirrus', action: 'Create account' },
	guardant: { search: 'Guardant', action: 'Create customer' },
	quince: { search: 'QUINCE', action: 'Create many partners' },
	repzo: { search: 'Repzo', action: 'Create client' },
};

/** A record picker opened on the showcase panel, listing records the sandbox serves (parameter name). */
const PICKER: Record<string, string> = { enapps: 'partner_order_id' };

/** Opens the resource locator of `parameter` and waits for the records it lists; returns their names. */
async function openPicker(page: Page, parameter: string): Promise<string[]> {
	const locator = page.getByTestId(`resource-locator-${parameter}`);
	// The first input is the mode switch (From List / By ID); the value input opens the list.
	const byTestId = locator.getByTestId('rlc-input');
	await ((await byTestId.count()) > 0 ? byTestId.first() : locator.locator('input').nth(1)).click();
	const items = page.getByTestId('rlc-item');
	await items.first().waitFor({ state: 'visible', timeout: 20_000 });
	await page.waitForTimeout(300);
	return (await items.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

export interface EditorShot {
	node: string;
	ok: boolean;
	seconds: number;
	file?: string;
	detail?: string;
}

/** Closes whatever modal n8n opens after sign-in (license offers, what's new). */
async function dismissModals(page: Page): Promise<void> {
	for (let i = 0; i < 3; i++) {
		const button = page.locator('.el-dialog button, [role="dialog"] button').filter({ hasText: /^(Skip|Close|Got it|Maybe later|Not now)$/i });
		if ((await button.count()) > 0 && (await button.first().isVisible())) await button.first().click();
		await page.keyboard.press('Escape');
		await page.waitForTimeout(200);
	}
}

function searchInput(page: Page) {
	return page.getByPlaceholder(/^Search/).last();
}

export async function addNode(page: Page, baseUrl: string, key: string): Promise<string> {
	const showcase = SHOWCASE[key] ?? { search: key, action: '' };
	await page.goto(`${baseUrl}/workflow/new`);
	await page.getByTestId('canvas-add-button').waitFor({ timeout: 60_000 });
	await dismissModals(page);
	// A trigger first, as a user starts; our node then goes after it.
	await page.getByTestId('canvas-add-button').click();
	await searchInput(page).fill('Manual');
	await page.getByTestId('item-iterator-item').filter({ hasText: /Trigger manually|Manual Trigger/ }).first().click();
	// n8n 1.123 does not open a parameterless trigger; older versions did.
	await page.getByTestId('ndv').waitFor({ state: 'visible', timeout: 1500 }).catch(() => undefined);
	if (await page.getByTestId('ndv').isVisible()) await page.getByTestId('back-to-canvas').click();
	await page.getByTestId('canvas-handle-plus').first().click();
	const search = searchInput(page);
	await search.fill(showcase.search);
	await page.getByTestId('item-iterator-item').filter({ hasText: showcase.search }).first().click();
	// The node's panel lists its actions by resource; the showcase action, or the first one.
	const creator = page.getByTestId('node-creator');
	const actions = creator.getByTestId('item-iterator-item');
	await actions.first().waitFor();
	const wanted = creator.getByTestId('item-iterator-item').filter({ hasText: new RegExp(`^\\s*${showcase.action}\\s*$`) });
	// Long action lists (Repzo has hundreds) render as they scroll into view.
	for (let attempt = 0; showcase.action && attempt < 60 && (await wanted.count()) === 0; attempt++) {
		await actions.last().scrollIntoViewIfNeeded();
		await page.waitForTimeout(100);
	}
	const chosen = showcase.action && (await wanted.count()) > 0 ? wanted.first() : actions.first();
	const label = (await chosen.innerText()).trim().split('\n')[0];
	await chosen.click();
	await page.getByTestId('ndv').waitFor({ state: 'visible', timeout: 15_000 });
	await page.getByTestId('node-parameters').first().waitFor({ state: 'visible' });
	await page.waitForTimeout(800);
	return label;
}

/**
 * The credential modal's "Test" for every sandbox credential, through n8n's own REST endpoint:
 * each credential type's test request must reach the sandbox and be accepted.
 */
async function testCredentials(rest: N8nRest, sandboxUrl: string, types: string[]): Promise<EditorShot[]> {
	const results: EditorShot[] = [];
	for (const credential of sandboxCredentials(sandboxUrl, types)) {
		const began = Date.now();
		const answer = await rest.testCredential(credential);
		results.push({ node: `credential test: ${credential.name}`, ok: answer.http === 200 && answer.status === 'OK', seconds: (Date.now() - began) / 1000, detail: `HTTP ${answer.http} ${answer.status}: ${answer.message}` });
	}
	return results;
}

/** Every node and credential type the pack lists is among the types n8n loaded. */
async function checkLoaded(rest: N8nRest, nodeTypes: string[], credentialTypes: string[]): Promise<EditorShot> {
	const began = Date.now();
	const loaded = await rest.loadedTypes();
	const missing = [...nodeTypes.filter((type) => !loaded.nodes.has(type)), ...credentialTypes.filter((type) => !loaded.credentials.has(type))];
	return {
		node: `loads: ${nodeTypes.length} nodes and ${credentialTypes.length} credential types`,
		ok: missing.length === 0 && nodeTypes.length > 0,
		seconds: (Date.now() - began) / 1000,
		detail: missing.length ? `n8n did not load: ${missing.join(', ')}` : undefined,
	};
}

export interface EditorOptions {
	n8n: N8n;
	userFolder: string;
	nodeTypes: string[];
	sandboxUrl: string;
	credentialTypes: string[];
	/** Open the editor in Chromium and screenshot each node (default true). */
	screenshots?: boolean;
}

export async function checkEditor(options: EditorOptions): Promise<EditorShot[]> {
	const { n8n } = options;
	const port = await freePort();
	const env = n8n.env(options.userFolder, port, { N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	const server = await n8n.start(env, port);
	const baseUrl = `http://127.0.0.1:${port}`;
	log(`${n8n.label} editor up in ${server.seconds} s on ${baseUrl}`);
	const shots: EditorShot[] = [];
	try {
		const rest = new N8nRest(n8n, baseUrl);
		await rest.signIn();
		shots.push(await checkLoaded(rest, options.nodeTypes, options.credentialTypes));
		shots.push(...(await testCredentials(rest, options.sandboxUrl, options.credentialTypes)));
		if (options.screenshots !== false) shots.push(...(await screenshotNodes(n8n, baseUrl, options.nodeTypes)));
	} finally {
		await stopChild(server.child);
	}
	return shots;
}

async function screenshotNodes(n8n: N8n, baseUrl: string, nodeTypes: string[]): Promise<EditorShot[]> {
	if (!existsSync(CHROMIUM)) {
		throw new RuntimeError(`Chromium is not installed at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH). The editor check cannot run.`);
	}
	const directory = screenshotDir(n8n);
	mkdirSync(directory, { recursive: true });
	// n8n marks its elements with data-test-id, not Playwright's default data-testid.
	selectors.setTestIdAttribute('data-test-id');
	let browser: Browser | undefined;
	const shots: EditorShot[] = [];
	try {
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			headless: true,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
		const post = (url: string, body: unknown) => context.request.post(url, { data: body }).then(async (response) => ({ status: response.status(), text: await response.text() }));
		await setUpOwner(baseUrl, post);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		// Trigger nodes are not screenshotted: n8n lists them under the vendor's entry in the trigger
		// panel rather than by their own name; the triggers suite runs each of them activated instead.
		for (const type of nodeTypes.filter((name) => !name.endsWith('Trigger'))) {
			const key = type.split('.')[1];
			const began = Date.now();
			const file = join(directory, `${key}.png`);
			try {
				const action = await addNode(page, baseUrl, key);
				await page.screenshot({ path: file });
				shots.push({ node: `${key} (${action})`, ok: true, seconds: (Date.now() - began) / 1000, file });
				if (PICKER[key]) {
					const pickerFile = join(SCREENSHOT_DIR, `${key}-picker.png`);
					const names = await openPicker(page, PICKER[key]);
					await page.screenshot({ path: pickerFile });
					shots.push({ node: `${key} picker (${PICKER[key]})`, ok: names.length > 0, seconds: (Date.now() - began) / 1000, file: pickerFile, detail: names.slice(0, 3).join(', ') });
				}
			} catch (error) {
				const failures = join(FAILURE_DIR, n8n.version);
				mkdirSync(failures, { recursive: true });
				const failure = join(failures, `${key}.png`);
				await page.screenshot({ path: failure }).catch(() => undefined);
				shots.push({ node: key, ok: false, seconds: (Date.now() - began) / 1000, detail: `${(error as Error).message.split('\n')[0]} (see ${failure})` });
			}
		}
		shots.push(...(await checkActionLists(page, baseUrl, nodeTypes)));
	} finally {
		await browser?.close();
	}
	return shots;
}

export const editorSuite: Suite = {
	name: 'editor',
	roles: ['full', 'minimum'],
	async run(context): Promise<Outcome[]> {
		const { workspace } = context;
		const shots = await checkEditor({
			n8n: context.n8n,
			userFolder: workspace.userFolder,
			nodeTypes: workspace.nodeTypes,
			sandboxUrl: context.sandbox.url,
			credentialTypes: workspace.credentialTypes,
			screenshots: context.role === 'full',
		});
		return shots.map((shot) => ({
			name: /^(credential|loads)/.test(shot.node) ? shot.node : `editor: ${shot.node}`,
			ok: shot.ok,
			seconds: Math.round(shot.seconds * 10) / 10,
			detail: shot.detail,
		}));
	},
};
