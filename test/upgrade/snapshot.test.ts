/**
 * A released node version is frozen: its snapshot (test/snapshots/node-versions) must equal what the
 * current description gives for that version. A change of meaning goes into a new node version.
 */
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import {
	differences,
	isOptionalAddition,
	loadNodeTypes,
	onlyAdds,
	readSnapshot,
	snapshotFile,
	snapshotFiles,
	snapshotOf,
	type NodeTypeVersions,
} from '../../scripts/snapshot/nodeVersions';
import { existsSync } from 'fs';

const CHANGED = 'a released node version changed: put the change in a new node version, see README';

const types = loadNodeTypes();
const offered = types.flatMap((type) => type.versions.map((version) => ({ type, version, label: `${type.name} v${version}` })));

/** The check the suite runs, as a function so the tests below can feed it edited descriptions. */
function releasedVersionProblems(type: NodeTypeVersions, version: number): string[] {
	const file = snapshotFile(type.name, version);
	if (!existsSync(file)) return [`${type.name} v${version} has no snapshot: run \`npm run snapshot:nodes\` and commit test/snapshots/node-versions`];
	const changes = differences(readSnapshot(file), snapshotOf(type, version));
	if (changes.length === 0) return [];
	if (changes.every(isOptionalAddition)) return [`${type.name} v${version} gained optional parameters: record them with \`npm run snapshot:nodes\`\n${changes.join('\n')}`];
	if (onlyAdds(readSnapshot(file), snapshotOf(type, version))) return [`${type.name} v${version} gained option values or optional parameters: record them with \`npm run snapshot:nodes\`\n${changes.join('\n')}`];
	return [`${CHANGED}\n${type.name} v${version} (${file}):\n${changes.join('\n')}`];
}

function expectNoProblems(problems: string[]): void {
	if (problems.length > 0) throw new Error(problems.join('\n\n'));
}

/** A node type whose description is the real one after an edit. */
function edited(name: string, edit: (description: INodeTypeDescription) => void): NodeTypeVersions {
	const type = types.find((candidate) => candidate.name === name)!;
	const description = JSON.parse(JSON.stringify(type.describe(1))) as INodeTypeDescription;
	edit(description);
	return { name, versions: [1], describe: () => description };
}

describe('Released node versions run saved workflows unchanged', () => {
	test('all twelve nodes (five actions, five polling triggers, two instant triggers) are found', () => {
		expect(types.map((type) => type.name)).toEqual(
			['cirrus', 'cirrusInstantTrigger', 'cirrusTrigger', 'enapps', 'enappsTrigger', 'guardant', 'guardantTrigger', 'quince', 'quinceTrigger', 'repzo', 'repzoInstantTrigger', 'repzoTrigger'],
		);
	});

	test.each(offered.map((entry) => [entry.label, entry]))('%s matches its released snapshot', (_label, entry) => {
		expectNoProblems(releasedVersionProblems(entry.type, entry.version));
	});

	test('every released snapshot still has its node version', () => {
		const gone = snapshotFiles()
			.filter((file) => !offered.some((entry) => entry.type.name === file.node && entry.version === file.version))
			.map((file) => `${file.node} v${file.version} was released but the node no longer offers it (${file.file}); saved workflows would stop loading`);
		expectNoProblems(gone);
	});
});

