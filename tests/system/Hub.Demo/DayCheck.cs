namespace Hub.Demo;

/// <summary>One expectation of the day and whether it holds now.</summary>
public sealed record DayCheck(string What, bool Holds, string Detail);
