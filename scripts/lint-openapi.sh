#!/usr/bin/env bash
# Lints the OpenAPI document the server serves (written to server/target/openapi.json by OpenApiCompatibilityIT)
# with Redocly CLI's recommended rules (config: redocly.yaml). Exit 0 only with no errors.
set -euo pipefail
cd "$(dirname "$0")/.."
document=server/target/openapi.json
if [ ! -f "$document" ]; then
  echo "lint-openapi: $document is missing; run the tests first (OpenApiCompatibilityIT writes it)" >&2
  exit 2
fi
npx -y @redocly/cli@2.77.0 lint "$document" --config redocly.yaml --format stylish
