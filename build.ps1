#!/usr/bin/env pwsh
# Thin wrapper over the C# build program in build/, which holds all the logic (and its tests).
# Twin of build.sh; keep the two in step.
# Usage: ./build.ps1 <test|schemas|manifests|demo|bench|tool|up|down|help> [args]
$ErrorActionPreference = 'Stop'

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    [Console]::Error.WriteLine("error: 'dotnet' is not on PATH. Install the .NET SDK named in global.json (https://dot.net) and retry.")
    exit 1
}

# From the repository root, so global.json picks the SDK whatever the caller's directory.
# '--' is quoted so PowerShell passes it to dotnet instead of treating it as its own end-of-parameters marker.
Push-Location -LiteralPath $PSScriptRoot
try {
    & dotnet run --project build/Build.csproj -c Release '--' @args
    $code = $LASTEXITCODE
}
finally {
    Pop-Location
}
exit $code
