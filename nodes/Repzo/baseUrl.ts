/** The API host of the credential's environment; a custom URL loses any trailing slash. */
export const REPZO_BASE_URL =
	'={{$credentials.environment === "custom" ? String($credentials.baseUrl || "").replace(/\\/+$/, "") : $credentials.environment === "staging" ? "https://staging.sv.api.repzo.me" : "https://sv.api.repzo.me"}}';

/** The same choice as `REPZO_BASE_URL`, in code, for the trigger's `poll()` (which has no `$credentials`). */
export function repzoBaseUrl(credentials: { environment?: unknown; baseUrl?: unknown }): string {
	if (credentials.environment === 'custom') return String(credentials.baseUrl || '').replace(/\/+$/, '');
	return credentials.environment === 'staging' ? 'https://staging.sv.api.repzo.me' : 'https://sv.api.repzo.me';
}
