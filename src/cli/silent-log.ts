import type { FastifyBaseLogger } from 'fastify';

/** A logger that writes nothing: the demo load and CLI commands report on stdout instead. */
export const silentLog = {
  info: () => {},
  error: () => {},
  warn: () => {},
  debug: () => {},
  trace: () => {},
  fatal: () => {},
  silent: () => {},
  child: () => silentLog,
  level: 'silent',
} as unknown as FastifyBaseLogger;
