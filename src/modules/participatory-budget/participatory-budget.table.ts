// The participatory budget (boendebudget): this module's tables (issue 15).
export {};
