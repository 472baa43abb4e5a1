// Tenant dialogues: this module's tables (issue 15).
export {};
