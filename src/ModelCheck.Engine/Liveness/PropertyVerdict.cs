namespace ModelCheck.Engine.Liveness;

/// <summary>Whether one lasso violates one temporal property.</summary>
/// <param name="Property">The configuration's property name.</param>
/// <param name="ViolatedPart">The first part of the property the lasso violates, as written; null when it violates none.</param>
/// <param name="Initially">True when the violated part is a predicate that the first state fails (then <see cref="ViolatedPart"/> is that predicate).</param>
internal sealed record PropertyVerdict(string Property, string? ViolatedPart, bool Initially = false)
{
    /// <summary>True when the lasso violates the property.</summary>
    public bool IsViolated => ViolatedPart is not null;
}
