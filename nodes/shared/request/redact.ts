/** Replaces the credential's secrets by [redacted] in anything an answer or an error carries. */
import type { IDataObject } from 'n8n-workflow';

/**
 * Credential fields that hold a secret: every `...token`, `...secret`, `...password`, `...key` field of
 * the package's credentials (`apiToken`, `apiKey`, `secretKey`, `sessionToken`, ...) and of n8n's OAuth2
 * token data (`access_token`, `refresh_token`). Addresses and names (`accessTokenUrl`, `headerName`) are not.
 */
const SECRET_KEY = /(token|secret|password|passwd|key)$/i;
const NOT_SECRET = /(url|name|prefix|type|path)$/i;

/** Values shorter than this are not redacted: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** The secret values of a credential (nested OAuth2 token data included), longest first. */
export function secretValues(credentials: unknown, depth = 0): string[] {
	const found = new Set<string>();
	const walk = (value: unknown, level: number) => {
		if (!value || typeof value !== 'object' || level > 3) return;
		for (const [key, entry] of Object.entries(value as IDataObject)) {
			if (typeof entry === 'string' && SECRET_KEY.test(key) && !NOT_SECRET.test(key) && entry.trim().length >= MIN_SECRET_LENGTH) found.add(entry.trim());
			else if (entry && typeof entry === 'object') walk(entry, level + 1);
		}
	};
	walk(credentials, depth);
	return [...found].sort((a, b) => b.length - a.length);
}

/** `text` with every secret replaced by `[redacted]`, also where it appears URL- or JSON-encoded. */
export function redactText(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) {
		for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
			result = result.split(form).join('[redacted]');
		}
	}
	return result;
}

/** A deep copy of `value` in which every string has its secrets redacted (keys included). */
export function redact<T>(value: T, secrets: string[], depth = 0): T {
	if (!secrets.length) return value;
	if (typeof value === 'string') return redactText(value, secrets) as T;
	if (Buffer.isBuffer(value)) return redactText(value.toString('utf8'), secrets) as T;
	if (!value || typeof value !== 'object' || depth > 20) return value;
	if (Array.isArray(value)) return value.map((entry) => redact(entry, secrets, depth + 1)) as T;
	const copy: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) copy[redactText(key, secrets)] = redact(entry, secrets, depth + 1);
	return copy as T;
}
