using System.Text.Json.Serialization;
using BriefingBot.Core.Actors;
using BriefingBot.Core.Meetings;

namespace BriefingBot.Core.Extraction;

/// <summary>Everything the pipeline understood from one article.</summary>
/// <param name="Title">The given title, or one derived from the text.</param>
/// <param name="Summary">A one- or two-sentence extractive summary.</param>
/// <param name="Mentions">Every name found, with offsets into the body that was given.</param>
/// <param name="Actors">Distinct actors of this article (mentions resolved within it).</param>
/// <param name="Meetings">Meetings reported; participants index into <paramref name="Actors"/>.</param>
public sealed record ArticleExtraction(
    string Title,
    string Summary,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<ExtractedActor> Actors,
    IReadOnlyList<ExtractedMeeting> Meetings)
{
    /// <summary>
    /// The words the article can be found by: the terms of <see cref="Search.SearchTerms.Of"/> of <see cref="Title"/>, a
    /// space and the body (in another order, some maybe twice), taken from the words extraction read rather than by
    /// reading the text again. Not part of what was understood, so not printed with it.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> SearchTerms { get; init; } = [];
}

/// <summary>One occurrence of a name in the body.</summary>
/// <param name="Actor">Index into <see cref="ArticleExtraction.Actors"/>, or null when the name was dropped.</param>
public sealed record Mention(string Text, ActorKind Kind, int Start, int Length, int? Actor);

/// <summary>An actor as one article presents it.</summary>
/// <param name="Name">The fullest form in the article.</param>
/// <param name="Aliases">Every surface form in the article, the full name included.</param>
public sealed record ExtractedActor(
    ActorKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ExtractedRole> Roles,
    string? Country);

/// <summary>A role stated in the article, with the sentence that states it.</summary>
public sealed record ExtractedRole(string Title, string? Country, string Evidence);

/// <summary>A meeting as one article reports it.</summary>
/// <param name="Participants">Indexes into <see cref="ArticleExtraction.Actors"/>.</param>
public sealed record ExtractedMeeting(
    MeetingKind Kind,
    IReadOnlyList<int> Participants,
    string? Location,
    MeetingDate? Date,
    MeetingStatus Status,
    string Evidence);
