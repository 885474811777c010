namespace ModelCheck.Engine.Liveness;

/// <summary>The property patterns, for messages and vacuity warnings.</summary>
internal enum ObligationKind
{
    /// <summary><c>[]P</c>.</summary>
    Always,

    /// <summary><c>&lt;&gt;P</c>.</summary>
    Eventually,

    /// <summary><c>[]&lt;&gt;P</c>, also <c>[]&lt;&gt;&lt;&lt;A&gt;&gt;_v</c>.</summary>
    InfinitelyOften,

    /// <summary><c>&lt;&gt;[]P</c>.</summary>
    EventuallyAlways,

    /// <summary><c>P ~&gt; Q</c>.</summary>
    LeadsTo,

    /// <summary><c>[](P =&gt; []Q)</c>.</summary>
    StaysOnceReached,

    /// <summary><c>[](P =&gt; &lt;&gt;[]Q)</c>.</summary>
    LeadsToStable,

    /// <summary><c>WF_v(A)</c> or <c>SF_v(A)</c> as a property (refinement).</summary>
    Fairness,
}
