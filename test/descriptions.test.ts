/**
 * What a user reads in the editor: the share of inputs that carry a description or hint, the size of
 * the description n8n ships to the editor, and n8n's copy conventions on every description and hint.
 * Counted the way `describe-nodes` counts: every input in the built description (collection and
 * fixed-collection members included, resource/operation selectors and notices left out).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { Cirrus } from '../nodes/Cirrus/Cirrus.node';
import { CirrusTrigger } from '../nodes/Cirrus/CirrusTrigger.node';
import { Enapps } from '../nodes/Enapps/Enapps.node';
import { EnappsTrigger } from '../nodes/Enapps/EnappsTrigger.node';
import { Guardant } from '../nodes/Guardant/Guardant.node';
import { GuardantTrigger } from '../nodes/Guardant/GuardantTrigger.node';
import { Quince } from '../nodes/Quince/Quince.node';
import { QuinceTrigger } from '../nodes/Quince/QuinceTrigger.node';
import { Repzo } from '../nodes/Repzo/Repzo.node';
import { RepzoTrigger } from '../nodes/Repzo/RepzoTrigger.node';

interface Budget {
	node: new () => INodeType;
	/** Least share of inputs with a description or hint, in percent. */
	minDescribedShare: number;
	/** Largest serialized description, in bytes (KB = 1000 bytes). */
	maxBytes: number;
}

const budgets: Record<string, Budget> = {
	'Enapps ERP': { node: Enapps, minDescribedShare: 85, maxBytes: 283_000 },
	Cirrus: { node: Cirrus, minDescribedShare: 85, maxBytes: 283_000 },
	Guardant: { node: Guardant, minDescribedShare: 85, maxBytes: 283_000 },
	QUINCE: { node: Quince, minDescribedShare: 85, maxBytes: 283_000 },
	// Repzo's descriptions come from its generator (scripts/repzo), from the seed's facts.
	Repzo: { node: Repzo, minDescribedShare: 85, maxBytes: 628_304 },
};

function descriptionOf(Node: new () => INodeType): INodeTypeDescription {
	return new Node().description;
}

/**
 * Every input of a node as `describe-nodes` counts them: top level and collection members. (A
 * fixed collection counts as one input there; its members are checked for copy below, not counted.)
 */
function inputsOf(properties: INodeProperties[], withFixedCollectionMembers = false): INodeProperties[] {
	const found: INodeProperties[] = [];
	const walk = (list: INodeProperties[]) => {
		for (const property of list) {
			if (!['resource', 'operation'].includes(property.name) && !['notice', 'hidden'].includes(property.type)) found.push(property);
			if (property.type === 'collection' && Array.isArray(property.options)) walk(property.options as INodeProperties[]);
			if (withFixedCollectionMembers && property.type === 'fixedCollection' && Array.isArray(property.options)) {
				for (const group of property.options as Array<{ values?: INodeProperties[] }>) walk(group.values ?? []);
			}
		}
	};
	walk(properties);
	return found;
}

function describedShare(description: INodeTypeDescription): number {
	const inputs = inputsOf(description.properties).filter((property) => property.type !== 'collection' && property.type !== 'fixedCollection');
	const described = inputs.filter((property) => property.description || property.hint);
	return Math.round((described.length / inputs.length) * 1000) / 10;
}

describe.each(Object.entries(budgets))('%s node', (displayName, budget) => {
	const description = descriptionOf(budget.node);

	test(`at least ${budget.minDescribedShare} % of its inputs have a description or hint`, () => {
		expect(description.displayName).toBe(displayName);
		const share = describedShare(description);
		if (share < budget.minDescribedShare) {
			const missing = inputsOf(description.properties)
				.filter((property) => property.type !== 'collection' && property.type !== 'fixedCollection' && !property.description && !property.hint)
				.map((property) => property.displayName);
			throw new Error(`${displayName}: ${share} % described, below ${budget.minDescribedShare} %. Without text: ${[...new Set(missing)].slice(0, 40).join(', ')}`);
		}
	});

	test(`its description stays within ${budget.maxBytes / 1000} KB`, () => {
		const bytes = JSON.stringify(description).length;
		if (bytes > budget.maxBytes) throw new Error(`${displayName}: description is ${bytes} bytes, over ${budget.maxBytes}`);
	});
});

