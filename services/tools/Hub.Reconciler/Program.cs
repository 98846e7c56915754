using Hub.Observability;
using Hub.Reconciler;

// The scheduled reconciliation: every Reconcile:Interval (default 1 h) and on POST /reconcile/run it reads each
// connector's snapshot (Reconcile__Connectors__<system>), compares them as `hub reconcile` does and exports
// hub_reconcile_differences{entity,system,kind}, hub_reconcile_last_run_timestamp_seconds and
// hub_reconcile_last_run_success on /metrics.
var builder = WebApplication.CreateBuilder(args);
builder.AddHubObservability(ReconcilerServiceCollectionExtensions.ServiceName);
builder.AddScheduledReconciliation();

var app = builder.Build();
app.MapHubObservability();
app.MapReconcileRun();
app.Run();
