/**
 * Fault injection for tests: the next N matching calls answer 429 (with Retry-After), 500, slowly,
 * or with malformed JSON. Set through `POST /__sandbox/faults` or an `X-Sandbox-Fault` request header.
 */
export type FaultKind = '429' | '500' | 'slow' | 'malformed';

export interface Fault {
	kind: FaultKind;
	/** Calls still to affect. */
	remaining: number;
	/** Only this vendor's calls (default: any vendor). */
	vendor?: string;
	/** Only calls whose path (below the vendor's API base) contains this text. */
	path?: string;
	/** Seconds sent in Retry-After with a 429 (default 1). */
	retryAfter?: number;
	/** Delay of a slow answer in milliseconds (default 3000). */
	delayMs?: number;
}

const KINDS: FaultKind[] = ['429', '500', 'slow', 'malformed'];

export function parseFault(input: Record<string, unknown>): Fault {
	const kind = String(input.kind ?? input.type ?? '') as FaultKind;
	if (!KINDS.includes(kind)) throw new Error(`Fault kind must be one of ${KINDS.join(', ')}`);
	const count = input.count === undefined ? 1 : Number(input.count);
	if (!Number.isInteger(count) || count < 1) throw new Error('Fault count must be a positive integer');
	const fault: Fault = { kind, remaining: count };
	if (input.vendor) fault.vendor = String(input.vendor).toLowerCase();
	if (input.path) fault.path = String(input.path);
	if (input.retryAfter !== undefined) fault.retryAfter = Number(input.retryAfter);
	if (input.delayMs !== undefined) fault.delayMs = Number(input.delayMs);
	return fault;
}

/** `429`, `500;count=3`, `slow;delayMs=2000`, `429;count=2;retryAfter=5`. */
export function parseFaultHeader(header: string): Fault {
	const [kind, ...options] = header.split(';').map((part) => part.trim());
	const input: Record<string, unknown> = { kind };
	for (const option of options) {
		const [key, value] = option.split('=').map((part) => part.trim());
		if (key) input[key] = value;
	}
	return parseFault(input);
}

export class FaultQueue {
	private faults: Fault[] = [];

	add(fault: Fault): void {
		this.faults.push(fault);
	}

	list(): Fault[] {
		return this.faults.map((fault) => ({ ...fault }));
	}

	clear(): void {
		this.faults = [];
	}

	/** The fault that applies to this call, counted down; undefined when the call is served normally. */
	take(vendor: string, path: string): Fault | undefined {
		const fault = this.faults.find(
			(candidate) => (!candidate.vendor || candidate.vendor === vendor) && (!candidate.path || path.includes(candidate.path)),
		);
		if (!fault) return undefined;
		fault.remaining--;
		if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
		return fault;
	}
}
