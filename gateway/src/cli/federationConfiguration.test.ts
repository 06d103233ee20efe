import { describe, expect, it } from 'vitest';
import { checkFederationConfiguration } from './federationConfiguration.ts';

describe("the launcher's check of every process's settings", () => {
  it('passes the defaults, and tells the banner the mode, the ops listener and the identity provider', () => {
    const checked = checkFederationConfiguration({});
    expect(checked.mode.mode).toBe('development');
    expect(checked.ops).toBeUndefined();
    expect(checked.jwksUrl).toBeUndefined();
    const production = checkFederationConfiguration({ YRD_GATEWAY_MODE: 'production', YRD_IDP_JWKS_URL: 'https://idp.example/jwks', YRD_OPS_PORT: '6090' });
    expect(production.mode.enforceSafelist).toBe(true);
    expect(production.ops).toEqual({ host: '127.0.0.1', port: 6090 });
    expect(production.jwksUrl?.href).toBe('https://idp.example/jwks');
  });

  it("refuses, naming the variable, a setting any of the six processes would refuse — the gateway's too, before a subgraph starts", () => {
    const refusals: [Record<string, string>, RegExp][] = [
      [{ PORT: '99999' }, /^PORT must be a port number 0–65535, got "99999"$/],
      [{ YRD_ANHUI_PORT: '0x10' }, /^YRD_ANHUI_PORT must be a port number/],
      [{ YRD_LOG_LEVEL: 'loud' }, /^YRD_LOG_LEVEL must be one of silent, fatal, error, warn, info, debug, trace, got "loud"$/],
      [{ YRD_IDP_JWKS_URL: 'idp.example/jwks' }, /^YRD_IDP_JWKS_URL must be the identity provider's JWKS as an absolute http\(s\) URL/],
      [{ YRD_HALL_CLOCK_START: '2026-02-30T10:00+08:00' }, /^YRD_HALL_CLOCK_START must be an ISO 8601 instant on a real calendar day/],
      [{ YRD_SUBGRAPH_POLL_MS: '3000000000' }, /^YRD_SUBGRAPH_POLL_MS must be a whole number from 100 to 2147483647 \(the longest a timer can wait\)/],
      [{ YRD_TOKEN_MAX_LIFETIME_SECONDS: '2592001' }, /^YRD_TOKEN_MAX_LIFETIME_SECONDS must be a whole number from 60 to 2592000, got "2592001"$/],
      [{ YRD_SUBGRAPH_TIMEOUT_MS: '3000000000' }, /^YRD_SUBGRAPH_TIMEOUT_MS must be a whole number from 1 to 2147483647/],
      [{ YRD_SUBGRAPH_RETRY_BACKOFF_MS: '3000000000' }, /^YRD_SUBGRAPH_RETRY_BACKOFF_MS must be a whole number from 0 to 2147483647/],
      [{ YRD_BREAKER_COOLDOWN_MS: '3000000000' }, /^YRD_BREAKER_COOLDOWN_MS must be a whole number from 1 to 2147483647/],
      [{ YRD_DEADLINE_SWEEP_SECONDS: '3000000' }, /^YRD_DEADLINE_SWEEP_SECONDS must be a whole number from 1 to 2147483 \(the longest a timer can wait\)/],
      [{ YRD_TRUST_LIST_SECONDS: '1e3' }, /^YRD_TRUST_LIST_SECONDS must be a whole number from 1 to 86400, got "1e3"$/],
      [{ YRD_HOLIDAY_ARRANGEMENTS_FILE: '/nonexistent/holidays.json' }, /^YRD_HOLIDAY_ARRANGEMENTS_FILE \(\/nonexistent\/holidays.json\): cannot be read \(ENOENT\)$/],
      [{ YRD_TRUST_LIST_CHECK_SECONDS: '0' }, /^YRD_TRUST_LIST_CHECK_SECONDS must be a whole number from 1 to 3600, got "0"$/],
      [{ YRD_EVIDENCE_REQUEST_SECONDS: '9007199254740991' }, /^YRD_EVIDENCE_REQUEST_SECONDS must be a whole number from 1 to 2147483/],
      [{ YRD_EVIDENCE_SECONDS: '2592001' }, /^YRD_EVIDENCE_SECONDS must be a whole number from 1 to 2592000/],
      [{ YRD_REQUEST_END_SYNC_WINDOW_SECONDS: '600' }, /^YRD_REQUEST_END_SYNC_WINDOW_SECONDS must be a whole number from 2 to 60, got "600"$/],
      [{ YRD_REQUEST_END_HEARTBEAT_SECONDS: '4', YRD_REQUEST_END_SYNC_WINDOW_SECONDS: '6' }, /^YRD_REQUEST_END_HEARTBEAT_SECONDS must be at most half of YRD_REQUEST_END_SYNC_WINDOW_SECONDS \(6\), got "4"$/],
      [{ YRD_SEED_PEOPLE: ' 5 ' }, /^YRD_SEED_PEOPLE must be a whole number ≥ 0, got " 5 "$/],
      [{ YRD_GATEWAY_WORKERS: '0x2' }, /^YRD_GATEWAY_WORKERS must be auto or a whole number 1–64, got "0x2"$/],
      [{ YRD_GATEWAY_MODE: 'prod' }, /^YRD_GATEWAY_MODE must be development or production/],
      [{ OTEL_TRACES_EXPORTER: 'jaeger' }, /^OTEL_TRACES_EXPORTER must be otlp, console or none/],
      [{ YRD_HTTP_REQUEST_TIMEOUT_MS: '50' }, /^YRD_HTTP_REQUEST_TIMEOUT_MS must be a whole number from 100 to 2147483647/],
      [{ YRD_HTTP_HEADERS_TIMEOUT_MS: '60000' }, /^YRD_HTTP_HEADERS_TIMEOUT_MS \(60000\) must not be longer than YRD_HTTP_REQUEST_TIMEOUT_MS \(30000\)/],
      [{ YRD_HTTP_MAX_CONNECTIONS: '0' }, /^YRD_HTTP_MAX_CONNECTIONS must be a whole number ≥ 1, got "0"$/],
      [{ YRD_HTTP_BODIES_PER_CLIENT: 'many' }, /^YRD_HTTP_BODIES_PER_CLIENT must be a whole number ≥ 1, got "many"$/],
      [{ YRD_SERVICES_FROM: 'dist' }, /^YRD_SERVICES_FROM must be "compiled" \(dist\/main.js on Node\) or "source" \(src\/main.ts under tsx\), not "dist"$/],
    ];
    for (const [env, refusal] of refusals) expect(() => checkFederationConfiguration(env), JSON.stringify(env)).toThrow(refusal);
  });
});
