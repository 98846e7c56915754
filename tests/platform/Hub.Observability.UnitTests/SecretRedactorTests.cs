using Hub.Secrets;

namespace Hub.Observability.UnitTests;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Redact_TextContainingRememberedValues_MasksEveryOccurrence()
    {
        var redactor = new SecretRedactor();
        redactor.Remember("hunter22");

        redactor.Redact("login hunter22 failed; retried hunter22").Should().Be("login *** failed; retried ***");
    }

    [Fact]
    public void Redact_ValueContainingAnother_MasksTheLongerWhole()
    {
        var redactor = new SecretRedactor();
        redactor.Remember("abcd");
        redactor.Remember("abcd-efgh");

        redactor.Redact("token=abcd-efgh").Should().Be("token=***");
    }

    [Fact]
    public void Redact_VeryShortValue_IsNotRememberedSoWordsSurvive()
    {
        var redactor = new SecretRedactor();
        redactor.Remember("a");

        redactor.Redact("a cat").Should().Be("a cat");
    }

    [Fact]
    public void Redact_Null_GivesEmpty()
    {
        new SecretRedactor().Redact(null).Should().BeEmpty();
    }
}
