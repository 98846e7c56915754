using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.UnitTests.Pipeline;

public sealed class StackHashTests
{
    [Fact]
    public void Of_SameThrowSiteDifferentMessages_SameHash()
    {
        var first = Catch(ThrowFromSiteA, new InvalidOperationException("customer 1 missing"));
        var second = Catch(ThrowFromSiteA, new InvalidOperationException("customer 2 missing"));

        StackHash.Of(first).Should().Be(StackHash.Of(second));
    }

    [Fact]
    public void Of_DifferentThrowSites_DifferentHash()
    {
        var a = Catch(ThrowFromSiteA, new InvalidOperationException("boom"));
        var b = Catch(ThrowFromSiteB, new InvalidOperationException("boom"));

        StackHash.Of(a).Should().NotBe(StackHash.Of(b));
    }

    [Fact]
    public void Of_SameSiteDifferentExceptionType_DifferentHash()
    {
        var invalid = Catch(ThrowFromSiteA, new InvalidOperationException("boom"));
        var timeout = Catch(ThrowFromSiteA, new TimeoutException("boom"));

        StackHash.Of(invalid).Should().NotBe(StackHash.Of(timeout));
    }

    [Fact]
    public void Of_DifferentInnerExceptions_DifferentHash()
    {
        var withA = Catch(WrapFromSiteC, Catch(ThrowFromSiteA, new InvalidOperationException("x")));
        var withB = Catch(WrapFromSiteC, Catch(ThrowFromSiteB, new InvalidOperationException("x")));

        StackHash.Of(withA).Should().NotBe(StackHash.Of(withB));
    }

    [Fact]
    public void Of_AnyException_SixteenLowerCaseHexCharacters()
    {
        StackHash.Of(Catch(ThrowFromSiteA, new InvalidOperationException("x"))).Should().MatchRegex("^[0-9a-f]{16}$");
        StackHash.Of(new InvalidOperationException("never thrown")).Should().MatchRegex("^[0-9a-f]{16}$");
    }

    [Fact]
    public void Of_UnthrownExceptionsOfOneType_SameHash()
    {
        StackHash.Of(new InvalidOperationException("a")).Should().Be(StackHash.Of(new InvalidOperationException("b")))
            .And.NotBe(StackHash.Of(new TimeoutException("a")));
    }

    private static void ThrowFromSiteA(Exception error) => throw error;

    private static void ThrowFromSiteB(Exception error) => throw error;

    private static void WrapFromSiteC(Exception inner) => throw new InvalidOperationException("wrapped", inner);

    private static Exception Catch(Action<Exception> thrower, Exception error)
    {
        try
        {
            thrower(error);
        }
        catch (Exception ex)
        {
            return ex;
        }

        throw new InvalidOperationException("nothing was thrown");
    }
}
