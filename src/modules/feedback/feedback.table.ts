// Tenant feedback (kundsynpunkter): this module's tables (issue 15).
export {};
