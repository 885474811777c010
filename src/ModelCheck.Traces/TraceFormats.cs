namespace ModelCheck.Traces;

/// <summary>The counterexample files <c>check --out DIR --format ...</c> writes.</summary>
[Flags]
internal enum TraceFormats
{
    /// <summary>No file.</summary>
    None = 0,

    /// <summary>The TLC-like text, <c>.txt</c>.</summary>
    Text = 1,

    /// <summary>The Informal Trace Format, <c>.itf.json</c>.</summary>
    Itf = 2,

    /// <summary>A Mermaid sequence diagram, <c>.mmd</c>.</summary>
    Mermaid = 4,

    /// <summary>The state graph in Graphviz DOT with the counterexample highlighted, <c>.dot</c> (small specs only).</summary>
    Dot = 8,
}
