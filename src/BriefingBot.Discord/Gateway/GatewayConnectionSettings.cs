namespace BriefingBot.Discord.Gateway;

/// <summary>What every connection of one client shares.</summary>
internal sealed record GatewayConnectionSettings(
    string Token,
    int Intents,
    GatewayTimings Timings,
    Func<CancellationToken, Task> BeforeIdentify,
    Action<GatewayDispatch> OnDispatch);
