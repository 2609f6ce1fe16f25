using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>
/// Checks request bodies against the request schemas of Discord's OpenAPI document. Covers the JSON Schema
/// keywords that document uses for requests (type, properties, required, additionalProperties, items, lengths,
/// enum/const, minimum/maximum, pattern, allOf/anyOf/oneOf, $ref); formats are not checked.
/// </summary>
public sealed class OpenApiValidator
{
    private static readonly Lazy<OpenApiValidator> s_discord = new(() => new OpenApiValidator(JsonNode.Parse(File.ReadAllText(SpecPath()))!.AsObject()));
    private readonly JsonObject _document;

    private OpenApiValidator(JsonObject document) => _document = document;

    public static OpenApiValidator Discord => s_discord.Value;

    /// <summary>Problems with <paramref name="body"/> as the JSON body of <paramref name="method"/> <paramref name="path"/>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string method, string path, JsonNode? body)
    {
        var template = _document["paths"]!.AsObject().Select(p => p.Key).FirstOrDefault(t => Matches(t, path))
            ?? throw new InvalidOperationException($"No OpenAPI path matches {path}");
        var schema = _document["paths"]![template]![method.ToLowerInvariant()]?["requestBody"]?["content"]?["application/json"]?["schema"]
            ?? throw new InvalidOperationException($"No JSON request schema for {method} {template}");
        var errors = new List<string>();
        Check(schema, body, "$", errors);
        return errors;
    }

    private static bool Matches(string template, string path)
    {
        var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[a-z_]+}", "[^/]+") + "$";
        return Regex.IsMatch(path, pattern);
    }

    private void Check(JsonNode schemaNode, JsonNode? value, string at, List<string> errors)
    {
        if (schemaNode is JsonValue boolean && boolean.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            if (boolean.GetValueKind() == JsonValueKind.False)
            {
                errors.Add($"{at}: not allowed");
            }

            return;
        }

        var schema = schemaNode.AsObject();
        if (schema["$ref"] is { } reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            Check(_document["components"]!["schemas"]![name]!, value, at, errors);
        }

        if (schema["type"] is { } type)
        {
            var types = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!types.Any(t => IsType(t, value)))
            {
                errors.Add($"{at}: expected {string.Join('|', types)}, got {Kind(value)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{at}: {value?.ToJsonString()} not in enum");
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{at}: expected {constant.ToJsonString()}");
        }

        foreach (var part in (schema["allOf"] as JsonArray ?? []).OfType<JsonNode>())
        {
            Check(part, value, at, errors);
        }

        if (schema["anyOf"] is JsonArray any && !any.OfType<JsonNode>().Any(s => Passes(s, value, at)))
        {
            errors.Add($"{at}: matches none of anyOf ({Explain(any, value, at)})");
        }

        if (schema["oneOf"] is JsonArray one)
        {
            var count = one.OfType<JsonNode>().Count(s => Passes(s, value, at));
            if (count != 1)
            {
                errors.Add($"{at}: matches {count} of oneOf ({Explain(one, value, at)})");
            }
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, at, errors);
                break;
            case JsonArray array:
                if (schema["maxItems"]?.GetValue<int>() is { } maxItems && array.Count > maxItems)
                {
                    errors.Add($"{at}: {array.Count} items, at most {maxItems}");
                }

                if (schema["minItems"]?.GetValue<int>() is { } minItems && array.Count < minItems)
                {
                    errors.Add($"{at}: {array.Count} items, at least {minItems}");
                }

                if (schema["items"] is { } items)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Check(items, array[i], $"{at}[{i}]", errors);
                    }
                }

                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                var text = scalar.GetValue<string>();
                var length = new System.Globalization.StringInfo(text).LengthInTextElements;
                if (schema["maxLength"]?.GetValue<int>() is { } maxLength && length > maxLength)
                {
                    errors.Add($"{at}: {length} characters, at most {maxLength}");
                }

                if (schema["minLength"]?.GetValue<int>() is { } minLength && length < minLength)
                {
                    errors.Add($"{at}: {length} characters, at least {minLength}");
                }

                if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern))
                {
                    errors.Add($"{at}: '{text}' does not match {pattern}");
                }

                break;
            case JsonValue number when number.GetValueKind() == JsonValueKind.Number:
                var n = Number(number);
                if (schema["minimum"]?.GetValue<double>() is { } min && n < min)
                {
                    errors.Add($"{at}: {n} below {min}");
                }

                if (schema["maximum"]?.GetValue<double>() is { } max && n > max)
                {
                    errors.Add($"{at}: {n} above {max}");
                }

                break;
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string at, List<string> errors)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (!obj.ContainsKey(required))
            {
                errors.Add($"{at}: missing {required}");
            }
        }

        foreach (var (name, child) in obj)
        {
            if (properties?[name] is { } propertySchema)
            {
                Check(propertySchema, child, $"{at}.{name}", errors);
            }
            else if (schema["additionalProperties"] is { } additional)
            {
                Check(additional, child, $"{at}.{name}", errors);
            }
        }
    }

    private bool Passes(JsonNode schema, JsonNode? value, string at)
    {
        var errors = new List<string>();
        Check(schema, value, at, errors);
        return errors.Count == 0;
    }

    private string Explain(JsonArray schemas, JsonNode? value, string at) =>
        string.Join("; ", schemas.OfType<JsonNode>().Select(s =>
        {
            var errors = new List<string>();
            Check(s, value, at, errors);
            return (s["$ref"]?.GetValue<string>().Split('/')[^1] ?? "inline") + ": " + (errors.Count == 0 ? "ok" : string.Join(", ", errors.Take(3)));
        }));

    private static bool IsType(string type, JsonNode? value) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && Math.Abs(Number(v) % 1) < double.Epsilon,
        "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        _ => false,
    };

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static string Kind(JsonNode? value) => value?.GetValueKind().ToString() ?? "null";

    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared", "specs", "discord-openapi.json");
            if (File.Exists(shared))
            {
                return shared;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "Schemas", "discord-openapi-subset.json");
    }
}
