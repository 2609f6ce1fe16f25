using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BriefingBot.Benchmarks;

/// <summary>The figures of one benchmark run, in order: printed as a table or as one JSON object of numbers.</summary>
internal sealed class BenchReport
{
    private readonly List<(string Key, double Value, string Label)> _figures = [];

    public void Add(string key, double value, string label) => _figures.Add((key, value, label));

    public double this[string key] => TryGet(key, out var value) ? value : throw new KeyNotFoundException($"No figure {key} in the report.");

    /// <summary>The figure under this key, when the run measured it.</summary>
    public bool TryGet(string key, out double value)
    {
        foreach (var figure in _figures)
        {
            if (figure.Key == key)
            {
                value = figure.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (key, value, _) in _figures)
            {
                json.WriteNumber(key, Math.Round(value, 4));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public string ToTable()
    {
        var text = new StringBuilder();
        var width = _figures.Max(f => f.Label.Length);
        foreach (var (key, value, label) in _figures)
        {
            var shown = Math.Abs(value) >= 100 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
            text.Append(label.PadRight(width + 2)).Append(shown.PadLeft(14)).Append("   ").Append(key).Append('\n');
        }

        return text.ToString();
    }
}