/** n8n's copy rules (eslint-plugin-n8n-nodes-base) that a catalog-built description escapes, checked on the result. */
function copyProblems(property: INodeProperties): string[] {
	const problems: string[] = [];
	for (const key of ['description', 'hint'] as const) {
		const text = property[key];
		if (typeof text !== 'string' || text === '') continue;
		const where = `${property.displayName} (${key}): "${text}"`;
		if (text !== text.trim()) problems.push(`${where} has leading or trailing spaces`);
		if (/^[a-z]/.test(text)) problems.push(`${where} starts in lower case`);
		const plain = text.replace(/\b(e\.g|i\.e|etc)\./g, 'eg');
		const sentences = plain.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
		if (sentences === 1 && /[^.]\.$/.test(plain)) problems.push(`${where}: a single sentence takes no final period`);
		if (sentences > 1 && !/[.!?]$/.test(plain)) problems.push(`${where}: several sentences end with a period`);
		if (/\bid\b/.test(text.replace(/\{[^}]*\}|\[[^\]]*\]|`[^`]*`|"[^"]*"/g, ''))) problems.push(`${where} writes "id" instead of "ID"`);
		if (text.trim().toLowerCase() === property.displayName.toLowerCase()) problems.push(`${where} repeats the display name`);
	}
	if (property.type === 'boolean' && property.description && !property.description.startsWith('Whether')) {
		problems.push(`${property.displayName}: a boolean description starts with "Whether"`);
	}
	return problems;
}

describe.each(Object.entries(budgets).filter(([name]) => name !== 'Repzo'))('%s node copy', (_displayName, budget) => {
	test("descriptions and hints follow n8n's wording conventions", () => {
		const problems = inputsOf(descriptionOf(budget.node).properties, true).flatMap(copyProblems);
		expect([...new Set(problems)]).toEqual([]);
	});
});

/**
 * A description that, beside the label's own words and filler, adds no word ("Client Code — Client code,
 * as text", "Account Number — Records with this account number") tells the user nothing: none is better.
 * The same rule as `describe-nodes` counts with.
 */
const FILLER = new Set('a an the as of is are be for this that record records whether text number numbers list lists true false value values date time id ids string strings field fields its it in on to with or and by set yes no one each s'.split(' '));
const plainWords = (text: string | undefined) => String(text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean);

function restating(properties: INodeProperties[]): string[] {
	return inputsOf(properties, true)
		.filter((property) => {
			if (!property.description) return false;
			const label = new Set([...plainWords(property.displayName), ...plainWords(property.name)]);
			return !plainWords(property.description).some((word) => !label.has(word) && !FILLER.has(word) && !label.has(word.replace(/s$/, '')));
		})
		.map((property) => `${property.displayName} — ${property.description}`);
}

const triggers: Array<[string, new () => INodeType]> = [
	['Enapps ERP Trigger', EnappsTrigger],
	['Cirrus Trigger', CirrusTrigger],
	['Guardant Trigger', GuardantTrigger],
	['QUINCE Trigger', QuinceTrigger],
	['Repzo Trigger', RepzoTrigger],
];

describe.each([...Object.entries(budgets).map(([name, budget]): [string, new () => INodeType] => [name, budget.node]), ...triggers])('%s descriptions', (_name, Node) => {
	test('no description only restates its label', () => {
		expect([...new Set(restating(descriptionOf(Node).properties))]).toEqual([]);
	});
});

describe('documentation links', () => {
	const root = join(__dirname, '..');
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository: { url: string } };
	const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
	const vendors: Array<[folder: string, page: string, credentials: string[]]> = [
		['Enapps', 'enapps', ['EnappsApi']],
		['Cirrus', 'cirrus', ['CirrusApi', 'CirrusOAuth2Api']],
		['Guardant', 'guardant', ['GuardantApi']],
		['Quince', 'quince', ['QuinceApi']],
		['Repzo', 'repzo', ['RepzoApi']],
	];

	test.each(vendors)('%s: the codex of the node and its trigger, and the credentials, point to docs/%s.md without an anchor', (folder, page, credentials) => {
		const url = `${repository}/blob/main/docs/${page}.md`;
		readFileSync(join(root, 'docs', `${page}.md`), 'utf8');
		for (const node of [folder, `${folder}Trigger`]) {
			const codex = JSON.parse(readFileSync(join(root, 'nodes', folder, `${node}.node.json`), 'utf8')) as {
				resources: Record<string, Array<{ url: string }>>;
			};
			expect(codex.resources.primaryDocumentation.map((entry) => entry.url)).toEqual([url]);
			expect(codex.resources.credentialDocumentation.map((entry) => entry.url)).toEqual([url]);
		}
		for (const name of credentials) {
			const exported = require(join(root, 'credentials', `${name}.credentials`)) as Record<string, new () => { documentationUrl: string }>;
			expect(new exported[name]().documentationUrl).toBe(url);
		}
		expect(url).not.toContain('#');
	});
});

describe('Cirrus shared descriptions', () => {
	const properties = inputsOf(descriptionOf(Cirrus).properties);
	const shown = (resource: string, operation: string) =>
		properties.filter((property) => {
			const show = property.displayOptions?.show;
			return (show?.resource as string[] | undefined)?.includes(resource) && (show?.operation as string[] | undefined)?.includes(operation);
		});
	const inCollection = (resource: string, operation: string, name: string) =>
		shown(resource, operation)
			.filter((property) => property.type === 'collection')
			.flatMap((property) => property.options as INodeProperties[])
			.find((property) => property.name === name);

	test('an ID field names the list that shows its IDs, by its record and role', () => {
		expect(inCollection('account', 'getMany', 'userids')?.hint).toBe('Like 12, 15');
		// Fields with a record picker list the records themselves (see test/pickers); the others name the list.
		expect(shown('order', 'create').find((property) => property.name === 'account')?.type).toBe('resourceLocator');
		expect(inCollection('order', 'create', 'user2')?.typeOptions?.loadOptionsMethod).toBe('user');
		expect(inCollection('phoneCatalog', 'getModels', 'brandid')?.hint).toBe('From Phone Catalog → Get Brands');
		expect(inCollection('article', 'create', 'warehousestatusid')?.hint).toBe('From Article → Get Warehouse Statuses');
	});

	test('a field keeps its own description; filters and body fields read differently', () => {
		expect(inCollection('account', 'getMany', 'followedby')?.description).toBe('Only records this user follows');
		expect(inCollection('article', 'getMany', 'active')?.description).toBe('Active or inactive only');
		expect(inCollection('article', 'create', 'active')?.description).toBe('Whether it is in use; turn off to retire it without deleting it');
	});
});
