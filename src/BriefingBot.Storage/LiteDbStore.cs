namespace BriefingBot.Storage;
internal sealed class LiteDbStore { }
