using System.Text;
using System.Text.RegularExpressions;

namespace Erp.Sandbox.Store;

/// <summary>
/// SQL LIKE / ILIKE as PostgreSQL evaluates Odoo's like operators: '%' is any run of characters, '_' exactly one,
/// a backslash makes the next character literal. 'like' and 'ilike' wrap the value as '%value%', so a '%' or '_'
/// inside it is still a wildcard; '=like' and '=ilike' take the value as the whole pattern.
/// </summary>
public static class LikePattern
{
    public static bool Matches(string text, string pattern, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pattern);
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                default:
                    regex.Append(Regex.Escape(pattern[i].ToString()));
                    break;
            }
        }

        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return Regex.IsMatch(text, regex.Append('$').ToString(), options, TimeSpan.FromSeconds(1));
    }
}
