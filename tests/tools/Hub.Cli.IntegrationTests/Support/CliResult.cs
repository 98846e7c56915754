// What one `hub` run printed, apart: the tests' name for the dev tooling's command result.
global using CliResult = Hub.DevStack.CommandResult;
