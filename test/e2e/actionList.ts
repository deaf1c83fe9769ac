/**
 * The action list n8n's node panel shows for Repzo and Cirrus (editor suite, role `full`): the common
 * resources come first, the panel shows the node's own description (not its trigger's), and the
 * search box, where n8n offers one, narrows the list.
 *
 * n8n (1.123 and 2.40) opens every community-package node in its "Node details" view
 * (NodesMode.vue `onSelected` → `prepareCommunityNodeDetailsViewStack`, `hasSearch: false`), whose
 * panel hides the search box (NodesListPanel.vue `showSearchBar`). The search check therefore passes
 * in that view without a box, and checks the narrowing once n8n shows one.
 */
import type { Locator, Page } from 'playwright-core';

import type { EditorShot } from './editor';

interface ActionListCase {
	/** The node type's name after the package prefix. */
	node: string;
	/** What to type into the node panel's search to find the node. */
	search: string;
	/** The resource labels n8n must show first, in this order ("Client Actions", …). */
	first: string[];
	/** A word typed into the action search, and what every remaining action must contain. */
	term: string;
}

const CASES: ActionListCase[] = [
	{ node: 'repzo', search: 'Repzo', first: ['Client', 'Product', 'Invoice', 'Visit'], term: 'client' },
	{ node: 'cirrus', search: 'Cirrus', first: ['Account', 'Contact', 'Order', 'Activity', 'Opportunity'], term: 'contact' },
];

interface PanelItem {
	/** `action`, or `label` for a resource heading. */
	type: string;
	text: string;
}

async function panelItems(creator: Locator): Promise<PanelItem[]> {
	// The browser's elements, typed by what is read (the project compiles without the DOM library).
	type Rendered = { dataset: Record<string, string | undefined>; innerText?: string };
	return creator.getByTestId('item-iterator-item').evaluateAll((elements) =>
		(elements as unknown as Rendered[]).map((element) => ({
			type: element.dataset.keyboardNavType ?? 'label',
			text: (element.innerText ?? '').trim().split('\n')[0].trim(),
		})),
	);
}

/** From a new workflow with a Manual Trigger, opens the node panel on `search`'s node: its action list. */
async function openActionList(page: Page, baseUrl: string, search: string): Promise<Locator> {
	await page.goto(`${baseUrl}/workflow/new`);
	await page.getByTestId('canvas-add-button').waitFor({ timeout: 60_000 });
	for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
	await page.getByTestId('canvas-add-button').click();
	await page.getByPlaceholder(/^Search/).last().fill('Manual');
	await page.getByTestId('item-iterator-item').filter({ hasText: /Trigger manually|Manual Trigger/ }).first().click();
	await page.getByTestId('ndv').waitFor({ state: 'visible', timeout: 1500 }).catch(() => undefined);
	if (await page.getByTestId('ndv').isVisible()) await page.getByTestId('back-to-canvas').click();
	await page.getByTestId('canvas-handle-plus').first().click();
	await page.getByPlaceholder(/^Search/).last().fill(search);
	await page.getByTestId('item-iterator-item').filter({ hasText: search }).first().click();
	const creator = page.getByTestId('node-creator');
	await creator.locator('[data-keyboard-nav-type="action"]').first().waitFor();
	// The list renders in chunks; let the first screens settle.
	await page.waitForTimeout(800);
	return creator;
}

/** The resource label an action list starts with, in order, up to `count` of them. */
function leadingLabels(items: PanelItem[], count: number): string[] {
	return items
		.filter((item) => item.type === 'label')
		.slice(0, count)
		.map((item) => item.text.replace(/\s+Actions$/i, ''));
}

async function checkOne(page: Page, baseUrl: string, nodeType: string, wanted: ActionListCase): Promise<EditorShot[]> {
	const began = Date.now();
	const elapsed = () => (Date.now() - began) / 1000;
	const shots: EditorShot[] = [];
	const creator = await openActionList(page, baseUrl, wanted.search);
	const panelText = await creator.innerText();
	const items = await panelItems(creator);
	const actions = items.filter((item) => item.type === 'action');

	const labels = leadingLabels(items, wanted.first.length);
	shots.push({
		node: `${wanted.node} action list: ${wanted.first.join(', ')} first`,
		// n8n shows the labels in capitals (CSS), which innerText reports.
		ok: labels.join('|').toLowerCase() === wanted.first.join('|').toLowerCase(),
		seconds: elapsed(),
		detail: `first resources: ${labels.join(', ')}; first actions: ${actions.slice(0, 3).map((item) => item.text).join(', ')}`,
	});

	// n8n gives the merged vendor entry its trigger's description (generateMergedNodesAndActions).
	const triggerWords = /Starts the workflow/i.exec(panelText);
	shots.push({
		node: `${wanted.node} action list: no trigger description`,
		ok: triggerWords === null,
		seconds: elapsed(),
		detail: triggerWords ? `the panel says: ${panelText.slice(Math.max(0, triggerWords.index - 40), triggerWords.index + 120).replace(/\s+/g, ' ')}` : undefined,
	});

	const searchBox = creator.getByPlaceholder(/^Search .* Actions/);
	if ((await searchBox.count()) === 0) {
		const detailsView = /Node details/.test(panelText);
		shots.push({
			node: `${wanted.node} action list: search`,
			ok: detailsView,
			seconds: elapsed(),
			detail: detailsView
				? `${nodeType}: n8n's community-node "Node details" view, which has no search box (${actions.length} actions listed)`
				: `no search box, and not n8n's community-node view: ${panelText.slice(0, 160).replace(/\s+/g, ' ')}`,
		});
		return shots;
	}
	await searchBox.first().fill(wanted.term);
	await page.waitForTimeout(800);
	const found = (await panelItems(creator)).filter((item) => item.type === 'action');
	const strays = found.filter((item) => !item.text.toLowerCase().includes(wanted.term));
	shots.push({
		node: `${wanted.node} action list: search "${wanted.term}"`,
		ok: found.length > 0 && strays.length === 0 && found.length < actions.length,
		seconds: elapsed(),
		detail: `${found.length} of ${actions.length} actions${strays.length ? `; not about ${wanted.term}: ${strays.slice(0, 3).map((item) => item.text).join(', ')}` : ''}`,
	});
	return shots;
}

/**
 * The action-list checks for the vendors whose lists are long (Repzo, Cirrus); `page` is signed in.
 * They only read, so each goes through `tryTwice` (the editor suite's retry of read-only checks).
 */
export async function checkActionLists(
	page: Page,
	baseUrl: string,
	nodeTypes: string[],
	tryTwice: (name: string, check: () => Promise<EditorShot[]>) => Promise<EditorShot[]>,
): Promise<EditorShot[]> {
	const shots: EditorShot[] = [];
	for (const wanted of CASES) {
		const nodeType = nodeTypes.find((type) => type.endsWith(`.${wanted.node}`));
		if (nodeType) shots.push(...(await tryTwice(`${wanted.node} action list`, () => checkOne(page, baseUrl, nodeType, wanted))));
	}
	return shots;
}
