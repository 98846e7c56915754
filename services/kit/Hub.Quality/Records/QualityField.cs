namespace Hub.Quality;

/// <summary>A canonical field the inbound mapping fills from a source field, and the format its rules expect there.</summary>
/// <param name="Target">The canonical field (<c>email</c>).</param>
/// <param name="From">The source field (<c>properties.email</c>, <c>EMAIL</c>).</param>
/// <param name="Format">The <see cref="FormatKinds"/> kind its mapping checks (phone, email, date, postcode), null when none.</param>
public sealed record QualityField(string Target, string From, string? Format = null);
