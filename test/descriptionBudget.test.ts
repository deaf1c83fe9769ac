/**
 * The editor receives every node description at start-up and evaluates each property's display rules
 * as a user works: Repzo's (action and trigger) and Cirrus's descriptions stay within a byte budget, measured as
 * `describe-nodes` measures it (JSON of the whole description).
 */
import { Cirrus } from '../nodes/Cirrus/Cirrus.node';
import { Repzo } from '../nodes/Repzo/Repzo.node';
import { RepzoTrigger } from '../nodes/Repzo/RepzoTrigger.node';

const bytesOf = (description: object) => JSON.stringify(description).length;

test('Repzo\'s description stays within 400,000 bytes (624,156 before shared collections, one routing, implied resources dropped from rules, no decimal precision and one hint on list filters)', () => {
	expect(bytesOf(new Repzo().description)).toBeLessThanOrEqual(400_000);
});

test('Cirrus\'s description stays within 283,000 bytes', () => {
	expect(bytesOf(new Cirrus().description)).toBeLessThanOrEqual(283_000);
});

test('Repzo Trigger\'s description stays within 125,000 bytes (159,175 with one Filters collection per list)', () => {
	expect(bytesOf(new RepzoTrigger().description)).toBeLessThanOrEqual(125_000);
});
