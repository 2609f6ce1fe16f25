namespace BriefingBot.Discord.Rest;

/// <summary>
/// One REST call: the method, the route's template (which, with the major parameter, names its rate-limit
/// bucket before Discord has told us the bucket's hash) and the concrete path appended to the API base URL.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route with placeholders, e.g. <c>/channels/{channel_id}/messages</c>.</param>
/// <param name="Path">The concrete path, e.g. <c>/channels/42/messages</c>.</param>
/// <param name="Major">The major parameter (channel, guild, webhook or interaction id) that splits buckets.</param>
public sealed record RestRoute(HttpMethod Method, string Template, string Path, string Major)
{
    /// <summary>The key under which the limiter tracks this route until Discord names its bucket.</summary>
    public string Key => $"{Method.Method} {Template}";
}
