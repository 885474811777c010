using ModelCheck.Engine.Values;
using ModelCheck.Tests.Storage;
using ModelCheck.Tla.Evaluation;
using Xunit;

namespace ModelCheck.Tests.Evaluation;

/// <summary>r.f remembers where the field sits per record shape and still finds it in every record.</summary>
public sealed class FieldLookupTests
{
    [Fact]
    public void Find_GivesEachRecordsOwnFieldAcrossMoreShapesThanItRemembers()
    {
        var lookup = new FieldLookup("type");
        var others = new[] { "acc", "bal", "ins", "mbal", "val", "x", "y", "z", "zz", "zzz", "a", "u" };
        for (var round = 0; round < 3; round++)
        {
            for (var shape = 0; shape < others.Length; shape++)
            {
                // Shape n has the fields "type" and the first n others; "type" moves as names sort before it.
                var fields = new List<(string, Value)> { ("type", V.S($"t{shape}")) };
                for (var k = 0; k < shape; k++)
                {
                    fields.Add((others[k], V.I(k)));
                }

                var record = (RecordValue)V.Record([.. fields]);
                Assert.Equal(V.S($"t{shape}"), lookup.Find(record));
                Assert.Null(new FieldLookup("missing").Find(record));
            }
        }

        Assert.Equal(8, lookup.RememberedShapes);

        var withoutType = (RecordValue)V.Record(("bal", V.I(1)));
        Assert.Null(lookup.Find(withoutType));
        Assert.Null(lookup.Find(withoutType));
    }

    [Fact]
    public void Find_RemembersShapesMetAgainButNotRecordsWithNamesOfTheirOwn()
    {
        var lookup = new FieldLookup("type");

        // Records whose names array is their own (as built from a function's domain) are each met once.
        for (var i = 0; i < 50; i++)
        {
            var own = RecordValue.FromSorted([new StringValue("a"), new StringValue("type")], [V.I(i), V.S("own")]);
            Assert.Equal(V.S("own"), lookup.Find(own));
        }

        Assert.Equal(0, lookup.RememberedShapes);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(V.S("shared"), lookup.Find((RecordValue)V.Record(("type", V.S("shared")), ("a", V.I(i)))));
        }

        Assert.Equal(1, lookup.RememberedShapes);
    }
}
