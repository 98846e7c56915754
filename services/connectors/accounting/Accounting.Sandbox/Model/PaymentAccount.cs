namespace Accounting.Sandbox.Model;

public sealed class PaymentAccount
{
    public Guid AccountID { get; set; } = new("ac993f75-035b-433c-82e0-7b7a2d40802c");

    public string Code { get; set; } = "090";
}
