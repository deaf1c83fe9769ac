/**
 * The snapshot tool records "Map Fields" as an addition: a Send Body As that gains a value on some
 * resources (and so splits into copies) still serves every screen with the values saved workflows hold.
 */
import type { INodeTypeDescription } from 'n8n-workflow';

import { loadNodeTypes, onlyAdds, snapshotOf } from '../../scripts/snapshot/nodeVersions';
import type { NodeVersionSnapshot } from '../../scripts/snapshot/nodeVersions';

type Entry = Record<string, unknown> & { name: string; options?: unknown[]; screens?: string[] };

const quince = loadNodeTypes().find((type) => type.name === 'quince')!;
const current = snapshotOf(quince, 1);
const parameters = current.parameters as Entry[];

const bodyModes = (entries: Entry[]) => entries.filter((entry) => entry.name === 'bodyMode');

/** QUINCE v1 as released before Map Fields: one Send Body As for five resources, no mapper. */
const released: NodeVersionSnapshot = {
	...current,
	parameters: [
		...parameters.filter((entry) => entry.name !== 'bodyMode' && entry.name !== 'mappedFields'),
		{
			name: 'bodyMode',
			type: 'options',
			default: 'fields',
			options: ['fields', 'json'],
			screens: bodyModes(parameters)
				.flatMap((entry) => entry.screens ?? [])
				.sort(),
		},
	] as NodeVersionSnapshot['parameters'],
};

const edit = (change: (entries: Entry[]) => Entry[]): NodeVersionSnapshot => ({ ...current, parameters: change(JSON.parse(JSON.stringify(parameters)) as Entry[]) as NodeVersionSnapshot['parameters'] });

describe('Snapshot: option values added to a released parameter', () => {
	test('QUINCE partner gaining "Map Fields" (Send Body As split in two copies, a new mapper input) only adds', () => {
		expect(bodyModes(parameters)).toHaveLength(2);
		expect(onlyAdds(released, current)).toBe(true);
	});

	test('taking a value away is a change', () => {
		expect(onlyAdds(current, released)).toBe(false);
		expect(onlyAdds(released, edit((entries) => entries.map((entry) => (entry.name === 'bodyMode' ? { ...entry, options: ['fields'] } : entry))))).toBe(false);
	});

	test('a copy that no longer shows on one screen (Partner Folder → Create Many) is a change', () => {
		const narrowed = edit((entries) =>
			entries.map((entry) => (entry.name === 'bodyMode' ? { ...entry, screens: entry.screens?.filter((screen) => screen !== 'partnerFolder:createMany') } : entry)),
		);
		expect(onlyAdds(released, narrowed)).toBe(false);
	});

	test('a changed default, or a new required input, is a change', () => {
		expect(onlyAdds(released, edit((entries) => entries.map((entry) => (entry.name === 'bodyMode' ? { ...entry, default: 'json' } : entry))))).toBe(false);
		expect(onlyAdds(released, edit((entries) => entries.map((entry) => (entry.name === 'mappedFields' ? { ...entry, required: true } : entry))))).toBe(false);
	});

	test('the description the node ships passes the check it is recorded by', () => {
		const description = quince.describe(1) as INodeTypeDescription;
		expect(description.properties.filter((property) => property.name === 'bodyMode').some((property) => (property.options as Array<{ value: string }>).some((option) => option.value === 'mapper'))).toBe(true);
	});
});
