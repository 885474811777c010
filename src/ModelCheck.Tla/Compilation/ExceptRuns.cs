using ModelCheck.Tla.Evaluation;
using ModelCheck.Tla.Evaluation.Nodes;

namespace ModelCheck.Tla.Compilation;

/// <summary>
/// Finds the runs of EXCEPT updates that can be applied together (see <see cref="ExceptPath.Run"/>):
/// paths of two or more steps whose keys read the same values but for a last field, distinct in each.
/// </summary>
/// <remarks>
/// Why: such a run changes several fields of one record (<c>![m.ins][acc].mbal = .., ![m.ins][acc].bal
/// = ..</c>), and applied one at a time each update copied every function on the way to it. Why only
/// reads of bound names, parameters, state variables and constants, through fields and function
/// applications: those give the same value each time within one EXCEPT and do nothing else, so
/// evaluating them once is not observable; an operator call might print. Distinct last fields leave
/// each update's <c>@</c> as it was, so copying the way once and changing the fields in order gives
/// the value of one update at a time.
/// </remarks>
internal static class ExceptRuns
{
    /// <summary>
    /// For each update, how many updates from it on form a run (1 when none follows it in one):
    /// <paramref name="keys"/> are the compiled keys of each path, and <paramref name="lastFields"/>
    /// the field of each path's last step, or null when that step is an index.
    /// </summary>
    public static int[] Of(IReadOnlyList<Node[]> keys, IReadOnlyList<string?> lastFields)
    {
        var runs = new int[keys.Count];
        for (var first = 0; first < runs.Length; first++)
        {
            runs[first] = RunFrom(keys, lastFields, first);
        }

        return runs;
    }

    private static int RunFrom(IReadOnlyList<Node[]> keys, IReadOnlyList<string?> lastFields, int first)
    {
        var path = keys[first];
        if (path.Length < 2 || lastFields[first] is null)
        {
            return 1;
        }

        var run = 1;
        for (var j = first + 1; j < keys.Count; j++)
        {
            if (keys[j].Length != path.Length || lastFields[j] is not { } field || !SamePrefix(path, keys[j]))
            {
                break;
            }

            for (var k = first; k < j; k++)
            {
                if (lastFields[k] == field)
                {
                    return run;
                }
            }

            run++;
        }

        return run;
    }

    // Why no separate check that the first path's keys are plain reads: SameRead holds only for those.
    private static bool SamePrefix(Node[] a, Node[] b)
    {
        for (var k = 0; k < a.Length - 1; k++)
        {
            if (!SameRead(a[k], b[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when both keys are the same plain read (of the kinds above); false otherwise.</summary>
    private static bool SameRead(Node a, Node b) => (a, b) switch
    {
        (LocalNode x, LocalNode y) => x.Hops == y.Hops && x.Index == y.Index,
        (StateVariableNode x, StateVariableNode y) => x.Index == y.Index,
        (ConstantNode x, ConstantNode y) => x.Value.Equals(y.Value),
        (FieldNode x, FieldNode y) => x.Field == y.Field && SameRead(x.Record, y.Record),
        (ApplyFunctionNode x, ApplyFunctionNode y) => SameRead(x.Function, y.Function) && SameReads(x.Args, y.Args),
        _ => false,
    };

    private static bool SameReads(IReadOnlyList<Node> a, IReadOnlyList<Node> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!SameRead(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
