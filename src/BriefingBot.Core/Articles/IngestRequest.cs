namespace BriefingBot.Core.Articles;

/// <summary>
/// One input of a bulk ingestion: a draft and who added it, or, when the source could not make a draft (an
/// unreadable file), why not; such an input is answered <see cref="IngestStatus.Refused"/> in its place, so the
/// results stay one per input, in input order.
/// </summary>
public sealed record IngestRequest(ArticleDraft? Draft, string? AddedBy, string? Error = null)
{
    public static IngestRequest Unreadable(string error) => new(null, null, error);
}
