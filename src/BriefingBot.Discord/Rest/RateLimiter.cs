using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Per-route buckets learned from the <c>X-RateLimit-*</c> headers, plus the global limit. A request waits
/// while its bucket is exhausted or the global limit is in force; it is never sent to be refused.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>Waits for the route's bucket and the global limit; dispose the result once the response is read.</summary>
    public async Task<Lease> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var wait = TimeSpan.Zero;
                DateTimeOffset globalUntil;
                lock (_globalLock)
                {
                    globalUntil = _globalUntil;
                }

                if (globalUntil > now)
                {
                    wait = globalUntil - now;
                }
                else if (bucket.Remaining is 0 && bucket.ResetAt > now)
                {
                    wait = bucket.ResetAt - now;
                }
                else
                {
                    if (bucket.Remaining is 0)
                    {
                        // The window has passed: the next response tells us the new count.
                        bucket.Remaining = null;
                    }

                    if (bucket.Remaining is > 0)
                    {
                        bucket.Remaining--;
                    }

                    return new Lease(this, route, bucket);
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Records a 429: the whole bot (global) or this bucket waits <paramref name="retryAfter"/>.</summary>
    public void Limited(RateLimitBucket bucket, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalUntil)
                {
                    _globalUntil = until;
                }
            }
        }
        else
        {
            bucket.Remaining = 0;
            bucket.ResetAt = until;
        }
    }

    private void Update(RestRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("X-RateLimit-Bucket", out var hashes))
        {
            var hash = hashes.First();
            // Later requests of this route (for any major parameter) share Discord's bucket.
            _bucketOfRoute[route.Key] = hash;
            _buckets.TryAdd(hash + ":" + route.Major, bucket);
        }

        if (Header(headers, "X-RateLimit-Remaining") is { } remaining && int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left))
        {
            bucket.Remaining = left;
        }

        if (Header(headers, "X-RateLimit-Reset-After") is { } resetAfter
            && double.TryParse(resetAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(seconds);
        }
    }

    private RateLimitBucket BucketFor(RestRoute route)
    {
        var key = _bucketOfRoute.TryGetValue(route.Key, out var hash) ? hash + ":" + route.Major : route.Key + ":" + route.Major;
        return _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Holds a bucket for one request; <see cref="Complete"/> reads the response's headers.</summary>
    internal sealed class Lease(RateLimiter limiter, RestRoute route, RateLimitBucket bucket) : IDisposable
    {
        private bool _released;

        public RateLimitBucket Bucket => bucket;

        public void Complete(HttpResponseMessage response) => limiter.Update(route, bucket, response.Headers);

        public void Dispose()
        {
            if (!_released)
            {
                _released = true;
                bucket.Gate.Release();
            }
        }
    }
}
