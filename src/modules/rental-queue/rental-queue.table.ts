// The fair rental queue audit: this module's tables (issue 16).
export {};
