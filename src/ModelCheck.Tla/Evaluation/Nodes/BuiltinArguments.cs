using System.Runtime.CompilerServices;
using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation.Nodes;

/// <summary>
/// Room on the stack for the evaluated arguments of a standard-module operator call.
/// </summary>
/// <remarks>
/// Why: an array per call was a tenth of everything DnsRace allocated (<c>Len</c>, <c>\subseteq</c>
/// and <c>\</c> in its actions and invariants). The implementations take a span, which the compiler
/// does not let them keep; operators they call back (SelectSeq's test) get buffers of their own.
/// </remarks>
[InlineArray(Length)]
internal struct BuiltinArguments
{
    /// <summary>The most arguments kept on the stack; calls with more use an array.</summary>
    public const int Length = 4;

    private Value _first;
}
