/** Decides whether a webhook delivery may start a workflow: Svix signatures (secret, timestamp window, replays) and shared secret headers. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** Svix's own tolerance: a delivery signed more than 5 minutes away from our clock is refused. */
export const SVIX_TOLERANCE_SECONDS = 5 * 60;

/** How many delivery IDs the replay check remembers; older ones fall out of the timestamp window anyway. */
export const SEEN_IDS_LIMIT = 1000;

/** A Svix endpoint secret as Svix writes them: `whsec_` and the base64 of 24 random bytes. */
export function newSvixSecret(): string {
	return `whsec_${randomBytes(24).toString('base64')}`;
}

/** Headers as Node gives them (lower-case names, a value or a list of values). */
export type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, ...names: string[]): string | undefined {
	for (const name of names) {
		const value = headers[name];
		const first = Array.isArray(value) ? value[0] : value;
		if (typeof first === 'string' && first !== '') return first;
	}
	return undefined;
}

/** Equal strings, compared in constant time (the lengths may differ, which alone is no secret). */
export function sameSecret(given: string, expected: string): boolean {
	const a = Buffer.from(given, 'utf8');
	const b = Buffer.from(expected, 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}

export interface SvixCheck {
	/** The endpoint secret (`whsec_…`). */
	secret: string;
	headers: Headers;
	/** The body exactly as it arrived. */
	rawBody: Buffer | string;
	/** Recently accepted delivery IDs and their timestamps (node static data); updated on success. */
	seen: IDataObject;
	/** Seconds since the epoch; a parameter so tests need no fake clock. */
	now?: number;
}

export type SvixVerdict = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Verifies one delivery the way Svix's libraries do: the HMAC-SHA256 of `id.timestamp.body` under the
 * decoded secret must equal one of the `v1,` signatures, the timestamp must be within 5 minutes, and
 * the ID must not have been accepted before (the ID is remembered only once everything else passed).
 */
export function verifySvix(check: SvixCheck): SvixVerdict {
	const id = header(check.headers, 'svix-id', 'webhook-id');
	const timestamp = header(check.headers, 'svix-timestamp', 'webhook-timestamp');
	const signatures = header(check.headers, 'svix-signature', 'webhook-signature');
	if (!id || !timestamp || !signatures) return { ok: false, reason: 'The delivery has no Svix signature headers' };
	const now = check.now ?? Math.floor(Date.now() / 1000);
	const sentAt = Number(timestamp);
	if (!/^\d+$/.test(timestamp) || Math.abs(now - sentAt) > SVIX_TOLERANCE_SECONDS) return { ok: false, reason: 'The delivery timestamp is more than 5 minutes off' };
	const key = Buffer.from(check.secret.replace(/^whsec_/, ''), 'base64');
	if (key.length === 0) return { ok: false, reason: 'No signing secret is stored for this trigger' };
	const body = typeof check.rawBody === 'string' ? Buffer.from(check.rawBody, 'utf8') : check.rawBody;
	const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
	const matches = signatures.split(' ').some((entry) => {
		const [version, signature] = entry.split(',', 2);
		if (version !== 'v1' || !signature) return false;
		const given = Buffer.from(signature, 'base64');
		return given.length === expected.length && timingSafeEqual(given, expected);
	});
	if (!matches) return { ok: false, reason: 'The delivery signature does not match' };
	forgetOld(check.seen, now);
	if (check.seen[id] !== undefined) return { ok: false, reason: 'The delivery was already received (replay)' };
	check.seen[id] = sentAt;
	return { ok: true, id };
}

/** Drops IDs older than the timestamp window (they can no longer pass it) and keeps at most the newest SEEN_IDS_LIMIT - 1. */
function forgetOld(seen: IDataObject, now: number): void {
	for (const [id, at] of Object.entries(seen)) if (typeof at !== 'number' || now - at > 2 * SVIX_TOLERANCE_SECONDS) delete seen[id];
	const ids = Object.keys(seen);
	if (ids.length < SEEN_IDS_LIMIT) return;
	const oldest = ids.sort((a, b) => (seen[a] as number) - (seen[b] as number)).slice(0, ids.length - SEEN_IDS_LIMIT + 1);
	for (const id of oldest) delete seen[id];
}

/** The body exactly as it arrived: n8n keeps it on the request once it parsed it (1.x and 2.x). */
export async function rawBodyOf(request: { rawBody?: unknown; readRawBody?: () => Promise<void> }): Promise<Buffer | undefined> {
	if (!Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') await request.readRawBody();
	const raw = request.rawBody;
	if (Buffer.isBuffer(raw)) return raw;
	return typeof raw === 'string' ? Buffer.from(raw, 'utf8') : undefined;
}

/** Answers a refused delivery itself (e.g. 401) so n8n starts no execution and sends nothing more. */
export function refuseDelivery(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	ctx.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/** A short fingerprint of a signing secret, to tell one activation's deliveries from another's without keeping the secret. */
export function secretFingerprint(secret: string): string {
	return createHash('sha256').update(secret).digest('hex').slice(0, 16);
}
