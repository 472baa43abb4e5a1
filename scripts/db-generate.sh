#!/usr/bin/env bash
# Generates a migration from the Drizzle schema (src/schema.ts) into drizzle/.
# Usage: npm run db:generate -- NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-change}"
exec 9>.tmp-db-generate.lock
flock 9
npx drizzle-kit generate --name "$name"
