/** The API host of the credential's environment; a custom URL loses any trailing slash. */
export const REPZO_BASE_URL =
	'={{$credentials.environment === "custom" ? String($credentials.baseUrl || "").replace(/\\/+$/, "") : $credentials.environment === "staging" ? "https://staging.sv.api.repzo.me" : "https://sv.api.repzo.me"}}';
