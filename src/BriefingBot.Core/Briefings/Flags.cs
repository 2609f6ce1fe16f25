namespace BriefingBot.Core.Briefings;

/// <summary>Takes a trailing flag such as <c>--why</c> out of command arguments.</summary>
public static class Flags
{
    public static (string Remainder, bool Present) Take(string arguments, string flag)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var present = words.Any(w => w.Equals(flag, StringComparison.OrdinalIgnoreCase));
        return present
            ? (string.Join(' ', words.Where(w => !w.Equals(flag, StringComparison.OrdinalIgnoreCase))), true)
            : (arguments.Trim(), false);
    }
}
