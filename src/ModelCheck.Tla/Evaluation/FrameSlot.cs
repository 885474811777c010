using ModelCheck.Engine.Values;

namespace ModelCheck.Tla.Evaluation;

/// <summary>One local of a <see cref="Frame"/>.</summary>
/// <remarks>
/// Why a struct around the value: storing a reference into a <c>Value?[]</c> makes the runtime check
/// the array's element type on every write (covariance); an array of structs needs no check, and
/// frames are written on every bound variable, argument and <c>@</c> in the successor loop.
/// </remarks>
internal struct FrameSlot
{
    /// <summary>The value, or null when unbound.</summary>
    public Value? Value;
}
