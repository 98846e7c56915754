namespace Hub.Schemas.Gate;

/// <summary>The committed text of contract files, so in-place edits of published versions can be caught.</summary>
public interface ICommittedContracts
{
    /// <summary>Names the committed state in messages, e.g. <c>HEAD</c>.</summary>
    string Revision { get; }

    /// <summary>The committed text of a file below the contracts folder, or null when it is not committed (a new file).</summary>
    string? ReadCommitted(string relativePath);
}
