// Every table, for drizzle-kit: core first, then each module's tables.
export * from './core/audit.table';
export * from './core/auth/auth.table';
export * from './core/jobs.table';
export * from './core/mail/outbox.table';
export * from './core/organisation.table';
export * from './modules/activities/activities.table';
export * from './modules/annual-report/annual-report.table';
export * from './modules/areas/areas.table';
export * from './modules/goals/goals.table';
export * from './modules/indicators/indicators.table';
export * from './modules/programs/programs.table';
export * from './modules/rounds/rounds.table';
export * from './modules/safety-index/safety-index.table';
export * from './modules/situation/situation.table';
export * from './modules/turn-the-curve/turn-the-curve.table';
