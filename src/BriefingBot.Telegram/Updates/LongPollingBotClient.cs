using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// The client the receiving loop polls with. Telegram.Bot asks getUpdates to wait as long as the client's
/// <see cref="ITelegramBotClient.Timeout"/>, which is also the HTTP timeout, so an idle poll would race its own
/// time-out and fail. This reports the long-poll time while the HTTP client underneath waits a margin longer.
/// </summary>
internal sealed class LongPollingBotClient(ITelegramBotClient inner, TimeSpan pollTime) : ITelegramBotClient
{
    public bool LocalBotServer => inner.LocalBotServer;

    public long BotId => inner.BotId;

    public TimeSpan Timeout
    {
        get => pollTime;
        set => throw new NotSupportedException("The long-poll time comes from Telegram:PollTimeout.");
    }

    public IExceptionParser ExceptionsParser
    {
        get => inner.ExceptionsParser;
        set => inner.ExceptionsParser = value;
    }

    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest
    {
        add => inner.OnMakingApiRequest += value;
        remove => inner.OnMakingApiRequest -= value;
    }

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived
    {
        add => inner.OnApiResponseReceived += value;
        remove => inner.OnApiResponseReceived -= value;
    }

    public Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        inner.SendRequest(request, cancellationToken);

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => inner.TestApi(cancellationToken);

    public Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default) =>
        inner.DownloadFile(filePath, destination, cancellationToken);

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) =>
        inner.DownloadFile(file, destination, cancellationToken);
}
