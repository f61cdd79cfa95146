using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace FeedWatch.Core.Configuration;

/// <summary>
/// Checks every value under FeedWatch's own sections against the property it binds to before
/// binding, because the binder stops at the first bad value and hides every other problem.
/// Unknown keys are reported too: a misspelt "Intervall" silently ignored is worse than an error.
/// </summary>
internal static class ConfigValueChecker
{
    private static readonly string[] OwnSections =
        [nameof(FeedWatchOptions.Storage), nameof(FeedWatchOptions.Polling), nameof(FeedWatchOptions.Feeds), nameof(FeedWatchOptions.Watch),
        nameof(FeedWatchOptions.Health), nameof(FeedWatchOptions.Metrics)];

    /// <returns>Problems, and the keys whose values cannot be bound.</returns>
    public static (List<string> Errors, HashSet<string> BadKeys) Check(IConfiguration configuration)
    {
        var errors = new List<string>();
        var badKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in OwnSections)
        {
            var property = typeof(FeedWatchOptions).GetProperty(name)!;
            CheckSection(configuration.GetSection(name), property.PropertyType, errors, badKeys);
        }

        return (errors, badKeys);
    }

    private static void CheckSection(IConfigurationSection section, Type type, List<string> errors, HashSet<string> badKeys)
    {
        if (ElementType(type) is { } elementType)
        {
            foreach (var element in section.GetChildren())
            {
                CheckValue(element, elementType, errors, badKeys);
            }

            return;
        }

        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                errors.Add($"{child.Path} is not a known setting; known here: {string.Join(", ", type.GetProperties().Select(p => p.Name))}.");
                badKeys.Add(child.Path);
                continue;
            }

            CheckValue(child, property.PropertyType, errors, badKeys);
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, List<string> errors, HashSet<string> badKeys)
    {
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (scalar == typeof(string))
        {
            return;
        }

        if (!scalar.IsPrimitive && scalar != typeof(TimeSpan) && scalar != typeof(decimal))
        {
            CheckSection(section, type, errors, badKeys);
            return;
        }

        if (section.Value is null)
        {
            return;
        }

        if (!CanBind(scalar, section.Value))
        {
            errors.Add($"{section.Path} '{section.Value}' is not {Describe(scalar)}.");
            badKeys.Add(section.Path);
        }
    }

    /// <summary>The parse the generated binder does for each scalar type (invariant culture), without binding.</summary>
    private static bool CanBind(Type scalar, string value) =>
        scalar == typeof(TimeSpan) ? TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _)
        : scalar == typeof(bool) ? bool.TryParse(value, out _)
        : scalar == typeof(int) ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : scalar == typeof(long) ? long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : scalar == typeof(double) ? double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)
        : scalar == typeof(decimal) ? decimal.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)
        : throw new InvalidOperationException($"No check for {scalar.Name} settings; add one beside the others.");

    private static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0] : null;

    private static string Describe(Type type) =>
        type == typeof(TimeSpan) ? "a duration such as \"00:15:00\" (hh:mm:ss) or \"1.00:00:00\" (one day)"
        : type == typeof(bool) ? "true or false"
        : "a whole number";
}
