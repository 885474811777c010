using System.Globalization;
using System.Text.Json;
using ModelCheck.Engine.Values;

namespace ModelCheck.Traces.Itf;

/// <summary>The ITF expression reader.</summary>
internal static partial class ItfTraceReader
{
    /// <summary>Turns ITF expressions into values; knows which strings are model values.</summary>
    private sealed class ValueReader(HashSet<string> modelValueNames)
    {
        public Value Read(JsonElement e, string where) => e.ValueKind switch
        {
            JsonValueKind.True => BoolValue.True,
            JsonValueKind.False => BoolValue.False,
            JsonValueKind.Number => ReadNumber(e, where),
            JsonValueKind.String => ReadString(e.GetString()!),
            JsonValueKind.Array => new TupleValue(ReadItems(e, where)),
            JsonValueKind.Object => ReadObject(e, where),
            _ => throw new ItfFormatException($"{where}: null is not an ITF value"),
        };

        private Value ReadString(string text) =>
            modelValueNames.Contains(text) ? new ModelValue(text) : new StringValue(text);

        private Value[] ReadItems(JsonElement array, string where)
        {
            var items = new Value[array.GetArrayLength()];
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                items[i] = Read(item, $"{where}[{i}]");
                i++;
            }

            return items;
        }

        private Value ReadObject(JsonElement e, string where)
        {
            var count = 0;
            string? first = null;
            foreach (var p in e.EnumerateObject())
            {
                first ??= p.Name;
                count++;
            }

            if (count == 1 && first!.StartsWith('#'))
            {
                var inner = e.GetProperty(first);
                switch (first)
                {
                    case "#bigint":
                        return ReadBigint(inner, where);
                    case "#tup":
                        return new TupleValue(ReadItems(Expect(inner, JsonValueKind.Array, where, first), where));
                    case "#set":
                        return EnumeratedSet.FromUnsorted(ReadItems(Expect(inner, JsonValueKind.Array, where, first), where));
                    case "#map":
                        return ReadMap(Expect(inner, JsonValueKind.Array, where, first), where);
                    case "#unserializable":
                        throw new ItfFormatException($"{where}: the value {inner.GetRawText()} was written as #unserializable and cannot be compared with the spec's values");
                }
            }

            var fieldNames = new string[count];
            var fieldValues = new Value[count];
            var i = 0;
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name.StartsWith('#'))
                {
                    throw new ItfFormatException($"{where}: unknown ITF form \"{p.Name}\" (a record field may not start with #)");
                }

                fieldNames[i] = p.Name;
                fieldValues[i] = Read(p.Value, $"{where}.{p.Name}");
                i++;
            }

            if (fieldNames.Distinct(StringComparer.Ordinal).Count() != count)
            {
                throw new ItfFormatException($"{where}: a record names the same field twice");
            }

            // Why: {} is the function with an empty domain, which TLA+ writes <<>>.
            return count == 0 ? TupleValue.Empty : RecordValue.Create(fieldNames, fieldValues);
        }

        private Value ReadMap(JsonElement pairs, string where)
        {
            var entries = new List<(Value Key, Value Value)>(pairs.GetArrayLength());
            var i = 0;
            foreach (var pair in pairs.EnumerateArray())
            {
                var at = $"{where}[{i}]";
                if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
                {
                    throw new ItfFormatException($"{at}: a #map entry is a [key, value] array");
                }

                entries.Add((Read(pair[0], at + "[0]"), Read(pair[1], at + "[1]")));
                i++;
            }

            entries.Sort((a, b) => a.Key.CompareTo(b.Key));
            var keys = new List<Value>(entries.Count);
            var values = new List<Value>(entries.Count);
            foreach (var (key, value) in entries)
            {
                if (keys.Count > 0 && keys[^1].Equals(key))
                {
                    if (!values[^1].Equals(value))
                    {
                        throw new ItfFormatException($"{where}: the #map gives the key {key} two different values");
                    }

                    continue;
                }

                keys.Add(key);
                values.Add(value);
            }

            return MapValue.Create(EnumeratedSet.FromSorted([.. keys]), [.. values]);
        }

        private static JsonElement Expect(JsonElement e, JsonValueKind kind, string where, string form) =>
            e.ValueKind == kind ? e : throw new ItfFormatException($"{where}: {form} must hold {(kind == JsonValueKind.Array ? "an array" : "a string")}, found {Describe(e)}");

        private static IntValue ReadNumber(JsonElement e, string where) =>
            e.TryGetInt64(out var n) ? IntValue.Of(n) : throw new ItfFormatException($"{where}: {e.GetRawText()} is not an integer ModelCheck can hold (64-bit)");

        private static IntValue ReadBigint(JsonElement e, string where)
        {
            var text = Expect(e, JsonValueKind.String, where, "#bigint").GetString()!;
            var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
            if (digits.Length == 0 || digits.ContainsAnyExceptInRange('0', '9'))
            {
                throw new ItfFormatException($"{where}: #bigint \"{text}\" is not an integer");
            }

            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? IntValue.Of(n)
                : throw new ItfFormatException($"{where}: #bigint {text} is outside the 64-bit range ModelCheck supports");
        }
    }
}
