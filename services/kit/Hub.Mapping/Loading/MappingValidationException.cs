namespace Hub.Mapping;

/// <summary>Mapping files are invalid. Lists every problem in every file, so one start-up attempt shows them all.</summary>
public sealed class MappingValidationException : Exception
{
    public MappingValidationException(IReadOnlyList<MappingProblem> problems)
        : base($"{problems.Count} problem(s) in mapping files:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<MappingProblem> Problems { get; }
}
