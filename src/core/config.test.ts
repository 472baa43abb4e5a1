import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config';
import { trustProxyOption } from './http/app';
import { tileImageSource } from './http/security-headers';

describe('PUBLIC_URL', () => {
  it('follows the port the server runs on when it is not set (issue 11, point 10)', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    // `grannskap start --port 4000` passes the port as an override.
    expect(loadConfig({ PORT: '8080' }, { port: 4000 }).publicUrl).toBe('http://localhost:4000');
  });

  it('is taken as given when set', () => {
    const env = { PORT: '8080', PUBLIC_URL: 'https://grannskap.example.se' };
    expect(loadConfig(env).publicUrl).toBe('https://grannskap.example.se');
    expect(loadConfig(env, { port: 4000 }).publicUrl).toBe('https://grannskap.example.se');
    expect(loadConfig({ PUBLIC_URL: '' }).publicUrl).toBe('http://localhost:3000');
    expect(() => loadConfig({ PUBLIC_URL: 'grannskap.example.se' })).toThrow();
  });
});

describe('GRANNSKAP_CLOCK_START', () => {
  // The system clock is faked and fixed (a Wednesday in March), so each reading is exact.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('starts the server clock at the instant given, which then runs on', () => {
    const config = loadConfig({ GRANNSKAP_CLOCK_START: '2026-11-16T09:00:00+01:00' });
    expect(config.clock().toISOString()).toBe('2026-11-16T08:00:00.000Z');
    vi.setSystemTime(new Date('2026-03-04T12:00:20Z'));
    expect(config.clock().toISOString()).toBe('2026-11-16T08:00:20.000Z');
  });

  it('is the system time when unset, and refuses an instant without its offset', () => {
    expect(loadConfig({}).clock().toISOString()).toBe('2026-03-04T12:00:00.000Z');
    expect(() => loadConfig({ GRANNSKAP_CLOCK_START: '2026-11-16T09:00:00' })).toThrow();
    expect(() => loadConfig({ GRANNSKAP_CLOCK_START: 'monday' })).toThrow();
  });
});

describe('TRUST_PROXY', () => {
  const trust = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

  it('is off unless set', () => {
    expect(trust()).toBe(false);
    expect(trust('')).toBe(false);
    expect(trust('false')).toBe(false);
  });

  it('takes true, a hop count or a list of proxy addresses, as Fastify does', () => {
    expect(trust('true')).toBe(true);
    expect(trust('TRUE')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trust('loopback, 10.0.0.0/8, 192.168.1.0/255.255.255.0, ::1, fd00::/8')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.0/255.255.255.0',
      '::1',
      'fd00::/8',
    ]);
  });

  it('stops the start with the wrong entries named', () => {
    expect(() => trust('yes')).toThrow(/TRUST_PROXY.*yes/);
    expect(() => trust('10.0.0.0/33, proxy.example')).toThrow(/10\.0\.0\.0\/33, proxy\.example/);
  });

  it('trusts the nearest n hops for a hop count (Fastify 5 alone would trust none)', () => {
    const option = trustProxyOption(2);
    expect(typeof option).toBe('function');
    const fn = option as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => fn('10.0.0.1', hop))).toEqual([true, true, false]);
    expect(trustProxyOption(false)).toBe(false);
    expect(trustProxyOption(['loopback'])).toEqual(['loopback']);
  });
});

describe('the tile server in the image policy', () => {
  it('is the origin of MAP_TILE_URL, a {s} subdomain as a wildcard', () => {
    expect(tileImageSource('https://tile.example.org/{z}/{x}/{y}.png')).toBe('https://tile.example.org');
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.example.org',
    );
    expect(tileImageSource('http://localhost:8081/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8081');
    expect(tileImageSource('https://tiles-{s}.example.org/{z}/{x}/{y}.png')).toBe('https:');
    expect(tileImageSource('/tiles/{z}/{x}/{y}.png')).toBeNull();
  });
});
