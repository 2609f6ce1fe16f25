namespace BriefingBot.Core.Extraction;

/// <summary>The lexicon sections a word is listed in (<see cref="Gazetteer.KindsOf"/>): one lookup answers what would take a look in each list.</summary>
[Flags]
internal enum WordKinds
{
    None = 0,
    Title = 1 << 0,
    Honorific = 1 << 1,
    Rank = 1 << 2,
    Group = 1 << 3,

    /// <summary>Organisation words, named organisations included (<see cref="Gazetteer.OrgWords"/>).</summary>
    Org = 1 << 4,
    NamedOrg = 1 << 5,
    Region = 1 << 6,
    Place = 1 << 7,
    Outlet = 1 << 8,
    Common = 1 << 9,
    Month = 1 << 10,
}
