namespace Hub.Build;

/// <summary>One command of the build program (<c>./build.sh &lt;verb&gt; [args]</c>).</summary>
public interface IVerb
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