describe('What counts as a change of a released version', () => {
	test('reordering the values of a display rule is no change (they are a set)', () => {
		const type = edited('guardant', (description) => {
			for (const property of description.properties) property.displayOptions?.show?.resource?.reverse();
		});
		expect(releasedVersionProblems(type, 1)).toEqual([]);
	});

	test('new words (display names, descriptions) are no change', () => {
		const type = edited('guardant', (description) => {
			for (const property of description.properties) {
				property.displayName = `${property.displayName} (renamed)`;
				property.description = 'Better words';
			}
		});
		expect(releasedVersionProblems(type, 1)).toEqual([]);
	});

	test('a new optional parameter is recorded, not a change; a new required one is a change', () => {
		const extra = { displayName: 'Extra', name: 'extraSwitch', type: 'boolean' as const, default: false, displayOptions: { show: { resource: ['customer'] } } };
		const optional = edited('guardant', (description) => description.properties.push({ ...extra }));
		const [recorded] = releasedVersionProblems(optional, 1);
		expect(recorded).toContain('gained optional parameters');
		expect(recorded).not.toContain(CHANGED);
		const required = edited('guardant', (description) => description.properties.push({ ...extra, required: true }));
		expect(releasedVersionProblems(required, 1)[0]).toContain(CHANGED);
	});

	test('moving Repzo Create client_code into Additional Fields is a change', () => {
		const type = edited('repzo', (description) => {
			const index = description.properties.findIndex((property) => property.name === 'client_code' && property.displayOptions?.show?.operation?.includes('create'));
			expect(index).toBeGreaterThanOrEqual(0);
			const [moved] = description.properties.splice(index, 1);
			const additional = description.properties.find(
				(property) => property.name === 'additionalFields' && property.displayOptions?.show?.operation?.includes('create') && property.displayOptions?.show?.resource?.includes('client'),
			)!;
			(additional.options as unknown[]).push({ ...moved, displayOptions: undefined, required: false });
		});
		const [problem] = releasedVersionProblems(type, 1);
		expect(problem).toContain(CHANGED);
		expect(problem).toContain('parameters: removed client_code');
		expect(problem).toContain('parameters: changed additionalFields.client_code');
	});

	test('Repzo built with each resource keeping its own copies of shared inputs gives the same snapshot', () => {
		const { repzoProperties } = require('../../nodes/Repzo/properties') as typeof import('../../nodes/Repzo/properties');
		const type = edited('repzo', (description) => {
			description.properties = repzoProperties({ shareAcrossResources: false });
		});
		expect(releasedVersionProblems(type, 1)).toEqual([]);
	});

	test('Repzo Trigger built with one Filters collection per event gives the same snapshot', () => {
		const { buildTrigger } = require('../../nodes/shared/triggerBuilder') as typeof import('../../nodes/shared/triggerBuilder');
		const { repzoCatalog } = require('../../nodes/Repzo/catalog') as typeof import('../../nodes/Repzo/catalog');
		const type = edited('repzoTrigger', (description) => {
			description.properties = buildTrigger({ catalog: repzoCatalog }, { shareAcrossEvents: false }).properties;
		});
		expect(releasedVersionProblems(type, 1)).toEqual([]);
	});

	test('Repzo Trigger SKU filter no longer offered on New Product is a change', () => {
		const type = edited('repzoTrigger', (description) => {
			for (const property of description.properties) {
				if (property.name !== 'filters') continue;
				for (const member of property.options as INodeProperties[]) {
					const shown = member.displayOptions?.show?.['/event'];
					if (member.name === 'sku' && shown?.includes('product.new')) member.displayOptions = { show: { '/event': shown.filter((event) => event !== 'product.new') } };
				}
			}
		});
		const problem = releasedVersionProblems(type, 1).join();
		expect(problem).toContain(CHANGED);
		expect(problem).toContain('filters.sku');
	});

	test('Repzo client City taken out of Additional Fields is a change', () => {
		const type = edited('repzo', (description) => {
			for (const property of description.properties) {
				if (property.name !== 'additionalFields' || !property.displayOptions?.show?.resource?.includes('client')) continue;
				property.options = (property.options as INodeProperties[]).filter((option) => option.name !== 'city');
			}
		});
		const problem = releasedVersionProblems(type, 1).join();
		expect(problem).toContain(CHANGED);
		expect(problem).toContain('additionalFields.city');
	});

	test('a new Body Mode in front of QUINCE Records is a change', () => {
		const type = edited('quince', (description) => {
			description.properties.push({ displayName: 'Body Mode', name: 'bodyMode', type: 'options', default: 'fields', options: [{ name: 'Fields', value: 'fields' }, { name: 'JSON', value: 'json' }] });
		});
		const problem = releasedVersionProblems(type, 1).join();
		expect(problem).toContain(CHANGED);
		expect(problem).toContain('parameters: changed bodyMode');
	});

	test('a changed default, option value, required flag or picker method is a change', () => {
		const edits: Array<(description: INodeTypeDescription) => void> = [
			(description) => {
				const simplify = description.properties.find((property) => property.name === 'simplify')!;
				simplify.default = !simplify.default;
			},
			(description) => (description.properties.find((property) => property.name === 'resource')!.options as Array<{ value: string }>).pop(),
			(description) => (description.properties.find((property) => property.required)!.required = false),
			(description) => {
				const locator = description.properties.find((property) => property.type === 'resourceLocator')!;
				locator.modes!.find((mode) => mode.typeOptions?.searchListMethod)!.typeOptions!.searchListMethod = 'renamed';
			},
			(description) => (description.credentials![0].name = 'otherApi'),
		];
		for (const edit of edits) expect(releasedVersionProblems(edited('enapps', edit), 1).join()).toContain(CHANGED);
	});

	test('version 2 behind @version display rules leaves the version 1 snapshot as it was', () => {
		const base = types.find((candidate) => candidate.name === 'quince')!;
		const description = JSON.parse(JSON.stringify(base.describe(1))) as INodeTypeDescription;
		description.version = [1, 2];
		for (const property of description.properties) {
			if (property.name === 'simplify') property.displayOptions = { ...property.displayOptions, show: { ...property.displayOptions?.show, '@version': [1] } };
		}
		description.properties.push({ displayName: 'Simplify', name: 'simplify', type: 'boolean', default: false, displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } } });
		const twoVersions: NodeTypeVersions = { name: 'quince', versions: [1, 2], describe: () => description };
		expect(releasedVersionProblems(twoVersions, 1)).toEqual([]);
		expect(differences(snapshotOf(base, 1), snapshotOf(twoVersions, 2)).join()).toContain('simplify');
	});
});
