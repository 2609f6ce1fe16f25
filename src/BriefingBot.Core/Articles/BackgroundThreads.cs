using System.Runtime.InteropServices;

namespace BriefingBot.Core.Articles;

/// <summary>
/// Lowers the calling thread's scheduling priority, so that when every core is busy the threads at the normal priority
/// (a bulk import's one writing thread, the bot's chat commands and deliveries) are given the cores first.
/// </summary>
/// <remarks>
/// Linux keeps a nice value per thread: <c>nice(2)</c> raises the calling thread's by <see cref="NiceIncrement"/> (a
/// thread may always lower its own priority). A thread that a lowered thread creates starts with its value; the
/// extraction threads create none of their own (the runtime may start its tiered compiler's worker from one, which
/// then compiles below the writer until it stops, idle, a few seconds later). Windows: below normal. Elsewhere (on
/// macOS the nice value is the whole process's) nothing changes.
/// </remarks>
internal static class BackgroundThreads
{
    /// <summary>Nice 10 against the writer's 0: the scheduler gives it about nine tenths of a core they share.</summary>
    public const int NiceIncrement = 10;

    public static void LowerCurrent()
    {
        if (OperatingSystem.IsLinux())
        {
            // A priority is a preference: if the call fails (a sandbox may refuse it), the thread runs as before.
            _ = nice(NiceIncrement);
        }
        else if (OperatingSystem.IsWindows())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
    }

    // DllImport, not LibraryImport: an int in and out needs no marshalling, and LibraryImport would make the project
    // allow unsafe code for it.
    [DllImport("libc", SetLastError = true)]
    private static extern int nice(int increment);
}
