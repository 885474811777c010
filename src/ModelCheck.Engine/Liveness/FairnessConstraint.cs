namespace ModelCheck.Engine.Liveness;

/// <summary>
/// <c>WF_v(A)</c> or <c>SF_v(A)</c> of the spec, as atoms: <see cref="EnabledAtom"/> is the state atom
/// <c>ENABLED &lt;&lt;A&gt;&gt;_v</c>, <see cref="TakenAtom"/> the edge atom <c>&lt;&lt;A&gt;&gt;_v</c>.
/// </summary>
/// <param name="Name">How the constraint is written, e.g. <c>WF_vars(Philosopher(2))</c>.</param>
/// <param name="IsStrong">True for SF.</param>
/// <param name="EnabledAtom">State atom index.</param>
/// <param name="TakenAtom">Edge atom index.</param>
internal sealed record FairnessConstraint(string Name, bool IsStrong, int EnabledAtom, int TakenAtom);
