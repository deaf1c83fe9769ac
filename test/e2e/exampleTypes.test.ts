/**
 * The shipped examples use the node types users get: those of the vendor packages
 * (`n8n-nodes-salesops-<vendor>.<node>`, scripts/pack/vendors.ts), never the development pack's. A user
 * who imports an example with a type no installed package has sees "unknown node".
 */
import { readdirSync } from 'fs';
import { basename, join } from 'path';
import type { INodeTypeDescription } from 'n8n-workflow';

import { readExamples } from '../../scripts/dev/workspace';
import { packageName, VENDORS } from '../../scripts/pack/vendors';

const ROOT = join(__dirname, '..', '..');

/** Every node type the five vendor packages register, with its description. */
function vendorNodeTypes(): Map<string, INodeTypeDescription> {
	const types = new Map<string, INodeTypeDescription>();
	for (const vendor of VENDORS) {
		const folder = join(ROOT, 'nodes', vendor.folder);
		for (const file of readdirSync(folder).filter((name) => name.endsWith('.node.ts'))) {
			const exported = require(join(folder, file)) as Record<string, new () => { description: INodeTypeDescription }>;
			const { description } = new exported[basename(file, '.node.ts')]();
			types.set(`${packageName(vendor)}.${description.name}`, description);
		}
	}
	return types;
}

/** The options of a node's `operation` parameter shown for `resource`. */
function operationsOf(description: INodeTypeDescription, resource: unknown): string[] {
	return description.properties
		.filter((property) => property.name === 'operation' && (property.displayOptions?.show?.resource ?? [resource]).includes(resource as string))
		.flatMap((property) => (property.options ?? []).map((option) => String((option as { value: unknown }).value)));
}

const N8N_OWN = /^n8n-nodes-base\./;
const types = vendorNodeTypes();
const ourNodes = readExamples().flatMap((example) =>
	example.nodes.filter((node) => !N8N_OWN.test(node.type)).map((node) => ({ example: example.file, ...(node as typeof node & { parameters?: Record<string, unknown> }) })),
);

describe('Shipped examples use the vendor packages', () => {
	it('every node of every example is a node type of a vendor package', () => {
		const unknown = ourNodes.filter((node) => !types.has(node.type)).map((node) => `${node.example}: "${node.name}" is ${node.type}`);
		expect(unknown).toEqual([]);
		expect(ourNodes.length).toBeGreaterThan(20);
	});

	it('every credential an example node names is one its node accepts', () => {
		const wrong = ourNodes.flatMap((node) => {
			const accepted = (types.get(node.type)?.credentials ?? []).map((credential) => credential.name);
			return Object.keys(node.credentials ?? {})
				.filter((credential) => !accepted.includes(credential))
				.map((credential) => `${node.example}: "${node.name}" names ${credential}`);
		});
		expect(wrong).toEqual([]);
	});

	it('every resource and operation an example action node sets is offered by its node', () => {
		const wrong = ourNodes.flatMap((node) => {
			const description = types.get(node.type);
			const operation = node.parameters?.operation;
			if (!description || operation === undefined) return [];
			return operationsOf(description, node.parameters?.resource).includes(String(operation)) ? [] : [`${node.example}: "${node.name}" ${String(node.parameters?.resource)}.${String(operation)}`];
		});
		expect(wrong).toEqual([]);
	});
});
