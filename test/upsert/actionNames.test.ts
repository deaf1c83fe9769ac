/** The action list names every Create or Update one way, as n8n's own nodes do: "Create or update a partner". */
import type { INodePropertyOptions, INodeType } from 'n8n-workflow';

import { Cirrus } from '../../nodes/Cirrus/Cirrus.node';
import { Guardant } from '../../nodes/Guardant/Guardant.node';
import { Quince } from '../../nodes/Quince/Quince.node';
import { Repzo } from '../../nodes/Repzo/Repzo.node';

const upsertActions = (node: INodeType) =>
	node.description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) => property.options as INodePropertyOptions[])
		.filter((option) => option.name === 'Create or Update')
		.map((option) => option.action);

test.each([
	['Cirrus', new Cirrus()],
	['Guardant', new Guardant()],
	['QUINCE', new Quince()],
	['Repzo', new Repzo()],
])('%s: every Create or Update action reads "Create or update a/an <record>"', (_name, node) => {
	const actions = upsertActions(node);
	expect(actions.length).toBeGreaterThan(0);
	for (const action of actions) expect(action).toMatch(/^Create or update (a [^aeiou]|an [aeiou])/i);
});

test('QUINCE partners in batches: "Create or update a partner", not "partners"', () => {
	expect(upsertActions(new Quince())).toContain('Create or update a partner');
});
