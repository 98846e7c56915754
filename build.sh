#!/usr/bin/env bash
# Thin wrapper over the C# build program in build/, which holds all the logic (and its tests).
# Twin of build.ps1; keep the two in step.
# Usage: ./build.sh <test|schemas|manifests|demo|bench|tool|up|down|help> [args]
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: 'dotnet' is not on PATH. Install the .NET SDK named in global.json (https://dot.net) and retry." >&2
  exit 1
fi

# From the repository root, so global.json picks the SDK whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")"
exec dotnet run --project build/Build.csproj -c Release -- "$@"
